package io.notelint.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.rule.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The rubric and assignment of examples/grading load, and the rubric still counts every category. */
class ExampleFilesTest {

    private static Path example(String name) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolve("examples/grading").resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("examples/grading/" + name + " not found");
    }

    @Test
    void theExampleRubricLoadsAndCountsEveryCategory() {
        Rubric r = Rubric.load(example("rubric.yaml"));
        assertThat(r.id()).isEqualTo("msw-practicum");
        assertThat(r.maxScore()).isEqualTo(100);
        assertThat(r.coveredCategories()).containsExactlyInAnyOrder(Category.values());
    }

    @Test
    void theExampleAssignmentLoads() {
        Assignment a = Assignment.load(example("assignment.yaml"));
        assertThat(a.requirements()).extracting(Requirement::id)
                .containsExactly("phq9-score", "risk-screened", "safety-plan", "psychiatry-referral");
        assertThat(a.maxScore()).isEqualTo(15);
    }
}
