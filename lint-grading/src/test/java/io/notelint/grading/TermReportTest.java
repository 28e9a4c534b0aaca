package io.notelint.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A term from grades: notes ordered in time, each assignment's results, common findings, each student's
 * recurring findings and what improved; the gradebook files from it; "not graded" never a pass, a fail or a
 * score.
 */
class TermReportTest {

    private static final Grader GRADER = Grader.builder().rubric(Rubric.parse(CriticalCriteriaTest.CRITICAL, "r.yaml", false))
            .linter(TestRules.linter()).build();
    private static final String NO_PLAN = GraderTest.CLEAN.substring(0, GraderTest.CLEAN.indexOf("\nP:"));

    static Note note(String id, String student, String assignment, String date, String text) {
        return NoteJson.fromTree(NoteJson.readTree(NoteJson.mapper().writeValueAsString(Map.of("id", id, "text", text,
                "fields", Map.of("studentId", student, "assignment", assignment, "sessionDate", date)))));
    }

    /** Given out of order: ana's notes on 3/1 (w2), 2/1 (w1) and 4/1 (w3); ben's w1 note, and a partial w2 note. */
    private static List<Grade> term() {
        Grade partial = GRADER.grade(note("b2", "ben", "w2", "2026-03-01", GraderTest.CLEAN));
        partial = new Grade(partial.noteId(), partial.studentId(), partial.score(), partial.maxScore(), partial.rubricId(),
                partial.rubricVersion(), partial.assignmentId(), null, partial.criteria(), partial.unscored(),
                List.of(TestRules.VAGUE), null, partial.text(), partial.passMark(), partial.sessionDate());
        return List.of(
                GRADER.grade(note("a2", "ana", "w2", "2026-03-01", GraderTest.FLAWED)),
                GRADER.grade(note("a1", "ana", "w1", "2026-02-01", NO_PLAN)),
                GRADER.grade(note("b1", "ben", "w1", "2026-02-01", GraderTest.CLEAN)),
                partial,
                GRADER.grade(note("a3", "ana", "w3", "2026-04-01", GraderTest.CLEAN)));
    }

    @Test
    void notesAndAssignmentsAreInTimeOrder() {
        TermReport t = new TermReport(term());
        assertThat(t.assignments()).containsExactly("w1", "w2", "w3");
        assertThat(t.grades()).extracting(Grade::noteId).containsExactly("a1", "b1", "a2", "b2", "a3");
        assertThat(t.students()).containsExactly("ana", "ben");
    }

    @Test
    void eachAssignmentCountsPassedFailedAndNotGraded() {
        List<TermReport.AssignmentStats> stats = new TermReport(term()).byAssignment();
        TermReport.AssignmentStats w1 = stats.get(0);
        assertThat(w1.notes()).isEqualTo(2);
        assertThat(w1.passed()).isEqualTo(1); // ben
        assertThat(w1.failed()).isEqualTo(1); // ana, no plan: critical
        TermReport.AssignmentStats w2 = stats.get(1);
        assertThat(w2.notes()).isEqualTo(2);
        assertThat(w2.graded()).isEqualTo(1);
        assertThat(w2.notGraded()).isEqualTo(1); // ben's partial note: neither passed nor failed
        assertThat(w2.passed() + w2.failed()).isEqualTo(1);
    }

    @Test
    void aStudentsProgressShowsRecurringFindingsAndWhatImproved() {
        TermReport.StudentProgress ana = new TermReport(term()).progress("ana");
        assertThat(ana.notes()).extracting(Grade::noteId).containsExactly("a1", "a2", "a3");
        // the missing plan (a1, a2) recurs and is gone by a3, which is clean
        assertThat(ana.recurring()).extracting(TermReport.Recurring::categoryId).containsExactly("missing-plan");
        TermReport.Recurring plan = ana.recurring().get(0);
        assertThat(plan.notes()).isEqualTo(2);
        assertThat(plan.of()).isEqualTo(3);
        assertThat(plan.inLatest()).isFalse();
        assertThat(ana.improved()).extracting(TermReport.Change::criterionId).containsExactly("specific", "plan");
        TermReport.Change specific = ana.improved().get(0);
        assertThat(specific.earlierNote()).isEqualTo("a2");
        assertThat(specific.earlier()).isZero();
        assertThat(specific.latest()).isEqualTo(10);
        assertThat(ana.declined()).isEmpty();
        String page = new TermPages(GRADER.rubric(), null).studentPage(ana, g -> "../notes/" + g.noteId() + ".html", null);
        assertThat(page).contains("<a href=\"../notes/a1.html\">a1</a>").contains("not passed")
                .contains("Specific language</strong>: 10 / 10 in the latest note, up from 0 / 10 in a2.")
                .contains("no: gone by the latest note");
    }

    @Test
    void aNotGradedNoteIsListedWithoutAScoreOrOutcomeAndItsGradebookCellIsEmpty() {
        TermReport t = new TermReport(term());
        TermReport.StudentProgress ben = t.progress("ben");
        assertThat(ben.graded()).extracting(Grade::noteId).containsExactly("b1");
        String page = new TermPages(GRADER.rubric(), null).studentPage(ben, null, null);
        assertThat(page).contains("<td class=\"num\">&ndash;</td>").contains("not graded");
        assertThat(t.csv()).contains("\r\nben,2026-03-01,w2,b2,,15,,,not graded,checks did not run: " + TestRules.VAGUE + "\r\n");
        Gradebook book = new Gradebook(t, null, Gradebook.FailedNotes.BELOW_PASS_MARK);
        assertThat(book.moodle(Gradebook.MoodleId.USERNAME)).isEqualTo("Username,w1,w2,w3\r\nana,8,0,15\r\nben,15,,\r\n");
    }

    @Test
    void aCriticalFailIsExportedBelowThePassMarkUnlessToldOtherwise() {
        TermReport t = new TermReport(term());
        // a1: 10 of 15 without a plan, above the 60% pass mark (9) but failed: exported as 8
        Grade a1 = t.grades().get(0);
        assertThat(a1.score()).isEqualTo(10);
        assertThat(a1.passMark()).isEqualTo(9);
        assertThat(new Gradebook(t, null, Gradebook.FailedNotes.BELOW_PASS_MARK).latest().get("ana").get("w1")).isSameAs(a1);
        assertThat(new Gradebook(t, null, Gradebook.FailedNotes.SCORE).moodle(Gradebook.MoodleId.ID_NUMBER))
                .isEqualTo("ID number,w1,w2,w3\r\nana,10,0,15\r\nben,15,,\r\n");
    }

    @Test
    void canvasRowsPutTheIdInTheChosenColumnAndTitlesAreQuotedWhenNeeded() {
        TermReport t = new TermReport(term());
        Gradebook book = new Gradebook(t, id -> id.equals("w1") ? "Week 1, intake" : null, Gradebook.FailedNotes.SCORE);
        assertThat(book.canvas(Gradebook.CanvasId.SIS_USER_ID)).isEqualTo(
                "Student,ID,SIS User ID,SIS Login ID,Section,\"Week 1, intake\",w2,w3\r\n"
                        + "    Points Possible,,,,,15,15,15\r\n"
                        + "ana,,ana,,,10,0,15\r\n"
                        + "ben,,ben,,,15,,\r\n");
        assertThat(book.canvas(Gradebook.CanvasId.CANVAS_ID)).contains("\r\nana,ana,,,,10,0,15\r\n");
    }

    @Test
    void aNoteWithoutAStudentIdOrAssignmentStaysOutOfTheGradebookButInTheReport() {
        Grade anonymous = GRADER.grade(Note.of("x1", GraderTest.CLEAN));
        Grade broken = GRADER.failed("line-9", "cara", new NoteError("invalid-json", "line 9: not valid JSON", 9));
        TermReport t = new TermReport(List.of(anonymous, broken));
        assertThat(t.assignments()).containsExactly(TermReport.NO_ASSIGNMENT);
        assertThat(new Gradebook(t, null, Gradebook.FailedNotes.SCORE).moodle(Gradebook.MoodleId.USERNAME))
                .isEqualTo("Username,(no assignment)\r\ncara,\r\n");
        assertThat(t.students()).containsExactly("(no student id)", "cara");
    }

    @Test
    void theClassSectionsShowAssignmentsCommonFindingsAndProgress() {
        TermReport t = new TermReport(term());
        assertThat(t.commonFindings(10)).extracting(TermReport.FindingStats::ruleId).first().isEqualTo(TestRules.NO_PLAN);
        assertThat(t.commonFindings(10).get(0).notes()).isEqualTo(2);
        String html = new TermPages(GRADER.rubric(), null).classSections(t, s -> "students/" + s + ".html");
        assertThat(html).contains("<code>w1</code>").contains("<a href=\"students/ana.html\">ana</a>")
                .contains("<code>" + TestRules.NO_PLAN + "</code>").contains("not graded");
    }

    @Test
    void aNoteForAnotherAssignmentIsNotGradedAgainstTheFilesAndStaysUnderItsOwn() {
        Assignment file = Assignment.parse(AssignmentFileTest.VALID, "case.yaml", false);
        Grader grader = Grader.builder().assignment(file).linter(TestRules.linter()).build();
        Grade own = grader.grade(note("n1", "ana", file.id(), "2026-02-01", GraderTest.CLEAN));
        assertThat(own.ok()).isTrue();
        assertThat(own.assignmentId()).isEqualTo(file.id());
        assertThat(own.assignmentVersion()).isEqualTo(file.version());
        Grade other = grader.grade(note("n2", "ana", "week-9", "2026-03-01", GraderTest.CLEAN));
        assertThat(other.ok()).isFalse();
        assertThat(other.error().code()).isEqualTo("wrong-assignment");
        assertThat(other.error().message()).contains("'week-9'").contains("not among the assignment files given (" + file.id() + ")");
        assertThat(other.assignmentId()).isEqualTo("week-9");
        assertThat(other.outcome()).isEqualTo(Grade.Outcome.NOT_GRADED);
        // the gradebook keeps ana's grade for the file's assignment; the other column is empty
        String moodle = new Gradebook(new TermReport(List.of(own, other)), null, Gradebook.FailedNotes.SCORE)
                .moodle(Gradebook.MoodleId.USERNAME);
        assertThat(moodle).isEqualTo("Username," + file.id() + ",week-9\r\nana," + own.score() + ",\r\n");
    }
}
