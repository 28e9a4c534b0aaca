package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code notelint check} and {@code grade}-style outputs on the FHIR example export (issue 17): results
 * are named by resource reference in every format, SARIF stays valid, broken records are error results.
 */
class FhirCliTest {

    @TempDir
    Path tmp;

    private static String export() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/fhir"))) {
            p = p.getParent();
        }
        return p.resolve("examples/fhir").toString();
    }

    @Test
    void jsonlNamesEachResultByItsResourceReference() {
        Cli.Run run = Cli.run("check", "--no-progress", "--format", "jsonl", export());
        assertThat(run.exit()).as(run.err()).isEqualTo(1); // the broken records are errors
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(19); // 11 notes, 8 broken records
        assertThat(run.out()).contains("\"DocumentReference/a-3\"", "\"Composition/c-3\"", "\"Observation/x-observation\"");
        assertThat(run.out()).doesNotContain("Client reports worry time down"); // no text beyond findings' excerpts
    }

    @Test
    void sarifLocationsCarryTheReference() throws Exception {
        Cli.Run run = Cli.run("check", "--no-progress", "--format", "sarif", export());
        assertThat(SarifSchema.validate(run.out())).isEmpty();
        assertThat(run.out()).contains("DocumentReference.ndjson#DocumentReference/a-3")
                .containsPattern("\"fullyQualifiedName\"\\s*:\\s*\"DocumentReference/a-3\"");
    }

    @Test
    void htmlReportShowsTheReference() throws Exception {
        Path html = tmp.resolve("report.html");
        Cli.Run run = Cli.run("check", "--no-progress", "--format", "html", "--output", html.toString(), export());
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(Files.readString(html)).contains("DocumentReference/a-2");
    }
}
