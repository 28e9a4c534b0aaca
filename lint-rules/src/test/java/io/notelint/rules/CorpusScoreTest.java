package io.notelint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.notelint.core.engine.Linter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lints the labelled corpora with the whole default rule pack and scores the results with the shared
 * scorer ({@code ../shared/eval/score.py}), failing below the quality bar the acceptance of issue 11 sets
 * for the hidden labelled corpus: precision of at least 0.90 in every category and a micro F1 of at least
 * 0.94, on every corpus. Skips where the shared
 * folder or python3 is absent (a user's clone); CI has both.
 *
 * <p>{@code corpus/labelled.jsonl} was written while the rules were developed; {@code corpus/holdout.jsonl}
 * and {@code corpus/blind.jsonl} were written separately, in deliberately different wording, and kept from
 * the rule authors until the pack was done: their first runs are the fairer estimates of accuracy on unseen
 * notes (recorded in corpus/README.md); each was then used for one round of general fixes.
 */
class CorpusScoreTest {

    private static final double MIN_PRECISION = 0.90;
    private static final double MIN_MICRO_F1 = 0.94;
    private static Linter linter;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildLinter() {
        linter = Linter.builder().build();
    }

    record Score(Map<String, double[]> byCategory, double microPrecision, double microRecall, double microF1) {
    }

    static Path shared() {
        Path root = RuleDocsTest.repoRoot();
        return root == null ? null : root.resolveSibling("shared");
    }

    private Score score(Path corpus) throws IOException, InterruptedException {
        Path scorer = shared() == null ? null : shared().resolve("eval/score.py");
        assumeTrue(scorer != null && Files.exists(scorer), "../shared/eval/score.py is absent");
        assumeTrue(Files.exists(corpus), corpus + " is absent");
        Path results = tmp.resolve("results.jsonl");
        CorpusRunner.run(linter, corpus, results);
        Process p;
        try {
            p = new ProcessBuilder("python3", scorer.toString(), "score", corpus.toString(), results.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not available");
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        Map<String, double[]> categories = new LinkedHashMap<>();
        double mp = 0;
        double mr = 0;
        double mf = 0;
        for (String line : out.split("\n")) {
            String[] cols = line.trim().split("\\s+");
            if (line.startsWith("micro")) {
                mp = Double.parseDouble(cols[2]);
                mr = Double.parseDouble(cols[4]);
                mf = Double.parseDouble(cols[6]);
            } else if (cols.length == 7 && cols[1].matches("\\d+")) {
                double[] v = new double[6];
                for (int i = 0; i < 6; i++) {
                    v[i] = Double.parseDouble(cols[i + 1]);
                }
                categories.put(cols[0], v);
            }
        }
        assertThat(out).doesNotContain("no result for").doesNotContain("error results for");
        System.out.println(corpus.getFileName() + ":\n" + out);
        return new Score(categories, mp, mr, mf);
    }

    private static void assertQuality(Score s, double minMicroF1) {
        assertThat(s.byCategory()).hasSize(io.notelint.core.rule.Category.values().length);
        s.byCategory().forEach((category, v) -> {
            double tp = v[0];
            double fp = v[1];
            if (tp + fp > 0) {
                assertThat(tp / (tp + fp)).as("precision of %s", category).isGreaterThanOrEqualTo(MIN_PRECISION);
            }
        });
        assertThat(s.microF1()).as("micro F1").isGreaterThanOrEqualTo(minMicroF1);
    }

    @Test
    void sharedDevCorpus() throws Exception {
        Path dev = shared() == null ? Path.of("absent") : shared().resolve("corpus/dev.jsonl");
        assumeTrue(Files.exists(dev), dev + " is absent");
        assertQuality(score(withErrata(dev, RuleDocsTest.repoRoot().resolve("corpus/dev-errata.json"))), MIN_MICRO_F1);
    }

    /**
     * The shared dev set with the labels of {@code corpus/dev-errata.json} added: labels the shared file
     * lacks under a category added to the spec after it was written (each with its reason there). An
     * erratum for a note that is gone, or for a label the shared file now has, fails: remove it.
     */
    private Path withErrata(Path dev, Path errata) throws IOException {
        if (!Files.exists(errata)) {
            return dev;
        }
        Map<String, List<String>> add = new LinkedHashMap<>();
        for (tools.jackson.databind.JsonNode e : io.notelint.core.json.NoteJson.readTree(
                Files.readString(errata, StandardCharsets.UTF_8)).values()) {
            List<String> notes = new java.util.ArrayList<>();
            e.get("addNotes").values().forEach(n -> notes.add(n.stringValue()));
            add.put(e.get("id").stringValue(), notes);
        }
        List<String> out = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            tools.jackson.databind.node.ObjectNode item = (tools.jackson.databind.node.ObjectNode) io.notelint.core.json.NoteJson.readTree(line);
            List<String> extra = add.remove(item.get("note").get("id").stringValue());
            if (extra != null) {
                tools.jackson.databind.node.ArrayNode notes = (tools.jackson.databind.node.ArrayNode) item.get("expect").get("notes");
                for (String category : extra) {
                    assertThat(notes.values().stream().map(tools.jackson.databind.JsonNode::stringValue))
                            .as("dev-errata: the shared file now labels this; remove the erratum").doesNotContain(category);
                    notes.add(category);
                }
            }
            out.add(item.toString());
        }
        assertThat(add.keySet()).as("dev-errata names notes the shared dev set does not have").isEmpty();
        Path corrected = tmp.resolve("dev-with-errata.jsonl");
        Files.write(corrected, out, StandardCharsets.UTF_8);
        return corrected;
    }

    @Test
    void ourLabelledCorpus() throws Exception {
        assertQuality(score(RuleDocsTest.repoRoot().resolve("corpus/labelled.jsonl")), MIN_MICRO_F1);
    }

    @Test
    void ourHoldoutCorpus() throws Exception {
        assertQuality(score(RuleDocsTest.repoRoot().resolve("corpus/holdout.jsonl")), MIN_MICRO_F1);
    }

    @Test
    void ourBlindCorpus() throws Exception {
        assertQuality(score(RuleDocsTest.repoRoot().resolve("corpus/blind.jsonl")), MIN_MICRO_F1);
    }

    @Test
    void onlyCategoriesOfTheSpecAreEmitted() throws Exception {
        Path dev = shared() == null ? null : shared().resolve("corpus/dev.jsonl");
        List<Path> corpora = new java.util.ArrayList<>(List.of(RuleDocsTest.repoRoot().resolve("corpus/labelled.jsonl")));
        if (dev != null && Files.exists(dev)) {
            corpora.add(dev);
        }
        for (Path corpus : corpora) {
            Path results = tmp.resolve(corpus.getFileName() + ".out");
            CorpusRunner.run(linter, corpus, results);
            for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
                for (String category : categoriesIn(line)) {
                    assertThat(io.notelint.core.rule.Category.fromId(category)).as(category).isPresent();
                }
            }
        }
    }

    private static List<String> categoriesIn(String resultLine) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"category\":\"([^\"]*)\"").matcher(resultLine);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
