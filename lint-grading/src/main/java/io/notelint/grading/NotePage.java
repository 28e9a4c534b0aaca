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

    /** The page of one grade ({@code notePage.jte}). */
    record Model(String title, String css, String backLink, String studentId, String noteId, String rubricTitle,
                 String rubricId, String rubricVersion, String assignmentTitle, String assignmentId,
                 String assignmentVersion, boolean graded, String scoreClass, int score, int maxScore, String percent,
                 Verdict verdict, String error, List<RubricRow> rubric, NoteText note, List<FindingItem> findings) {
    }

    /** Passed, not passed or not graded, with the critical criteria that failed ({@code verdict.jte}). */
    record Verdict(String cls, String label, Integer passMark, int maxScore, String reason, List<Critical> critical) {
    }

    record Critical(String title, int score, int max, String summary, List<Integer> refs, String why, String fix) {
    }

    /**
     * One criterion of the rubric table: full marks ({@code fullText}, and whether its evidence is highlighted),
     * or the feedback with links to the findings that cost points ({@code see}: the criterion had findings).
     */
    record RubricRow(boolean full, String id, String title, boolean critical, boolean assignment, String basis,
                     int score, int max, Html.Bar bar, String fullText, boolean evidence, String summary, boolean see,
                     List<Integer> refs, String why, String fix) {
    }

    /** The note with its marks ({@code noteText.jte}), the findings about it as a whole, and whether to explain the marks. */
    record NoteText(List<Ref> whole, List<Piece> pieces, boolean legend) {
    }

    /** A finding listed by number and message. */
    record Ref(int n, String message) {
    }

    /**
     * A piece of the note between two span boundaries: plain ({@code cls} null), the mark of the findings
     * covering it ({@code title} their numbers and messages), or evidence the assignment asked for; then the
     * numbers of the findings that end after it.
     */
    record Piece(String text, String cls, String title, boolean evidence, List<Integer> refs) {
    }

    /** One numbered finding of the list below the note. */
    record FindingItem(int n, String category, String message, Integer line, String excerpt, String ruleId,
                       String criterionId, String criterionTitle, String why, String fix) {
    }

    /** The page for one grade. {@code backLink}, when given, is a relative link to the class report. */
    public String render(Grade grade, String backLink) {
        String who = grade.studentId() == null ? "" : grade.studentId() + ": ";
        List<Finding> shown = grade.ok() ? shownFindings(grade) : List.of();
        Map<Finding, Integer> numbers = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            numbers.put(shown.get(i), i + 1);
        }
        double f = grade.fraction();
        // a note that did not pass is never shown in a passing colour, whatever its total
        String cls = grade.outcome() == Grade.Outcome.FAILED ? "poor" : f >= 0.9 ? "good" : f >= 0.7 ? "fair" : "poor";
        String assignmentTitle = grade.assignmentId() == null ? null : assignments.stream()
                .filter(a -> a.id().equals(grade.assignmentId())).map(Assignment::title).findFirst().orElse(grade.assignmentId());
        boolean ok = grade.ok();
        return Html.render("notePage.jte", new Model("Grade: " + who + "note " + grade.noteId(), Html.CSS, backLink,
                grade.studentId(), grade.noteId(), rubric.title(), grade.rubricId(), grade.rubricVersion(), assignmentTitle,
                grade.assignmentId(), grade.assignmentVersion(), grade.graded(), cls, grade.score(), grade.maxScore(),
                Html.percent(grade.score(), grade.maxScore()), verdict(grade, numbers),
                ok ? null : grade.error().message(), ok ? rubricRows(grade, numbers) : List.of(),
                ok ? noteText(grade, shown, numbers) : null, ok ? findingItems(grade, shown, firstCriterion(grade)) : List.of()));
    }

    /**
     * Passed, not passed or not graded, first on the page; when a critical criterion failed, which one, why it
     * matters and how to fix it, before anything else.
     */
    static Verdict verdict(Grade g, Map<Finding, Integer> numbers) {
        List<Critical> critical = new ArrayList<>();
        for (CriterionScore c : g.failedCritical()) {
            List<Integer> refs = c.findings().stream().map(numbers::get).filter(java.util.Objects::nonNull).toList();
            critical.add(new Critical(c.title(), c.score(), c.max(), c.summary(), refs, c.why(), c.fix()));
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
        return new Verdict(o.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), label,
                o == Grade.Outcome.NOT_GRADED ? null : g.passMark(), g.maxScore(), reason, critical);
    }

    private List<RubricRow> rubricRows(Grade g, Map<Finding, Integer> numbers) {
        Map<String, Criterion> byId = new HashMap<>();
        rubric.criteria().forEach(c -> byId.put(c.id(), c));
        List<RubricRow> rows = new ArrayList<>();
        for (CriterionScore s : g.criteria()) {
            Criterion c = byId.get(s.id());
            boolean assignment = s.source() == CriterionScore.Source.ASSIGNMENT;
            List<Integer> refs = s.findings().stream().map(numbers::get).filter(java.util.Objects::nonNull).toList();
            rows.add(new RubricRow(s.fullMarks(), s.id(), s.title(), s.critical(), assignment,
                    assignment || c == null ? null : c.basis(), s.score(), s.max(), Html.Bar.of((double) s.score() / s.max()),
                    assignment ? "Met." : "Full marks.", !s.evidence().isEmpty(), s.summary(), !s.findings().isEmpty(), refs,
                    s.why(), s.fix()));
        }
        return rows;
    }

    private static NoteText noteText(Grade g, List<Finding> shown, Map<Finding, Integer> numbers) {
        List<Ref> whole = shown.stream().filter(f -> !validSpan(f.span(), g.text()))
                .map(f -> new Ref(numbers.get(f), f.message())).toList();
        List<Span> evidence = g.criteria().stream().flatMap(c -> c.evidence().stream())
                .filter(s -> validSpan(s, g.text())).toList();
        List<Finding> inText = shown.stream().filter(f -> validSpan(f.span(), g.text())).toList();
        return new NoteText(whole, pieces(g.text(), inText, numbers, evidence), !evidence.isEmpty() || !inText.isEmpty());
    }

    /** The text with findings and evidence marked ({@link #pieces}), as HTML. */
    static String highlight(String text, List<Finding> findings, Map<Finding, Integer> numbers, List<Span> evidence) {
        return Html.render("highlight.jte", pieces(text, findings, numbers, evidence));
    }

    /**
     * The text cut into pieces to be marked. Overlapping spans are handled by cutting the text at every span
     * boundary and marking each piece with what covers it; a finding's number follows the end of its span.
     */
    static List<Piece> pieces(String text, List<Finding> findings, Map<Finding, Integer> numbers, List<Span> evidence) {
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
        List<Piece> out = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            String piece = "";
            String cls = null;
            String title = null;
            boolean ev = false;
            if (prev != null && cut > prev) {
                int a = prev;
                int b = cut;
                List<Finding> over = findings.stream().filter(f -> f.span().start() <= a && f.span().end() >= b).toList();
                piece = text.substring(a, b);
                if (!over.isEmpty()) {
                    cls = over.stream().map(f -> f.category().id()).distinct().count() > 1 ? "multi"
                            : "c-" + over.get(0).category().id();
                    StringBuilder t = new StringBuilder();
                    for (Finding f : over) {
                        t.append(t.length() == 0 ? "" : " | ").append('[').append(numbers.get(f)).append("] ")
                                .append(f.message());
                    }
                    title = t.toString();
                } else {
                    ev = evidence.stream().anyMatch(s -> s.start() <= a && s.end() >= b);
                }
            }
            List<Integer> refs = refsAt.get(cut);
            out.add(new Piece(piece, cls, title, ev, refs == null ? List.of() : refs.stream().sorted().toList()));
            prev = cut;
        }
        return out;
    }

    private static List<FindingItem> findingItems(Grade g, List<Finding> shown, Map<Finding, CriterionScore> counter) {
        LineIndex lines = LineIndex.of(g.text());
        List<FindingItem> items = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Finding f = shown.get(i);
            CriterionScore c = counter.get(f);
            boolean inText = validSpan(f.span(), g.text());
            String fix = f.suggestion() != null ? f.suggestion() : c != null ? c.fix() : null;
            items.add(new FindingItem(i + 1, f.category().id(), f.message(), inText ? lines.line(f.span().start()) : null,
                    inText ? f.excerpt() : null, f.ruleId(), c == null ? null : c.id(), c == null ? null : c.title(),
                    c == null ? null : c.why(), fix));
        }
        return items;
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
