package io.notelint.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The labelled corpus linted on Spark gives, note by note, the CLI's result: the same JSON line, byte for
 * byte, whether the notes come as JSON text or as typed columns (the Parquet path).
 */
class CorpusParityTest {

    @TempDir
    static Path dir;
    static Path notes;
    static Map<String, String> cli;

    @BeforeAll
    static void lintWithTheCli() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(corpus(), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                lines.add(NoteJson.mapper().writeValueAsString(NoteJson.readTree(line).get("note")));
            }
        }
        notes = dir.resolve("notes.jsonl");
        Files.write(notes, lines, StandardCharsets.UTF_8);
        cli = CliRun.resultsById(notes);
        assertThat(cli).hasSize(lines.size());
    }

    static Path corpus() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("corpus/labelled.jsonl"))) {
                return p.resolve("corpus/labelled.jsonl");
            }
        }
        throw new AssertionError("corpus/labelled.jsonl not found above " + here);
    }

    @Test
    void jsonLinesGiveTheCliResultForEveryNote() {
        SparkSession spark = LocalSpark.session();
        Dataset<Row> text = spark.read().text(notes.toString()).repartition(3);
        LintRun run = NoteLintSpark.lint(text, LintOptions.defaults().withJsonColumn("value").withHistoryAssembly(false));
        Map<String, String> onSpark = byId(run.jsonLines().collectAsList());

        assertThat(onSpark.keySet()).isEqualTo(new TreeMap<>(cli).keySet());
        cli.forEach((id, line) -> assertThat(onSpark.get(id)).as("note %s", id).isEqualTo(line));
        long findings = cli.values().stream().mapToLong(l -> NoteJson.readTree(l).get("findings").size()).sum();
        assertThat(findings).as("the corpus has findings to compare").isGreaterThan(100);
        assertThat(run.counters().notes().value()).isEqualTo(cli.size());
        assertThat(run.counters().findings().value()).isEqualTo(findings);
        assertThat(run.counters().lintersBuilt().value()).as("one Linter in this JVM").isLessThanOrEqualTo(1);
    }

    @Test
    void typedColumnsGiveTheCliResultForEveryNote() {
        SparkSession spark = LocalSpark.session();
        // Spark infers a schema: structs, arrays, numbers; the notes arrive as typed columns as from Parquet
        Dataset<Row> typed = spark.read().json(notes.toString());
        LintRun run = NoteLintSpark.lint(typed, LintOptions.defaults().withHistoryAssembly(false));
        Map<String, String> onSpark = byId(run.jsonLines().collectAsList());

        assertThat(onSpark.keySet()).isEqualTo(new TreeMap<>(cli).keySet());
        cli.forEach((id, line) -> assertThat(onSpark.get(id)).as("note %s", id).isEqualTo(line));
    }

    @Test
    void flatFindingsAreTheResultsFindings() {
        SparkSession spark = LocalSpark.session();
        Dataset<Row> text = spark.read().text(notes.toString());
        Dataset<Row> results = NoteLintSpark.results(text,
                LintOptions.defaults().withJsonColumn("value").withHistoryAssembly(false)).cache();
        long nested = results.selectExpr("sum(size(findings))").first().getLong(0);
        Dataset<Row> flat = NoteLintSpark.findingsOf(results);
        assertThat(flat.count()).isEqualTo(nested).isGreaterThan(0);
        assertThat(List.of(flat.columns())).containsExactly("noteId", "clinician", "ruleId", "category", "severity",
                "message", "spanStart", "spanEnd", "line", "column", "section", "excerpt", "suggestion");
        assertThat(results.filter("status = 'ok'").count()).isEqualTo(cli.size());
        results.unpersist();
    }

    static Map<String, String> byId(List<String> lines) {
        Map<String, String> out = new TreeMap<>();
        for (String l : lines) {
            String id = NoteJson.readTree(l).get("noteId").stringValue();
            assertThat(out.put(id, l)).as("one result for %s", id).isNull();
        }
        return out;
    }
}
