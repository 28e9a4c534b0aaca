package io.notelint.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.Linter;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Scoring with our own test rules: full marks, deductions, caps, floors, specificity, assignments. */
class GraderTest {

    static final String CLEAN = "S: Client reports sleeping 7 hours on 6 of 7 nights; PHQ-9 9, down from 14.\n"
            + "A: Depressive symptoms improving toward G1. Passive SI without plan or intent; safety plan reviewed.\n"
            + "P: Next session 3/14 at 10:00; call 988 if urges rise.";

    static final String FLAWED = "S: Client is doing well. We discussed issues. Client was noncompliant with homework.\n"
            + "A: Good session, doing well overall.";

    private static final Rubric RUBRIC = Rubric.parse(RubricFileTest.VALID, "rubric.yaml", false);
    private static final Grader GRADER = Grader.builder().rubric(RUBRIC).linter(TestRules.linter()).build();

    @Test
    void aCleanNoteGetsTheMaximum() {
        Grade g = GRADER.grade(Note.of("n1", CLEAN));
        assertThat(g.score()).isEqualTo(g.maxScore()).isEqualTo(15);
        assertThat(g.criteria()).allMatch(CriterionScore::fullMarks);
        assertThat(g.criteria()).extracting(CriterionScore::feedback).containsOnly("Full marks.");
        assertThat(g.rubricId()).isEqualTo("practicum-1");
        assertThat(g.rubricVersion()).isEqualTo("2.1");
    }

    @Test
    void aRuleDeductionIsPreferredToItsCategoryAndTheCapHolds() {
        // four test-vague findings: counted by the rule deduction (3 each, no cap), never also by the category one
        Grade g = GRADER.grade(Note.of("n2", FLAWED));
        CriterionScore specific = g.criteria().get(0);
        assertThat(specific.findings()).hasSize(4).allMatch(f -> f.ruleId().equals(TestRules.VAGUE));
        assertThat(specific.losses()).containsExactly(new Loss(TestRules.VAGUE, 4, 3, 12, false));
        assertThat(specific.score()).isZero(); // 10 - 12, floored
        assertThat(specific.summary()).isEqualTo("Lost 10 of 10 points: 4 findings of " + TestRules.VAGUE
                + " at 3 points each (the criterion stops at 0).");
        assertThat(specific.feedback()).contains("Why it matters: Readers need observations.")
                .contains("How to fix: Write what you saw.");
        CriterionScore plan = g.criteria().get(1);
        assertThat(plan.score()).isZero();
        assertThat(plan.findings()).extracting(Finding::ruleId).containsExactly(TestRules.NO_PLAN);
        // nothing in the rubric counts stigmatizing language or risk: shown as unscored, never silently dropped
        assertThat(g.unscored()).extracting(Finding::ruleId).containsExactly(TestRules.NO_RISK, TestRules.STIGMA);
        assertThat(g.score()).isZero();
    }

    @Test
    void aCategoryDeductionIsCapped() {
        Rubric r = Rubric.parse(RubricFileTest.VALID.replace("      - rule: vague-language/test-vague\n        points: 3\n", ""),
                "r.yaml", false);
        Grader grader = Grader.builder().rubric(r).linter(TestRules.linter()).build();
        CriterionScore s = grader.grade(Note.of("n", FLAWED)).criteria().get(0);
        assertThat(s.losses()).containsExactly(new Loss("vague-language", 4, 2, 6, true));
        assertThat(s.score()).isEqualTo(4);
        assertThat(s.summary()).contains("capped at 6");
    }

    @Test
    void oneFindingLessNeverLowersAScore() {
        Note note = Note.of("n3", FLAWED);
        List<Finding> all = GRADER.linter().lint(note).findings();
        int full = GRADER.score(note.id(), null, note.text(), all).score();
        for (int i = 0; i < all.size(); i++) {
            List<Finding> fewer = new ArrayList<>(all);
            fewer.remove(i);
            assertThat(GRADER.score(note.id(), null, note.text(), fewer).score()).isGreaterThanOrEqualTo(full);
        }
        assertThat(GRADER.score(note.id(), null, note.text(), List.of()).score()).isEqualTo(GRADER.maxScore());
    }

    @Test
    void theStudentIdComesFromTheConfiguredField() {
        Note note = NoteJson.parseNote("{\"id\": \"n4\", \"text\": \"P: next week\", \"fields\": {\"studentId\": \"s-17\","
                + " \"learner\": 42}}", "x");
        assertThat(GRADER.grade(note).studentId()).isEqualTo("s-17");
        Grader byLearner = Grader.builder().rubric(RUBRIC).linter(TestRules.linter()).studentField("learner").build();
        assertThat(byLearner.grade(note).studentId()).isEqualTo("42");
        assertThat(GRADER.grade(Note.of("n5", "P: x")).studentId()).isNull();
        assertThat(GRADER.grade(note, "given").studentId()).isEqualTo("given");
    }

    @Test
    void assignmentRequirementsScoreWordingAndSilence() {
        Assignment a = Assignment.parse(AssignmentFileTest.VALID, "case.yaml", false);
        Grader grader = Grader.builder().rubric(RUBRIC).assignment(a).linter(TestRules.linter()).build();
        assertThat(grader.maxScore()).isEqualTo(24);

        Grade clean = grader.grade(Note.of("c", CLEAN));
        assertThat(clean.score()).isEqualTo(24);
        assertThat(clean.assignmentId()).isEqualTo("case-maria");
        CriterionScore phq = clean.criteria().get(2);
        assertThat(phq.source()).isEqualTo(CriterionScore.Source.ASSIGNMENT);
        assertThat(phq.evidence()).hasSize(1);
        assertThat(phq.evidence().get(0).in(CLEAN)).isEqualTo("PHQ-9 9");
        CriterionScore plan = clean.criteria().get(3);
        assertThat(plan.evidence()).extracting(s -> s.in(CLEAN)).containsExactly("safety plan");

        // phrases match on normal forms: plural and capitals
        Grade plural = grader.grade(Note.of("p", "Reviewed her Safety Plans and crisis lines. PHQ9: 11.\nP: weekly"));
        assertThat(plural.criteria().get(2).fullMarks()).isTrue();
        assertThat(plural.criteria().get(3).evidence()).hasSize(2);
        // the risk rule stays silent only when the exact words 'safety plan' appear, so this note is blocked
        assertThat(plural.criteria().get(3).score()).isZero();
        assertThat(plural.criteria().get(3).findings()).extracting(Finding::ruleId).containsExactly(TestRules.NO_RISK);
        assertThat(plural.criteria().get(3).summary()).isEqualTo("Not met (1 finding of " + TestRules.NO_RISK + "): lost 4 points.");
        assertThat(plural.unscored()).isEmpty();

        Grade missing = grader.grade(Note.of("m", "P: next week. Safety plan reviewed."));
        assertThat(missing.criteria().get(2).score()).isZero();
        assertThat(missing.criteria().get(2).summary()).isEqualTo("Not met (the note does not show it): lost 5 points.");
        assertThat(missing.criteria().get(2).feedback()).contains("How to fix: Give the PHQ-9 total.");
    }

    @Test
    void aFailedRuleIsReportedOnTheGrade() {
        Linter linter = Linter.builder().addRule(TestRules.vague()).addRule(TestRules.noPlan())
                .addRule(new TestRules.Throwing()).build();
        Grader grader = Grader.builder().rubric(RUBRIC).linter(linter).build();
        Grade g = grader.grade(Note.of("e", CLEAN));
        assertThat(g.ruleErrors()).containsExactly("administrative/test-throws");
        assertThat(GradeJson.toLine(g)).contains("\"ruleErrors\":[\"administrative/test-throws\"]");
    }

    @Test
    void theGraderIsSafeToShareBetweenThreads() throws Exception {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            notes.add(Note.of("t" + i, i % 2 == 0 ? CLEAN : FLAWED + " note " + i));
        }
        List<String> sequential = notes.stream().map(n -> GradeJson.toLine(GRADER.grade(n))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Note n : notes) {
                futures.add(pool.submit(() -> GradeJson.toLine(GRADER.grade(n))));
            }
            for (int i = 0; i < notes.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
