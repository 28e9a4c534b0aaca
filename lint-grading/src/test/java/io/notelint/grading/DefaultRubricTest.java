package io.notelint.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.rule.Category;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped rubric: loads, scores out of 100, and makes every finding category cost points once. */
class DefaultRubricTest {

    private final Rubric rubric = Rubric.defaultRubric();

    @Test
    void loadsWithIdVersionAndAHundredPoints() {
        assertThat(rubric.id()).isEqualTo("notelint-default");
        assertThat(rubric.version()).isNotBlank();
        assertThat(rubric.maxScore()).isEqualTo(100);
        assertThat(rubric.criteria()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void everyCategoryCostsPointsInExactlyOneCriterion() {
        assertThat(rubric.coveredCategories()).containsExactlyInAnyOrder(Category.values());
        Map<Category, String> owner = new EnumMap<>(Category.class);
        for (Criterion c : rubric.criteria()) {
            for (Deduction d : c.deductions()) {
                Category cat = Category.fromId(d.target().categoryId()).orElseThrow();
                String before = owner.put(cat, c.id());
                assertThat(before).as(cat.id() + " counted by " + before + " and " + c.id()).isNull();
            }
        }
    }

    @Test
    void everyCriterionExplainsItself() {
        var ids = new HashSet<String>();
        for (Criterion c : rubric.criteria()) {
            assertThat(ids.add(c.id())).as(c.id()).isTrue();
            assertThat(c.why()).as(c.id()).hasSizeGreaterThan(60);
            assertThat(c.fix()).as(c.id()).hasSizeGreaterThan(40);
            assertThat(c.basis()).as(c.id()).isNotBlank();
        }
    }

    @Test
    void theBehavioralHealthEssentialsAndPdqiAttributesAreThere() {
        assertThat(rubric.criteria()).extracting(Criterion::id).contains("specific-language", "person-first", "organized",
                "plan", "risk", "consistent", "succinct", "treatment-plan", "record-complete", "up-to-date");
        assertThat(rubric.criteria()).extracting(Criterion::basis).anyMatch(b -> b.contains("PDQI-9: Internally consistent"))
                .anyMatch(b -> b.contains("Succinct")).anyMatch(b -> b.contains("Organized"))
                .anyMatch(b -> b.contains("Thorough")).anyMatch(b -> b.contains("Useful"));
    }

    @Test
    void aGraderWithoutARubricUsesTheDefault() {
        Grader g = Grader.builder().linter(TestRules.linter()).build();
        assertThat(g.rubric().id()).isEqualTo("notelint-default");
        assertThat(g.maxScore()).isEqualTo(100);
    }
}
