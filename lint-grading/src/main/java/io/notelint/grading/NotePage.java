package io.notelint.grading;

import io.notelint.core.rule.Finding;
import io.notelint.core.text.LineIndex;
import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One note's grade as a self-contained HTML page for the student: the score, the rubric table, the note
 * text with every finding highlighted in place, and for each finding why it matters and how to fix it.
 * All note text is escaped; the page loads nothing from anywhere. Immutable and thread-safe.
 */
public final class NotePage {

    private final Rubric rubric;
    private final List<Assignment> assignments;

    public NotePage(Rubric rubric, Assignment assignment) {
        this(rubric, assignment == null ? List.of() : List.of(assignment));
    }

    /** Pages for a term graded against several assignments; each page names its note's own. */
    public static NotePage forAssignments(Rubric rubric, List<Assignment> assignments) {
        return new NotePage(rubric, assignments);
    }

    private NotePage(Rubric rubric, List<Assignment> assignments) {
        this.rubric = rubric;
        this.assignments = List.copyOf(assignments);
    }

    /** The page for one grade. {@code backLink}, when given, is a relative link to the class report. */
    public String render(Grade grade, String backLink) {
        StringBuilder out = new StringBuilder(8192);
        String who = grade.studentId() == null ? "" : grade.studentId() + ": ";
        Html.begin(out, "Grade: " + who + "note " + grade.noteId());
        header(out, grade, backLink);
        List<Finding> shown = grade.ok() ? shownFindings(grade) : List.of();
        Map<Finding, Integer> numbers = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            numbers.put(shown.get(i), i + 1);
        }
        out.append(verdict(grade, numbers).html());
        if (!grade.ok()) {
            out.append("<p class=\"error\">This record could not be graded: ").append(Html.esc(grade.error().message()))
                    .append("</p>\n");
            Html.end(out);
            return out.toString();
        }
        if (!grade.ruleErrors().isEmpty()) {
            out.append("<p class=\"error\">Some checks failed on this note (").append(Html.esc(String.join(", ", grade.ruleErrors())))
                    .append("), so the score may be too high. Please tell your instructor.</p>\n");
        }
        Map<Finding, CriterionScore> counter = firstCriterion(grade);
        rubricTable(out, grade, numbers);
        noteText(out, grade, shown, numbers);
        findingList(out, grade, shown, counter);
        Html.end(out);
        return out.toString();
    }

    private static final Template VERDICT = Template.load("verdict.html");

    /**
     * Passed, not passed or not graded, first on the page; when a critical criterion failed, which one, why it
     * matters and how to fix it, before anything else.
     */
    static Template.Safe verdict(Grade g, Map<Finding, Integer> numbers) {
        List<Map<String, Object>> critical = new ArrayList<>();
        for (CriterionScore c : g.failedCritical()) {
            List<Map<String, Object>> refs = new ArrayList<>();
            c.findings().stream().map(numbers::get).filter(java.util.Objects::nonNull)
                    .forEach(n -> refs.add(Template.vars("n", n)));
            critical.add(Template.vars("title", c.title(), "score", c.score(), "max", c.max(), "summary", c.summary(),
                    "refs", refs, "refs.any", !refs.isEmpty(), "why", c.why(), "fix", c.fix()));
        }
        Grade.Outcome o = g.outcome();
        String reason = switch (o) {
            case FAILED -> g.failReason();
            case NOT_GRADED -> g.ok() ? "Some checks did not run on this note, so it has no grade: a check that did not"
                    + " run could have found a lost point. Please tell your instructor." : "This record is not a note"
                    + " that could be checked.";
            case PASSED -> null;
        };
        String label = switch (o) {
            case PASSED -> "Passed";
            case FAILED -> "Not passed";
            case NOT_GRADED -> "Not graded";
        };
        return VERDICT.render(Template.vars("cls", o.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "label", label, "passMark", o == Grade.Outcome.NOT_GRADED ? null : g.passMark(),
                "maxScore", g.maxScore(), "reason", reason, "critical", critical));
    }

    private void header(StringBuilder out, Grade g, String backLink) {
        double f = g.fraction();
        // a note that did not pass is never shown in a passing colour, whatever its total
        String cls = g.outcome() == Grade.Outcome.FAILED ? "poor" : f >= 0.9 ? "good" : f >= 0.7 ? "fair" : "poor";
        out.append("<header class=\"page\">\n<div>\n");
        if (backLink != null) {
            out.append("<p class=\"meta\"><a href=\"").append(Html.esc(backLink)).append("\">&larr; Class report</a></p>\n");
        }
        out.append("<h1>").append(g.studentId() == null ? "Note " : Html.esc(g.studentId()) + " &middot; note ")
                .append(Html.esc(g.noteId())).append("</h1>\n");
        out.append("<p class=\"meta\">Rubric: ").append(Html.esc(rubric.title())).append(" (<code>")
                .append(Html.esc(g.rubricId())).append("</code> version ").append(Html.esc(g.rubricVersion())).append(")</p>\n");
        if (g.assignmentId() != null) {
            String title = assignments.stream().filter(a -> a.id().equals(g.assignmentId())).map(Assignment::title)
                    .findFirst().orElse(g.assignmentId());
            out.append("<p class=\"meta\">Assignment: ").append(Html.esc(title))
                    .append(" (<code>").append(Html.esc(g.assignmentId())).append("</code>")
                    .append(g.assignmentVersion() == null ? "" : " version " + Html.esc(g.assignmentVersion())).append(")</p>\n");
        }
        out.append("</div>\n");
        if (g.graded()) {
            out.append("<div class=\"score ").append(cls).append("\"><span class=\"big\">").append(g.score())
                    .append("</span><span class=\"of\"> / ").append(g.maxScore()).append("</span><div class=\"meta\">")
                    .append(Html.percent(g.score(), g.maxScore())).append("%</div></div>\n");
        }
        out.append("</header>\n");
    }

    private void rubricTable(StringBuilder out, Grade g, Map<Finding, Integer> numbers) {
        Map<String, Criterion> byId = new HashMap<>();
        rubric.criteria().forEach(c -> byId.put(c.id(), c));
        out.append("<h2>Rubric</h2>\n<table class=\"rubric\">\n<thead><tr><th>Criterion</th><th class=\"num\">Score</th>"
                + "<th>Feedback</th></tr></thead>\n<tbody>\n");
        for (CriterionScore s : g.criteria()) {
            Criterion c = byId.get(s.id());
            out.append("<tr class=\"").append(s.fullMarks() ? "full" : "lost").append("\" id=\"c-").append(Html.esc(s.id()))
                    .append("\"><td>").append(Html.esc(s.title()));
            if (s.critical()) {
                out.append(" <span class=\"tag critical\">critical</span>");
            }
            if (s.source() == CriterionScore.Source.ASSIGNMENT) {
                out.append("<br><small>Assignment requirement</small>");
            } else if (c != null && c.basis() != null) {
                out.append("<br><small>").append(Html.esc(c.basis())).append("</small>");
            }
            out.append("</td><td class=\"num\">").append(s.score()).append(" / ").append(s.max())
                    .append(Html.bar((double) s.score() / s.max())).append("</td><td>");
            if (s.fullMarks()) {
                out.append(s.source() == CriterionScore.Source.ASSIGNMENT ? "Met." : "Full marks.");
                if (!s.evidence().isEmpty()) {
                    out.append(" <small>(highlighted in green below)</small>");
                }
            } else {
                feedbackCell(out, s, numbers);
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n<tfoot><tr><td>Total</td><td class=\"num\">").append(g.score()).append(" / ")
                .append(g.maxScore()).append("</td><td></td></tr></tfoot>\n</table>\n");
    }

    private static void feedbackCell(StringBuilder out, CriterionScore s, Map<Finding, Integer> numbers) {
        out.append("<div>").append(Html.esc(s.summary()));
        if (!s.findings().isEmpty()) {
            out.append(" See");
            for (Finding f : s.findings()) {
                Integer n = numbers.get(f);
                if (n != null) {
                    out.append(" <a href=\"#f").append(n).append("\">[").append(n).append("]</a>");
                }
            }
            out.append('.');
        }
        out.append("</div>\n<div><span class=\"label\">Why it matters:</span> ").append(Html.esc(s.why()))
                .append("</div>\n<div><span class=\"label\">How to fix:</span> ").append(Html.esc(s.fix())).append("</div>");
    }

    private void noteText(StringBuilder out, Grade g, List<Finding> shown, Map<Finding, Integer> numbers) {
        out.append("<h2>The note</h2>\n");
        List<Finding> whole = shown.stream().filter(f -> !validSpan(f.span(), g.text())).toList();
        if (!whole.isEmpty()) {
            out.append("<div class=\"whole\"><span class=\"label\">About the whole note:</span>\n<ul>\n");
            for (Finding f : whole) {
                int n = numbers.get(f);
                out.append("<li><a href=\"#f").append(n).append("\">[").append(n).append("]</a> ")
                        .append(Html.esc(f.message())).append("</li>\n");
            }
            out.append("</ul></div>\n");
        }
        List<Span> evidence = g.criteria().stream().flatMap(c -> c.evidence().stream())
                .filter(s -> validSpan(s, g.text())).toList();
        List<Finding> inText = shown.stream().filter(f -> validSpan(f.span(), g.text())).toList();
        out.append("<div class=\"note\">").append(highlight(g.text(), inText, numbers, evidence)).append("</div>\n");
        if (!evidence.isEmpty() || !inText.isEmpty()) {
            out.append("<p class=\"legend\">Highlighted: <mark class=\"c-vague-language\">vague wording</mark>"
                    + " <mark class=\"c-stigmatizing-language\">stigmatizing wording</mark>"
                    + " <mark>other findings</mark> <mark class=\"ev\">what the assignment asked for, found</mark>."
                    + " The numbers lead to each finding below.</p>\n");
        }
    }

    /**
     * The text with findings and evidence wrapped in marks. Overlapping spans are handled by cutting the
     * text at every span boundary and marking each piece with what covers it; a finding's number follows
     * the end of its span.
     */
    static String highlight(String text, List<Finding> findings, Map<Finding, Integer> numbers, List<Span> evidence) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        findings.forEach(f -> {
            cuts.add(f.span().start());
            cuts.add(f.span().end());
        });
        evidence.forEach(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        Map<Integer, List<Integer>> refsAt = new LinkedHashMap<>();
        for (Finding f : findings) {
            refsAt.computeIfAbsent(f.span().end(), k -> new ArrayList<>()).add(numbers.get(f));
        }
        StringBuilder out = new StringBuilder(text.length() * 2);
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int a = prev;
                int b = cut;
                List<Finding> over = findings.stream().filter(f -> f.span().start() <= a && f.span().end() >= b).toList();
                boolean ev = evidence.stream().anyMatch(s -> s.start() <= a && s.end() >= b);
                String piece = Html.esc(text.substring(a, b));
                if (!over.isEmpty()) {
                    String cls = over.stream().map(f -> f.category().id()).distinct().count() > 1 ? "multi"
                            : "c-" + over.get(0).category().id();
                    StringBuilder title = new StringBuilder();
                    for (Finding f : over) {
                        title.append(title.length() == 0 ? "" : " | ").append('[').append(numbers.get(f)).append("] ")
                                .append(f.message());
                    }
                    out.append("<mark class=\"").append(cls).append("\" title=\"").append(Html.esc(title.toString()))
                            .append("\">").append(piece).append("</mark>");
                } else if (ev) {
                    out.append("<mark class=\"ev\" title=\"Required by the assignment: found\">").append(piece).append("</mark>");
                } else {
                    out.append(piece);
                }
            }
            List<Integer> refs = refsAt.get(cut);
            if (refs != null) {
                for (int n : refs.stream().sorted().toList()) {
                    out.append("<a class=\"ref\" href=\"#f").append(n).append("\">").append(n).append("</a>");
                }
            }
            prev = cut;
        }
        return out.toString();
    }

    private void findingList(StringBuilder out, Grade g, List<Finding> shown, Map<Finding, CriterionScore> counter) {
        out.append("<h2>Findings</h2>\n");
        if (shown.isEmpty()) {
            out.append("<p>No findings: nothing in this note cost points.</p>\n");
            return;
        }
        LineIndex lines = LineIndex.of(g.text());
        out.append("<ol class=\"findings\">\n");
        for (int i = 0; i < shown.size(); i++) {
            Finding f = shown.get(i);
            CriterionScore c = counter.get(f);
            out.append("<li id=\"f").append(i + 1).append("\"><span class=\"tag c-").append(f.category().id()).append("\">")
                    .append(Html.esc(f.category().id())).append("</span>").append(Html.esc(f.message()));
            if (validSpan(f.span(), g.text())) {
                out.append(" <small>line ").append(lines.line(f.span().start())).append("</small>");
                if (f.excerpt() != null) {
                    out.append("<br><span class=\"excerpt\">").append(Html.esc(f.excerpt())).append("</span>");
                }
            }
            out.append("<br><small>Rule <code>").append(Html.esc(f.ruleId())).append("</code>");
            if (c != null) {
                out.append(" &middot; costs points under <a href=\"#c-").append(Html.esc(c.id())).append("\">")
                        .append(Html.esc(c.title())).append("</a>");
            } else {
                out.append(" &middot; not scored by this rubric");
            }
            out.append("</small>");
            if (c != null) {
                out.append("<br><span class=\"label\">Why it matters:</span> ").append(Html.esc(c.why()));
            }
            String fix = f.suggestion() != null ? f.suggestion() : c != null ? c.fix() : null;
            if (fix != null) {
                out.append("<br><span class=\"label\">How to fix:</span> ").append(Html.esc(fix));
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    /** Every finding the page shows, once, in note order: those that cost points, then the unscored. */
    private static List<Finding> shownFindings(Grade g) {
        List<Finding> all = new ArrayList<>(g.scoredFindings());
        g.unscored().stream().filter(f -> !all.contains(f)).forEach(all::add);
        return all.stream().sorted().toList();
    }

    /** The first criterion (in rubric order) under which each finding cost points. */
    private static Map<Finding, CriterionScore> firstCriterion(Grade g) {
        Map<Finding, CriterionScore> out = new HashMap<>();
        for (CriterionScore c : g.criteria()) {
            for (Finding f : c.findings()) {
                out.putIfAbsent(f, c);
            }
        }
        return out;
    }

    private static boolean validSpan(Span s, String text) {
        return s != null && text != null && s.end() <= text.length() && s.start() < s.end();
    }
}
