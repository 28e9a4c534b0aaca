package io.notelint.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A term graded against several assignment files at once: each note against the one it names. */
class TermAssignmentsTest {

    private static final Assignment MARIA = Assignment.parse(AssignmentFileTest.VALID, "maria.yaml", false);
    private static final Assignment JON = Assignment.parse(AssignmentFileTest.VALID.replace("id: case-maria", "id: case-jon")
            .replace("title: Maria, week 6", "title: Jon, week 9").replace("weight: 4", "weight: 6"), "jon.yaml", false);
    private static final Grader GRADER = Grader.builder().assignments(List.of(MARIA, JON)).linter(TestRules.linter()).build();

    @Test
    void eachNoteIsScoredAgainstTheAssignmentItNames() {
        Grade maria = GRADER.grade(TermReportTest.note("m", "ana", "case-maria", "2026-02-01", GraderTest.CLEAN));
        Grade jon = GRADER.grade(TermReportTest.note("j", "ana", "case-jon", "2026-03-01", GraderTest.CLEAN));
        assertThat(GRADER.assignment()).isEmpty();
        assertThat(GRADER.assignments()).containsExactly(MARIA, JON);
        assertThat(maria.assignmentId()).isEqualTo("case-maria");
        assertThat(maria.maxScore()).isEqualTo(Rubric.defaultRubric().maxScore() + 9);
        assertThat(jon.assignmentId()).isEqualTo("case-jon");
        assertThat(jon.maxScore()).isEqualTo(Rubric.defaultRubric().maxScore() + 11);
        assertThat(jon.criteria()).extracting(CriterionScore::id).endsWith("phq9", "safety-plan");

        ClassReport report = ClassReport.forAssignments(GRADER.rubric(), GRADER.assignments(), List.of(maria, jon));
        assertThat(report.csv().split("\r\n")[0]).endsWith(",phq9,safety-plan,passed,failedCritical,error");
        assertThat(report.criteriaCsv()).contains("\r\nphq9,PHQ-9 score recorded,5,").contains(",case-maria,1\r\n");
        assertThat(report.html(null)).contains("Maria, week 6").contains("Jon, week 9");
        String page = NotePage.forAssignments(GRADER.rubric(), GRADER.assignments()).render(jon, null);
        assertThat(page).contains("Assignment: Jon, week 9 (<code>case-jon</code> version 1)");
    }

    @Test
    void aNoteThatNamesNoAssignmentOrAnUnknownOneIsNotGraded() {
        Grade none = GRADER.grade(TermReportTest.note("n", "ana", "", "2026-02-01", GraderTest.CLEAN));
        assertThat(none.ok()).isFalse();
        assertThat(none.error().code()).isEqualTo("no-assignment");
        assertThat(none.error().message()).contains("fields.assignment").contains("case-maria, case-jon");
        assertThat(none.outcome()).isEqualTo(Grade.Outcome.NOT_GRADED);
        Grade typo = GRADER.grade(TermReportTest.note("t", "ana", "case-jonn", "2026-02-01", GraderTest.CLEAN));
        assertThat(typo.error().code()).isEqualTo("wrong-assignment");
        assertThat(typo.error().message()).contains("'case-jonn'").contains("did you mean 'case-jon'");
        assertThat(typo.assignmentId()).isEqualTo("case-jonn");
    }

    @Test
    void twoAssignmentFilesWithOneIdAreRefused() {
        Assignment again = Assignment.parse(AssignmentFileTest.VALID, "maria-copy.yaml", false);
        assertThatThrownBy(() -> Grader.builder().assignments(List.of(MARIA, again)).linter(TestRules.linter()).build())
                .isInstanceOf(GradingFileException.class).hasMessageContaining("maria-copy.yaml")
                .hasMessageContaining("assignment 'case-maria' is given twice (also maria.yaml)");
    }
}
