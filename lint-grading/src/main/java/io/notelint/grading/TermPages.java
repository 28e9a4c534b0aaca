package io.notelint.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A term as HTML, from templates: each student's progress page, and the class report's sections on the
 * assignments, the most common findings and every student's scores over time. Immutable and thread-safe.
 */
public final class TermPages {

    private static final Template STUDENT = Template.load("student.html");
    private static final Template TERM = Template.load("term.html");

    /** How many of the class's most common findings are shown. */
    static final int COMMON_FINDINGS = 10;

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
        List<Map<String, Object>> notes = new ArrayList<>();
        for (Grade g : p.notes()) {
            Grade.Outcome o = g.outcome();
            notes.add(Template.vars("date", g.sessionDate() == null ? "" : g.sessionDate(),
                    "assignment", TermReport.assignmentOf(g), "noteId", g.noteId(),
                    "link", noteLink == null ? null : noteLink.apply(g), "graded", g.graded(), "score", g.score(),
                    "max", g.maxScore(), "bar", new Template.Safe(Html.bar(g)),
                    "outcome", o.label(), "outcomeClass", o.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "reason", o == Grade.Outcome.FAILED ? g.failReason() : null));
        }
        List<Map<String, Object>> recurring = new ArrayList<>();
        for (TermReport.Recurring r : p.recurring()) {
            recurring.add(Template.vars("rules", String.join(", ", r.ruleIds()), "category", r.categoryId(),
                    "notes", r.notes(), "of", r.of(),
                    "latest", r.inLatest() ? "yes: still to work on" : "no: gone by the latest note",
                    "rowClass", r.inLatest() ? "lost" : "full"));
        }
        int graded = p.graded().size();
        long passed = p.graded().stream().filter(g -> g.outcome() == Grade.Outcome.PASSED).count();
        return STUDENT.render(Template.vars("student", p.studentId(), "backLink", backLink, "css", new Template.Safe(Html.CSS),
                "rubricTitle", rubric.title(), "rubricId", rubric.id(), "rubricVersion", rubric.version(),
                "passed", passed, "graded", graded, "notGraded", p.notes().size() == graded ? null : p.notes().size() - graded,
                "notes", notes,
                "improved", changes(p.improved()), "declined", changes(p.declined()),
                "noImprovement", graded < 2 ? "Progress shows from the second graded note on."
                        : "No criterion scored higher in the latest graded note than before it.",
                "recurring", recurring.isEmpty() ? null : Template.vars("items", recurring))).html();
    }

    private static Map<String, Object> changes(List<TermReport.Change> changes) {
        if (changes.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (TermReport.Change c : changes) {
            items.add(Template.vars("title", c.title(), "note", c.earlierNote(), "earlier", c.earlier(), "latest", c.latest(),
                    "max", c.max()));
        }
        return Template.vars("items", items);
    }

    /**
     * The class report's term sections: each assignment's results and score bands, the most common findings,
     * and each student's scores over time.
     *
     * @param studentLink relative link to a student's progress page, or null for none
     */
    public Template.Safe classSections(TermReport term, Function<String, String> studentLink) {
        List<TermReport.AssignmentStats> stats = term.byAssignment();
        List<Map<String, Object>> bandLabels = new ArrayList<>();
        List<Map<String, Object>> assignments = new ArrayList<>();
        for (TermReport.AssignmentStats a : stats) {
            List<Map<String, Object>> bands = new ArrayList<>();
            a.bands().forEach(b -> bands.add(Template.vars("count", b.count())));
            if (bandLabels.isEmpty()) {
                a.bands().forEach(b -> bandLabels.add(Template.vars("label", b.label())));
            }
            assignments.add(Template.vars("id", a.id(), "title", assignmentTitle == null ? null : assignmentTitle.apply(a.id()),
                    "notes", a.notes(), "passed", a.passed(), "failed", a.failed(), "notGraded", a.notGraded(),
                    "mean", a.graded() == 0 ? "-" : Html.percent1(a.meanFraction()) + "%",
                    "median", a.graded() == 0 ? "-" : Html.percent1(a.medianFraction()) + "%", "bands", bands));
        }
        List<Map<String, Object>> findings = new ArrayList<>();
        for (TermReport.FindingStats f : term.commonFindings(COMMON_FINDINGS)) {
            findings.add(Template.vars("ruleId", f.ruleId(), "category", f.categoryId(), "criterion", f.criterion(),
                    "notes", f.notes(), "students", f.students()));
        }
        List<Map<String, Object>> students = new ArrayList<>();
        for (TermReport.StudentProgress p : term.progress()) {
            List<String> scores = new ArrayList<>();
            p.notes().forEach(g -> scores.add(g.graded() ? Html.percent(g.score(), g.maxScore()) + "%" : "not graded"));
            students.add(Template.vars("id", p.studentId(), "link", studentLink == null ? null : studentLink.apply(p.studentId()),
                    "scores", String.join(" \u2192 ", scores),
                    "passed", p.graded().stream().filter(g -> g.outcome() == Grade.Outcome.PASSED).count(),
                    "graded", p.graded().size(), "recurring", p.recurring().size()));
        }
        long graded = term.grades().stream().filter(Grade::graded).count();
        return TERM.render(Template.vars("bandLabels", bandLabels, "assignments", assignments,
                "findings", findings.isEmpty() ? null : Template.vars("items", findings, "graded", graded),
                "students", students));
    }
}
