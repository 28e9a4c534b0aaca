package io.notelint.grading;

import io.notelint.core.config.TreeReader;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.model.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Critical criteria and the pass mark: a note that loses points on a critical criterion does not pass, whatever
 * its total; otherwise it passes at the pass mark. The rubric file says which criteria are critical, and
 * mistakes there are reported with file, line and key.
 */
class CriticalCriteriaTest {

    /** The test rubric (15 points) with the plan criterion critical, and the vague rule of the first critical. */
    static final String CRITICAL = RubricFileTest.VALID
            .replace("title: Practicum rubric\n", "title: Practicum rubric\npassMark: 60%\n")
            .replace("    weight: 5\n", "    weight: 5\n    critical: true\n");

    private static Grader grader(String yaml) {
        return Grader.builder().rubric(Rubric.parse(yaml, "rubric.yaml", false)).linter(TestRules.linter()).build();
    }

    @Test
    void aCleanNotePassesAndSaysSo() {
        Grade g = grader(CRITICAL).grade(Note.of("n1", GraderTest.CLEAN));
        assertThat(g.passMark()).isEqualTo(9); // 60% of 15
        assertThat(g.outcome()).isEqualTo(Grade.Outcome.PASSED);
        assertThat(g.passed()).isTrue();
        assertThat(g.failReason()).isNull();
        assertThat(GradeJson.toLine(g)).contains("\"passMark\":9,\"passed\":true,\"outcome\":\"passed\"");
    }

    @Test
    void losingACriticalCriterionFailsANoteAboveThePassMark() {
        // the clean note without its plan line: 10 of 15 (67%), above the 60% pass mark, but the plan is critical
        String noPlan = GraderTest.CLEAN.substring(0, GraderTest.CLEAN.indexOf("\nP:"));
        Grade g = grader(CRITICAL).grade(Note.of("n2", noPlan));
        assertThat(g.score()).isEqualTo(10).isGreaterThanOrEqualTo(g.passMark());
        assertThat(g.passed()).isFalse();
        assertThat(g.failedCritical()).extracting(CriterionScore::id).containsExactly("plan");
        assertThat(g.failReason()).startsWith("Critical criterion failed: Plan");
        String json = GradeJson.toLine(g);
        assertThat(json).contains("\"passed\":false,\"outcome\":\"not passed\"")
                .contains("\"failedCritical\":[{\"id\":\"plan\",\"title\":\"Plan\"");
        assertThat(GradeText.render(g, "n2")).contains("not passed").contains("[CRITICAL]");
        // the same note passes when nothing is critical: the criterion alone made the difference
        Grade lenient = grader(RubricFileTest.VALID.replace("title: Practicum rubric\n", "title: Practicum rubric\npassMark: 60%\n"))
                .grade(Note.of("n2", noPlan));
        assertThat(lenient.score()).isEqualTo(10);
        assertThat(lenient.passed()).isTrue();
    }

    @Test
    void theFailedCriticalCriterionComesFirstOnTheStudentsPage() {
        String noPlan = GraderTest.CLEAN.substring(0, GraderTest.CLEAN.indexOf("\nP:"));
        Grader grader = grader(CRITICAL);
        String page = new NotePage(grader.rubric(), null).render(grader.grade(Note.of("n2", noPlan)), null);
        int verdict = page.indexOf("<section class=\"verdict failed\"");
        assertThat(verdict).isPositive();
        assertThat(page.indexOf("<h2>Rubric</h2>")).isGreaterThan(verdict);
        String box = page.substring(verdict, page.indexOf("</section>", verdict));
        assertThat(box).contains("Not passed").contains("<h3>Plan: 0 / 5</h3>")
                .contains("The plan is what happens next.").contains("Write a plan.").contains("href=\"#f1\"");
    }

    @Test
    void onlyTheNamedFindingsOfACriterionAreCritical() {
        // critical: [rule] on the first criterion: the rule's findings fail the note, the category's others would not
        String yaml = RubricFileTest.VALID.replace("    weight: 10\n", "    weight: 10\n    critical: [vague-language/test-vague]\n");
        Rubric r = Rubric.parse(yaml, "rubric.yaml", false);
        assertThat(r.criteria().get(0).criticalFindings()).containsExactly(Target.rule(TestRules.VAGUE));
        assertThat(r.criticalCriteria()).extracting(Criterion::id).containsExactly("specific");
        Grade g = grader(yaml).grade(Note.of("n3", GraderTest.FLAWED));
        assertThat(g.failedCritical()).extracting(CriterionScore::id).containsExactly("specific");
    }

    @Test
    void aNoteWhoseChecksDidNotAllRunIsNotGradedNeverPassedOrFailed() {
        Grade scored = grader(CRITICAL).grade(Note.of("n4", GraderTest.CLEAN));
        Grade partial = new Grade(scored.noteId(), null, scored.score(), scored.maxScore(), scored.rubricId(),
                scored.rubricVersion(), null, null, scored.criteria(), List.of(), List.of("vague-language/x"), null,
                scored.text(), scored.passMark());
        assertThat(partial.graded()).isFalse();
        assertThat(partial.outcome()).isEqualTo(Grade.Outcome.NOT_GRADED);
        assertThat(partial.passed()).isNull();
        assertThat(GradeJson.toLine(partial)).contains("\"passed\":null,\"outcome\":\"not graded\"");
        String page = new NotePage(grader(CRITICAL).rubric(), null).render(partial, null);
        assertThat(page).contains("<section class=\"verdict not-graded\"").doesNotContain("class=\"big\"");
    }

    @Test
    void theDefaultPassMarkIsSeventyPercentRoundedUp() {
        Rubric r = Rubric.parse(RubricFileTest.VALID, "rubric.yaml", false);
        assertThat(r.passMark()).isEqualTo(PassMark.DEFAULT);
        assertThat(r.passMark().points(15)).isEqualTo(11); // 10.5 rounds up: 70% means at least 70%
        assertThat(new PassMark(12, false).points(15)).isEqualTo(12);
        Rubric points = Rubric.parse(RubricFileTest.VALID.replace("title: Practicum rubric\n",
                "title: Practicum rubric\npassMark: 12\n"), "rubric.yaml", false);
        assertThat(points.passMark()).isEqualTo(new PassMark(12, false));
    }

    private static TreeReader.Problem refused(String yaml) {
        try {
            Rubric.parse(yaml, "rubric.yaml", false);
        } catch (GradingFileException e) {
            assertThat(e.problems()).as(e.problems().toString()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("expected the rubric to be refused");
    }

    @Test
    void aCriticalTargetTheCriterionDoesNotCountIsRefusedWithAHint() {
        TreeReader.Problem p = refused(RubricFileTest.VALID.replace("    weight: 5\n",
                "    weight: 5\n    critical: [missing-plam]\n"));
        assertThat(p.location()).startsWith("rubric.yaml:19:");
        assertThat(p.key()).isEqualTo("criteria[1].critical[0]");
        assertThat(p.problem()).contains("unknown category 'missing-plam'").contains("did you mean 'missing-plan'");
        p = refused(RubricFileTest.VALID.replace("    weight: 5\n", "    weight: 5\n    critical: [vague-language]\n"));
        assertThat(p.key()).isEqualTo("criteria[1].critical[0]");
        assertThat(p.problem()).contains("not counted by this criterion's deductions").contains("missing-plan");
    }

    @Test
    void aBadCriticalValueOrPassMarkIsRefused() {
        TreeReader.Problem p = refused(RubricFileTest.VALID.replace("    weight: 5\n", "    weight: 5\n    critical: 3\n"));
        assertThat(p.key()).isEqualTo("criteria[1].critical");
        assertThat(p.problem()).contains("expected true, false, or a list");
        p = refused(RubricFileTest.VALID.replace("title: Practicum rubric\n", "title: Practicum rubric\npassMark: seventy\n"));
        assertThat(p.location()).startsWith("rubric.yaml:4:");
        assertThat(p.key()).isEqualTo("passMark");
        assertThat(p.problem()).contains("expected a percent such as 70%");
        p = refused(RubricFileTest.VALID.replace("title: Practicum rubric\n", "title: Practicum rubric\npassMark: 20\n"));
        assertThat(p.problem()).contains("more than the rubric's 15");
        p = refused(RubricFileTest.VALID.replace("title: Practicum rubric\n", "title: Practicum rubric\npassMrak: 70%\n"));
        assertThat(p.problem()).contains("did you mean 'passMark'");
    }

    @Test
    void theBuiltInRubricMakesUnaddressedRiskAndAMissingPlanCritical() {
        Rubric r = Rubric.defaultRubric();
        assertThat(r.passMark()).isEqualTo(PassMark.DEFAULT);
        assertThat(r.criticalCriteria()).extracting(Criterion::id).containsExactly("plan", "risk");
        Criterion plan = r.criteria().stream().filter(c -> c.id().equals("plan")).findFirst().orElseThrow();
        assertThat(plan.critical()).isFalse(); // a weak plan costs points; no plan at all fails
        assertThat(plan.criticalFindings()).containsExactly(Target.category(io.notelint.core.rule.Category.MISSING_PLAN));
        Criterion risk = r.criteria().stream().filter(c -> c.id().equals("risk")).findFirst().orElseThrow();
        assertThat(risk.critical()).isTrue();
    }
}
