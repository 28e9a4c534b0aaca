package io.notelint.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * FHIR input on Spark is lint-fhir's reading of it: the example Bulk Data export (examples/fhir/, with one
 * broken record of each kind) gives, note by note, the result lines of {@code notelint check --format jsonl}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirInputTest {

    /** The example export as the CLI and the job are both given it, so both name it alike in messages. */
    private static final Path EXPORT = Path.of("..", "examples", "fhir");

    @TempDir
    Path dir;

    /** The CLI's result lines for the export, once for both tests (a CLI run builds its own Linter). */
    private Map<String, String> cliResults;

    @BeforeAll
    void runTheCli() {
        cliResults = CliRun.resultsById(EXPORT);
    }

    @Test
    void theJobGivesTheCliResultLinesForTheExampleExport() throws IOException {
        Map<String, String> cli = cliResults;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path out = dir.resolve("out");

        int code = LintJob.run(LocalSpark.session(), new String[] {"--input", EXPORT.toString(), "--format", "fhir",
                "--output", out.toString(), "--output-format", "jsonl"}, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Map<String, String> spark = byId(parts(out.resolve("results")));
        assertThat(spark).isEqualTo(cli);
        assertThat(cli.keySet()).anyMatch(id -> id.startsWith("DocumentReference/"));
        assertThat(cli.values()).anyMatch(l -> l.contains("\"error\"")).anyMatch(l -> l.contains("\"findings\":[{"));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(cli.size() + " notes");
    }

    @Test
    void notesDealtOneByOneToTheTasksKeepTheirHistoryByClient() {
        Map<String, String> cli = cliResults;

        // one record at a time to each of the two tasks: a note and its client's earlier notes are in different tasks
        LintRun run = NoteLintSpark.lintFhir(LocalSpark.session(), EXPORT.toString(), LintOptions.defaults(), 1);

        assertThat(byId(run.jsonLines().collectAsList())).isEqualTo(cli);
        assertThat(cli.values()).as("the export has history findings").anyMatch(l -> l.contains("undocumented-change")
                || l.contains("cloned") || l.contains("follow-through"));
    }

    @Test
    void anInputThatIsNotFhirIsOneErrorRowNotAFailedJob() throws IOException {
        Path notes = dir.resolve("notes.jsonl");
        Files.writeString(notes, "{\"id\":\"n1\",\"text\":\"Plan: continue.\"}\n", StandardCharsets.UTF_8);

        List<String> lines = NoteLintSpark.lintFhir(LocalSpark.session(), notes.toString(), LintOptions.defaults())
                .jsonLines().collectAsList();

        assertThat(lines).singleElement().satisfies(l -> assertThat(l).contains("\"not-fhir\"")
                .contains("\"noteId\":\"" + notes + "\"").doesNotContain("Plan: continue"));
    }

    private static Map<String, String> byId(List<String> lines) {
        Map<String, String> byId = new LinkedHashMap<>();
        for (String line : lines) {
            String id = NoteJson.readTree(line).get("noteId").stringValue();
            assertThat(byId.put(id, line)).as("one result for " + id).isNull();
        }
        return byId;
    }

    private static List<String> parts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().flatMap(p -> {
                try {
                    return Files.readAllLines(p, StandardCharsets.UTF_8).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(l -> !l.isBlank()).toList();
        }
    }
}
