package io.notelint.grading;

import io.notelint.core.rule.Finding;
import io.notelint.core.text.LineIndex;

/**
 * A grade as plain text for a terminal: the score, each criterion that lost points with its findings
 * (line:column and message), and what to do about it. Findings' excerpts are the only note text shown.
 */
public final class GradeText {

    private GradeText() {
    }

    public static String render(Grade g, String label) {
        StringBuilder out = new StringBuilder();
        out.append(label).append(g.studentId() == null ? "" : " (student " + g.studentId() + ")");
        if (!g.ok()) {
            return out.append(": not graded: ").append(g.error().message()).append('\n').toString();
        }
        out.append(": ").append(g.score()).append('/').append(g.maxScore()).append(" (")
                .append(Html.percent(g.score(), g.maxScore())).append("%), rubric ").append(g.rubricId()).append(' ')
                .append(g.rubricVersion());
        if (g.assignmentId() != null) {
            out.append(", assignment ").append(g.assignmentId())
                    .append(g.assignmentVersion() == null ? "" : " " + g.assignmentVersion());
        }
        out.append(", ").append(g.outcome().label()).append('\n');
        if (g.outcome() == Grade.Outcome.FAILED) {
            out.append("  ").append(g.failReason()).append('\n');
        }
        if (!g.ruleErrors().isEmpty()) {
            out.append("  warning: checks failed (").append(String.join(", ", g.ruleErrors()))
                    .append("); the score may be too high\n");
        }
        LineIndex lines = LineIndex.of(g.text());
        for (CriterionScore c : g.criteria()) {
            out.append(String.format(java.util.Locale.ROOT, "  %3d/%-3d %s", c.score(), c.max(), c.title()));
            if (c.failedCritical()) {
                out.append(" [CRITICAL]");
            }
            if (c.fullMarks()) {
                out.append('\n');
                continue;
            }
            out.append(" -- ").append(c.summary()).append('\n');
            for (Finding f : c.findings()) {
                out.append("          ").append(position(f, lines, g.text().length())).append(f.message()).append('\n');
            }
            out.append("          how to fix: ").append(Feedback.sentence(c.fix())).append('\n');
        }
        for (Finding f : g.unscored()) {
            out.append("  not scored: ").append(position(f, lines, g.text().length())).append(f.message()).append('\n');
        }
        return out.toString();
    }

    private static String position(Finding f, LineIndex lines, int length) {
        if (f.span() == null || f.span().start() > length) {
            return "";
        }
        return lines.line(f.span().start()) + ":" + lines.column(f.span().start()) + ": ";
    }
}
