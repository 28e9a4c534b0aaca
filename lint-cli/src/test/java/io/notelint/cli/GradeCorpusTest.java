package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The grading acceptance measure through the command itself: {@code notelint grade --format jsonl} over
 * the repository's labelled corpus with the built-in pack and the default rubric ranks notes as their
 * number of documented flaws does (Spearman >= 0.6), and clean notes average at least 90%.
 */
class GradeCorpusTest {

    @TempDir
    Path dir;

    @Test
    void gradeScoresRankTheLabelledCorpusByItsFlaws() throws IOException {
        Path corpus = locate();
        List<String> notes = new ArrayList<>();
        Map<String, Integer> flaws = new HashMap<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = NoteJson.readTree(line);
            notes.add(row.get("note").toString());
            JsonNode expect = row.get("expect");
            int n = expect.get("notes").size();
            for (JsonNode phrases : expect.get("spans").values()) {
                n += phrases.size();
            }
            flaws.put(row.get("note").get("id").stringValue(), n);
        }
        Path in = Notes.write(dir, "corpus-notes.jsonl", notes);
        Cli.Run run = Cli.run("grade", "--format", "jsonl", in.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> grades = run.out().lines().map(NoteJson::readTree).toList();
        assertThat(grades).hasSize(notes.size());

        double[] score = new double[grades.size()];
        double[] fewerFlaws = new double[grades.size()];
        double clean = 0;
        int cleanCount = 0;
        for (int i = 0; i < grades.size(); i++) {
            JsonNode g = grades.get(i);
            score[i] = g.get("score").doubleValue();
            int f = flaws.get(g.get("noteId").stringValue());
            fewerFlaws[i] = -f;
            if (f == 0) {
                clean += score[i] / g.get("maxScore").doubleValue();
                cleanCount++;
            }
        }
        double rho = pearson(ranks(score), ranks(fewerFlaws));
        double cleanMean = clean / cleanCount;
        System.out.printf(Locale.ROOT, "notelint grade on the labelled corpus: %d notes, Spearman %.3f, clean notes"
                + " (%d) mean %.1f%%%n", grades.size(), rho, cleanCount, 100 * cleanMean);
        assertThat(rho).isGreaterThanOrEqualTo(0.6);
        assertThat(cleanMean).isGreaterThanOrEqualTo(0.9);
    }

    private static Path locate() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolve("corpus/labelled.jsonl");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("corpus/labelled.jsonl not found");
    }

    /** Ranks with ties sharing their average rank. */
    private static double[] ranks(double[] v) {
        Integer[] order = IntStream.range(0, v.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[v.length];
        for (int i = 0, j; i < order.length; i = j + 1) {
            for (j = i; j + 1 < order.length && v[order[j + 1]] == v[order[i]]; j++) {
                // extend the run of ties
            }
            for (int k = i; k <= j; k++) {
                r[order[k]] = (i + j) / 2.0 + 1;
            }
        }
        return r;
    }

    private static double pearson(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElse(0);
        double mb = Arrays.stream(b).average().orElse(0);
        double num = 0;
        double da = 0;
        double db = 0;
        for (int i = 0; i < a.length; i++) {
            num += (a[i] - ma) * (b[i] - mb);
            da += (a[i] - ma) * (a[i] - ma);
            db += (b[i] - mb) * (b[i] - mb);
        }
        return num / Math.sqrt(da * db);
    }
}
