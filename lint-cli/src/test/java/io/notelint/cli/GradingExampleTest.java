package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * examples/grading as its README describes it: the one command grades the 13 notes with the built-in
 * pack, the two model notes get full marks, each other note loses points where the README says, and the
 * two notes that fail a critical criterion do not pass.
 */
class GradingExampleTest {

    @TempDir
    Path out;

    /** The criteria each note must lose points on, as examples/grading/README.md lists them. */
    private static final Map<String, Set<String>> EXPECTED_LOSSES = Map.ofEntries(
            Map.entry("blake", Set.of("specific-language")),
            Map.entry("casey", Set.of("person-first")),
            Map.entry("devon", Set.of("risk", "phq9-score", "risk-screened", "safety-plan", "psychiatry-referral")),
            Map.entry("emery", Set.of("plan", "psychiatry-referral")),
            Map.entry("finley", Set.of("plan")),
            Map.entry("gray", Set.of("organized")),
            Map.entry("harper", Set.of("consistent", "record-complete")),
            Map.entry("indigo", Set.of("specific-language", "phq9-score", "risk-screened", "safety-plan", "psychiatry-referral")),
            Map.entry("jules", Set.of("treatment-plan")),
            Map.entry("logan", Set.of("specific-language", "record-complete", "psychiatry-referral")),
            Map.entry("morgan", Set.of("succinct")));

    @Test
    void theReadmeCommandGradesTheClass() throws Exception {
        Path example = root().resolve("examples/grading");
        Cli.Run run = Cli.run("grade", "--format", "jsonl", "--rubric", example.resolve("rubric.yaml").toString(),
                "--assignment", example.resolve("assignment.yaml").toString(), "--output-dir", out.toString(),
                example.resolve("notes").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> grades = run.out().lines().map(NoteJson::readTree).toList();
        assertThat(grades).hasSize(13);
        Map<String, Set<String>> lost = new HashMap<>();
        for (JsonNode g : grades) {
            assertThat(g.get("rubric").get("id").stringValue()).isEqualTo("msw-practicum");
            assertThat(g.get("assignment").get("id").stringValue()).isEqualTo("case-4-week-6");
            assertThat(g.get("maxScore").intValue()).isEqualTo(115);
            lost.put(g.get("studentId").stringValue(), StreamSupport.stream(g.get("criteria").spliterator(), false)
                    .filter(c -> c.get("score").intValue() < c.get("max").intValue())
                    .map(c -> c.get("id").stringValue()).collect(Collectors.toSet()));
        }
        // the rubric's critical criteria: unaddressed risk (devon) and no plan (emery) fail whatever the total
        for (JsonNode g : grades) {
            String student = g.get("studentId").stringValue();
            String expected = Set.of("devon", "emery").contains(student) ? "not passed" : "passed";
            assertThat(g.get("outcome").stringValue()).as(student).isEqualTo(expected);
        }
        assertThat(lost.get("avery")).as("avery").isEmpty();
        assertThat(lost.get("kai")).as("kai, whose id comes from the file name").isEmpty();
        EXPECTED_LOSSES.forEach((student, criteria) -> assertThat(lost.get(student)).as(student).containsAll(criteria));
        assertThat(Files.exists(out.resolve("class-report.html"))).isTrue();
        assertThat(Files.readAllLines(out.resolve("class-report.csv"))).hasSize(14);
        try (var pages = Files.list(out.resolve("notes"))) {
            assertThat(pages.count()).isEqualTo(13);
        }
    }

    private static Path root() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("examples/grading/notes"))) {
                return d;
            }
        }
        throw new IllegalStateException("examples/grading not found");
    }
}
