package io.notelint.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit job run in this JVM: what it writes, bad records as error rows, usage errors. */
class LintJobTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int job(String... args) {
        return LintJob.run(LocalSpark.session(), args, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void jsonlInputWritesTheCliResultsFindingsAndSummaryAndABadLineIsAnErrorRow() throws IOException {
        Path in = dir.resolve("notes.jsonl");
        Files.writeString(in, """
                {"id":"n1","text":"Client seems fine. Plan: continue.","fields":{"clinician":{"name":"A. Reyes"}}}
                {"id":"n2","text": not json
                {"id":"n3","text":"S: Client reports sleeping 6 hours.\\nO: Alert, oriented.\\nA: GAD, improving.\\nP: Next session 3/10 at 14:00."}
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        int code = job("--input", in.toString(), "--format", "jsonl", "--output", out.toString(), "--output-format", "jsonl");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> results = lines(out.resolve("results"));
        assertThat(results).hasSize(3);
        assertThat(results).filteredOn(l -> l.contains("\"invalid-json\"")).hasSize(1);
        java.util.Map<String, String> cli = CliRun.resultsById(in);
        for (String line : results) {
            String id = io.notelint.core.json.NoteJson.readTree(line).get("noteId").stringValue();
            if (!line.contains("\"error\"")) {
                assertThat(line).isEqualTo(cli.get(id));
            }
        }
        assertThat(lines(out.resolve("findings"))).isNotEmpty().allMatch(l -> l.contains("\"ruleId\""));
        SparkSession spark = LocalSpark.session();
        Row all = spark.read().json(out.resolve("summary/notes").toString()).filter("clinician = '(all)'").first();
        assertThat(all.<Long>getAs("notes")).isEqualTo(3L);
        assertThat(all.<Long>getAs("errors")).isEqualTo(1L);
        assertThat(spark.read().json(out.resolve("summary/notes").toString()).filter("clinician = 'A. Reyes'").count())
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("3 notes").contains("1 records could not be linted");
    }

    @Test
    void csvWithMappedColumnsIsReadWithTheCliConventions() throws IOException {
        Path in = dir.resolve("notes.csv");
        Files.writeString(in, """
                note_id,body,dos,dx
                c1,"Client reports low mood, ""tired"". Plan: follow up next week.",2026-03-02,F32.1 Major depressive disorder
                c2,,2026-03-03,F41.1
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        int code = job("--input", in.toString(), "--format", "csv", "--output", out.toString(),
                "--column", "fields.sessionDate=dos", "--column", "fields.diagnoses=dx");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        SparkSession spark = LocalSpark.session();
        List<Row> rows = spark.read().parquet(out.resolve("results").toString()).orderBy("noteId").collectAsList();
        assertThat(rows).extracting(r -> r.<String>getAs("noteId")).containsExactly("c1", "c2");
        assertThat(rows.get(0).<String>getAs("status")).isNotEqualTo("error");
        assertThat(rows.get(1).<String>getAs("status")).isEqualTo("error");
    }

    @Test
    void usageAndConfigErrorsSayWhatIsWrongAndRunNothing() throws IOException {
        assertThat(job("--input", "x", "--format", "xml", "--output", "y")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--format must be one of jsonl, parquet, csv, fhir");
        assertThat(job("--input", "x", "--format", "fhir", "--output", "y", "--column", "text=body")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("FHIR input is mapped by lint-fhir");
        assertThat(job("--input", dir.resolve("missing").toString(), "--format", "fhir", "--output", "y")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read --input").contains("no such file");
        assertThat(job("--input", dir.resolve("missing").toString(), "--format", "jsonl", "--output", "y")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read --input");
        Path in = dir.resolve("n.jsonl");
        Files.writeString(in, "{\"id\":\"n1\",\"text\":\"Plan: continue.\"}\n");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "rules:\n  no-such-rule: off\n");
        assertThat(job("--input", in.toString(), "--format", "jsonl", "--output", dir.resolve("out").toString(),
                "--config", bad.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("config error").contains("no-such-rule");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private static List<String> lines(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
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
