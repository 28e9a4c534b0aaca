package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19 item 7: SARIF goes to dashboards many people can read, yet its messages quoted the note
 * (risk wording, medication and diagnosis texts, a custom rule's {@code {match}}). A canary word rides in
 * the text, the fields and a header of every note; every rule is on, and a custom rule quotes its match.
 * No time budget: on a loaded machine the first note's rules could run out of it and say nothing.
 */
class RedactionTest {

    private static final String CANARY = "Quetzalcanary";

    @TempDir
    Path dir;
    private Path batch;
    private Path config;

    @BeforeEach
    void write() throws IOException {
        String fields = ", \"fields\": {\"riskLevel\": \"none\", \"sessionDate\": \"2026-11-20\", \"cptCode\": \"90837\","
                + " \"medications\": [{\"name\": \"" + CANARY + "zine\", \"change\": \"started\"}],"
                + " \"diagnoses\": [{\"code\": \"F32.9\", \"display\": \"" + CANARY + " disorder\"}]}";
        batch = Notes.write(dir, "canary.jsonl", List.of(
                "{\"id\": \"c-1\", \"text\": \"" + CANARY + " Notes:\\nS: Client reports passive suicidal ideation and said "
                        + CANARY + " is doing fine. Mood was okay.\\nP: Continue " + CANARY + "zine.\"" + fields + "}",
                "{\"id\": \"c-2\", \"text\": \"S: " + CANARY + " appeared better, seemed fine, tolerated session well.\\n"
                        + "P: Will follow up as needed.\"}"));
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("bird.yaml"), """
                id: clinic/bird
                type: existence
                category: vague-language
                message: "'{match}' named in the note"
                patterns: ['quetzal\\w+']
                """);
        config = Files.writeString(dir.resolve("notelint.yaml"), "ruleFiles: [rules/]\n");
    }

    @Test
    void sarifOnACanaryBatchCarriesNoCanary() {
        Cli.Run sarif = Cli.run("check", "--format", "sarif", "--config", config.toString(), batch.toString());
        assertThat(sarif.err()).isEmpty();
        assertThat(sarif.out()).doesNotContain(CANARY).doesNotContain(CANARY.toLowerCase());
        JsonNode results = NoteJson.readTree(sarif.out()).get("runs").get(0).get("results");
        assertThat(results.size()).as("the rules did speak").isGreaterThan(3);
        for (JsonNode r : results) {
            String message = r.get("message").get("text").stringValue();
            assertThat(message).startsWith(r.get("ruleId").stringValue())
                    .matches(".* (at line \\d+, column \\d+|on the note as a whole)");
            assertThat(r.get("properties").has("section")).isFalse();
            assertThat(r.get("properties").has("suggestion")).isFalse();
        }
    }

    @Test
    void withoutRedactionTheSameBatchDoesCarryTheCanary() {
        // the test above could fail: the messages do quote the note when asked to
        Cli.Run full = Cli.run("check", "--format", "sarif", "--no-redact", "--config", config.toString(), batch.toString());
        assertThat(full.out()).containsIgnoringCase(CANARY);
    }

    @Test
    void jsonJsonlAndCsvAreRedactedOnRequest() {
        for (String format : List.of("json", "jsonl", "csv")) {
            Cli.Run plain = Cli.run("check", "--format", format, "--config", config.toString(), batch.toString());
            assertThat(plain.out()).as(format).containsIgnoringCase(CANARY);
            Cli.Run redacted = Cli.run("check", "--format", format, "--redact", "--config", config.toString(), batch.toString());
            assertThat(redacted.out()).as(format).doesNotContainIgnoringCase(CANARY).contains("clinic/bird at line 1, column 1");
        }
    }

    @Test
    void textAndHtmlShowTheNoteByDesignSoRedactingThemIsAUsageError() {
        for (String format : List.of("text", "html")) {
            Cli.Run run = Cli.run("check", "--format", format, "--redact", batch.toString());
            assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("--redact applies to sarif, json, jsonl and csv");
            assertThat(run.out()).isEmpty();
        }
    }
}
