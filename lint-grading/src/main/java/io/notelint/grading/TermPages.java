package io.notelint.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A term as HTML, from templates: each student's progress page ({@code student.jte}), and the class report's
 * sections on the assignments, the most common findings and every student's scores over time
 * ({@code termSections.jte}). Immutable and thread-safe.
 */
public final class TermPages {

    /** How many of the class's most common findings are shown. */
    static final int COMMON_FINDINGS = 10;

    /** One student's progress page. */
    record Student(String student, String backLink, String css, String rubricTitle, String rubricId,
                   String rubricVersion, long passed, int graded, Integer notGraded, List<NoteRow> notes,
                   List<TermReport.Change> improved, List<TermReport.Change> declined, String noImprovement,
                   List<TermReport.Recurring> recurring) {
    }

    /** One of the student's notes, in time order. */
    record NoteRow(String date, String assignment, String noteId, String link, boolean graded, int score, int max,
                   Html.Bar bar, String outcome, String outcomeClass, String reason) {
    }

    /** The class report's term sections. */
    record Sections(List<String> bandLabels, List<AssignmentRow> assignments, List<TermReport.FindingStats> findings,
                    long graded, List<StudentRow> students) {
    }

    record AssignmentRow(String id, String title, int notes, int passed, int failed, int notGraded, String mean,
                         String median, List<Integer> bands) {
    }

    record StudentRow(String id, String link, String scores, long passed, int graded, int recurring) {
    }

    private final Rubric rubric;
    private final Function<String, String> assignmentTitle;

    /**
     * @param assignmentTitle an assignment's title from its id, or null when only the id is known
     */
    public TermPages(Rubric rubric, Function<String, String> assignmentTitle) {
        this.rubric = rubric;
        this.assignmentTitle = assignmentTitle;
    }

    /**
     * One student's progress page.
     *
     * @param noteLink relative link to a note's page, or null for none
     * @param backLink relative link to the class report, or null
     */
    public String studentPage(TermReport.StudentProgress p, Function<Grade, String> noteLink, String backLink) {
        List<NoteRow> notes = new ArrayList<>();
        for (Grade g : p.notes()) {
            Grade.Outcome o = g.outcome();
            notes.add(new NoteRow(g.sessionDate() == null ? "" : g.sessionDate(), TermReport.assignmentOf(g), g.noteId(),
                    noteLink == null ? null : noteLink.apply(g), g.graded(), g.score(), g.maxScore(), Html.Bar.of(g),
                    o.label(), o.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    o == Grade.Outcome.FAILED ? g.failReason() : null));
        }
        int graded = p.graded().size();
        long passed = p.graded().stream().filter(g -> g.outcome() == Grade.Outcome.PASSED).count();
        return Html.render("student.jte", new Student(p.studentId(), backLink, Html.CSS, rubric.title(), rubric.id(),
                rubric.version(), passed, graded, p.notes().size() == graded ? null : p.notes().size() - graded, notes,
                p.improved(), p.declined(), graded < 2 ? "Progress shows from the second graded note on."
                        : "No criterion scored higher in the latest graded note than before it.", p.recurring()));
    }

    /**
     * The class report's term sections: each assignment's results and score bands, the most common findings,
     * and each student's scores over time.
     *
     * @param studentLink relative link to a student's progress page, or null for none
     */
    public String classSections(TermReport term, Function<String, String> studentLink) {
        return Html.render("termSections.jte", sections(term, studentLink));
    }

    /** The model of {@link #classSections}, for the class report's own template. */
    Sections sections(TermReport term, Function<String, String> studentLink) {
        List<TermReport.AssignmentStats> stats = term.byAssignment();
        List<String> bandLabels = stats.isEmpty() ? List.of() : stats.get(0).bands().stream().map(ClassReport.Band::label).toList();
        List<AssignmentRow> assignments = new ArrayList<>();
        for (TermReport.AssignmentStats a : stats) {
            assignments.add(new AssignmentRow(a.id(), assignmentTitle == null ? null : assignmentTitle.apply(a.id()),
                    a.notes(), a.passed(), a.failed(), a.notGraded(),
                    a.graded() == 0 ? "-" : Html.percent1(a.meanFraction()) + "%",
                    a.graded() == 0 ? "-" : Html.percent1(a.medianFraction()) + "%",
                    a.bands().stream().map(ClassReport.Band::count).toList()));
        }
        List<StudentRow> students = new ArrayList<>();
        for (TermReport.StudentProgress p : term.progress()) {
            List<String> scores = new ArrayList<>();
            p.notes().forEach(g -> scores.add(g.graded() ? Html.percent(g.score(), g.maxScore()) + "%" : "not graded"));
            students.add(new StudentRow(p.studentId(), studentLink == null ? null : studentLink.apply(p.studentId()),
                    String.join(" \u2192 ", scores), p.graded().stream().filter(g -> g.outcome() == Grade.Outcome.PASSED).count(),
                    p.graded().size(), p.recurring().size()));
        }
        long graded = term.grades().stream().filter(Grade::graded).count();
        return new Sections(bandLabels, assignments, term.commonFindings(COMMON_FINDINGS), graded, students);
    }
}
