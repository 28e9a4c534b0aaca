package io.notelint.grading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The whole class at a glance: score distribution, the criteria most often missed, and every student's
 * scores, as one self-contained HTML page and as CSV for a gradebook. Built from grades in input order;
 * everything it shows is derived from them, so the same grades always give the same bytes.
 */
public final class ClassReport {

    /** Notes in one band of the score distribution, by percent of the maximum ({@code from} inclusive). */
    public record Band(String label, int from, int to, int count) {
    }

    /** How the class did on one criterion. */
    public record CriterionStats(String id, String title, int max, int notesLosing, int pointsLost, double meanScore) {
    }

    /** One student's notes. */
    public record StudentSummary(String studentId, List<Grade> grades, double meanFraction, int lowestPercent) {
    }

    /** Shown for a note without a student id. */
    public static final String UNKNOWN_STUDENT = "(no student id)";

    private static final int[] BAND_STARTS = {90, 80, 70, 60, 50, 0};

    private final Rubric rubric;
    private final List<Assignment> assignments;
    private final Assignment assignment; // the only one, or null
    private final List<Grade> grades;
    private final List<Grade> graded;

    public ClassReport(Rubric rubric, Assignment assignment, List<Grade> grades) {
        this(rubric, assignment == null ? List.of() : List.of(assignment), grades);
    }

    /** The report of a term graded against several assignments (each note against its own). */
    public static ClassReport forAssignments(Rubric rubric, List<Assignment> assignments, List<Grade> grades) {
        return new ClassReport(rubric, assignments, grades);
    }

    private ClassReport(Rubric rubric, List<Assignment> assignments, List<Grade> grades) {
        this.rubric = rubric;
        this.assignments = List.copyOf(assignments);
        this.assignment = assignments.size() == 1 ? assignments.get(0) : null;
        this.grades = List.copyOf(grades);
        // a note whose checks did not all run is not graded: its score may be too high, so no statistic counts it
        this.graded = this.grades.stream().filter(Grade::graded).toList();
    }

    public List<Grade> grades() {
        return grades;
    }

    public double meanFraction() {
        return meanFraction(graded);
    }

    public double medianFraction() {
        return medianFraction(graded);
    }

    /** Bands from the top (90-100%) down. */
    public List<Band> distribution() {
        return distribution(graded);
    }

    static double meanFraction(List<Grade> graded) {
        return graded.stream().mapToDouble(Grade::fraction).average().orElse(0);
    }

    static double medianFraction(List<Grade> graded) {
        double[] f = graded.stream().mapToDouble(Grade::fraction).sorted().toArray();
        if (f.length == 0) {
            return 0;
        }
        return f.length % 2 == 1 ? f[f.length / 2] : (f[f.length / 2 - 1] + f[f.length / 2]) / 2;
    }

    /** Bands from the top (90-100%) down, of these grades. */
    static List<Band> distribution(List<Grade> graded) {
        List<Band> out = new ArrayList<>();
        int to = 100;
        for (int from : BAND_STARTS) {
            int lo = from;
            int hi = to;
            boolean top = hi == 100;
            int count = (int) graded.stream().filter(g -> {
                double p = 100.0 * g.fraction();
                return p >= lo && (top ? p <= hi : p < hi);
            }).count();
            out.add(new Band(lo + (top ? "-100%" : "-" + (hi - 1) + "%"), lo, hi, count));
            to = from;
        }
        return out;
    }

    /** Every criterion, most often missed first (then most points lost, then rubric order). */
    public List<CriterionStats> criteria() {
        Map<String, CriterionStats> byId = new LinkedHashMap<>();
        List<String[]> order = new ArrayList<>();
        rubric.criteria().forEach(c -> order.add(new String[] {c.id(), c.title(), String.valueOf(c.weight())}));
        Set<String> seen = new HashSet<>();
        rubric.criteria().forEach(c -> seen.add(c.id()));
        for (Assignment a : assignments) {
            a.requirements().stream().filter(q -> seen.add(q.id()))
                    .forEach(q -> order.add(new String[] {q.id(), q.title(), String.valueOf(q.weight())}));
        }
        for (String[] c : order) {
            int losing = 0;
            int lost = 0;
            long sum = 0;
            for (Grade g : graded) {
                for (CriterionScore s : g.criteria()) {
                    if (s.id().equals(c[0])) {
                        losing += s.fullMarks() ? 0 : 1;
                        lost += s.lost();
                        sum += s.score();
                    }
                }
            }
            double mean = graded.isEmpty() ? 0 : (double) sum / graded.size();
            byId.put(c[0], new CriterionStats(c[0], c[1], Integer.parseInt(c[2]), losing, lost, mean));
        }
        List<CriterionStats> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparingInt(CriterionStats::notesLosing).reversed()
                .thenComparing(Comparator.comparingInt(CriterionStats::pointsLost).reversed()));
        return out;
    }

    /** Students in id order, each with their notes in input order. */
    public List<StudentSummary> students() {
        Map<String, List<Grade>> by = new TreeMap<>();
        for (Grade g : graded) {
            by.computeIfAbsent(g.studentId() == null ? UNKNOWN_STUDENT : g.studentId(), k -> new ArrayList<>()).add(g);
        }
        List<StudentSummary> out = new ArrayList<>();
        by.forEach((id, list) -> out.add(new StudentSummary(id, list,
                list.stream().mapToDouble(Grade::fraction).average().orElse(0),
                list.stream().mapToInt(g -> (int) Math.round(100 * g.fraction())).min().orElse(0))));
        return out;
    }

    /**
     * The report page. {@code noteLink} gives the relative link to a note's page, or null for none.
     */
    public String html(Function<Grade, String> noteLink) {
        return html(noteLink, null);
    }

    /**
     * The report page with the term's sections (each assignment, the most common findings, each student's scores
     * over time). {@code studentLink} gives the relative link to a student's progress page, or null for none.
     */
    public String html(Function<Grade, String> noteLink, Function<String, String> studentLink) {
        StringBuilder out = new StringBuilder(16384);
        Html.begin(out, "Class report: " + rubric.title());
        out.append("<header class=\"page\"><div>\n<h1>Class report</h1>\n<p class=\"meta\">Rubric: ")
                .append(Html.esc(rubric.title())).append(" (<code>").append(Html.esc(rubric.id()))
                .append("</code> version ").append(Html.esc(rubric.version())).append(")</p>\n");
        for (Assignment a : assignments) {
            out.append("<p class=\"meta\">Assignment: ").append(Html.esc(a.title())).append(" (<code>")
                    .append(Html.esc(a.id())).append("</code> version ").append(Html.esc(a.version()))
                    .append(")</p>\n");
        }
        out.append("</div></header>\n");
        cards(out);
        out.append(new TermPages(rubric, assignmentTitles()).classSections(new TermReport(grades), studentLink).html());
        distribution(out);
        criteriaTable(out);
        studentsTable(out, noteLink);
        notesTable(out, noteLink);
        failures(out);
        Html.end(out);
        return out.toString();
    }

    /** The assignment a criterion row belongs to: the only one, else the one with that requirement (null for the rubric's). */
    private Assignment owner(String criterionId) {
        if (assignment != null) {
            return assignment;
        }
        return assignments.stream().filter(a -> a.requirements().stream().anyMatch(q -> q.id().equals(criterionId)))
                .findFirst().orElse(null);
    }

    /** An assignment's title from its id, when the assignment file is known. */
    Function<String, String> assignmentTitles() {
        return id -> assignments.stream().filter(a -> a.id().equals(id)).map(Assignment::title).findFirst().orElse(null);
    }

    private void cards(StringBuilder out) {
        int max = graded.isEmpty() ? rubric.maxScore() : graded.get(0).maxScore();
        out.append("<div class=\"cards\">\n");
        card(out, String.valueOf(graded.size()), "notes graded");
        card(out, grades.stream().filter(g -> g.outcome() == Grade.Outcome.PASSED).count() + " / "
                + grades.stream().filter(Grade::graded).count(), "passed");
        card(out, String.valueOf(students().size()), "students");
        card(out, Html.percent1(meanFraction()) + "%", "mean score");
        card(out, Html.percent1(medianFraction()) + "%", "median score");
        card(out, graded.isEmpty() ? "-" : graded.stream().mapToInt(Grade::score).min().getAsInt() + " / " + max, "lowest");
        card(out, graded.isEmpty() ? "-" : graded.stream().mapToInt(Grade::score).max().getAsInt() + " / " + max, "highest");
        out.append("</div>\n");
    }

    private static void card(StringBuilder out, String value, String key) {
        out.append("<div class=\"card\"><div class=\"v\">").append(Html.esc(value)).append("</div><div class=\"k\">")
                .append(Html.esc(key)).append("</div></div>\n");
    }

    private void distribution(StringBuilder out) {
        out.append("<h2>Score distribution</h2>\n<table class=\"hist\">\n<thead><tr><th>Score</th><th class=\"num\">Notes</th>"
                + "<th></th></tr></thead>\n<tbody>\n");
        int most = Math.max(1, distribution().stream().mapToInt(Band::count).max().orElse(1));
        for (Band b : distribution()) {
            out.append("<tr><td>").append(b.label()).append("</td><td class=\"num\">").append(b.count())
                    .append("</td><td class=\"barcell\"><span class=\"hbar\" style=\"width:")
                    .append(String.format(Locale.ROOT, "%.1f", 100.0 * b.count() / most)).append("%\"></span></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void criteriaTable(StringBuilder out) {
        out.append("<h2>Criteria most often missed</h2>\n<table>\n<thead><tr><th>Criterion</th>"
                + "<th class=\"num\">Notes losing points</th><th class=\"num\">Mean score</th><th class=\"num\">Points lost</th>"
                + "</tr></thead>\n<tbody>\n");
        for (CriterionStats c : criteria()) {
            double share = graded.isEmpty() ? 0 : (double) c.notesLosing() / graded.size();
            out.append("<tr class=\"").append(c.notesLosing() == 0 ? "full" : "lost").append("\"><td>").append(Html.esc(c.title()))
                    .append("<br><small><code>").append(Html.esc(c.id())).append("</code></small></td><td class=\"num\">")
                    .append(c.notesLosing()).append(" (").append(Html.percent1(share)).append("%)</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.1f", c.meanScore())).append(" / ").append(c.max())
                    .append(Html.bar(c.max() == 0 ? 0 : c.meanScore() / c.max())).append("</td><td class=\"num\">")
                    .append(c.pointsLost()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void studentsTable(StringBuilder out, Function<Grade, String> noteLink) {
        out.append("<h2>Students</h2>\n<table>\n<thead><tr><th>Student</th><th class=\"num\">Notes</th>"
                + "<th class=\"num\">Mean</th><th class=\"num\">Lowest</th><th>Notes</th></tr></thead>\n<tbody>\n");
        for (StudentSummary s : students()) {
            out.append("<tr><td>").append(Html.esc(s.studentId())).append("</td><td class=\"num\">").append(s.grades().size())
                    .append("</td><td class=\"num\">").append(Html.percent1(s.meanFraction())).append("%")
                    .append(Html.bar(s.meanFraction())).append("</td><td class=\"num\">").append(s.lowestPercent())
                    .append("%</td><td>");
            List<String> links = new ArrayList<>();
            for (Grade g : s.grades()) {
                links.add(link(g, noteLink, g.noteId() + " (" + g.score() + ")"));
            }
            out.append(String.join(", ", links)).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void notesTable(StringBuilder out, Function<Grade, String> noteLink) {
        List<CriterionStats> cols = columnOrder();
        out.append("<h2>Scores by criterion</h2>\n<div class=\"wide\"><table>\n<thead><tr><th>Student</th><th>Note</th>"
                + "<th class=\"num\">Score</th>");
        for (CriterionStats c : cols) {
            out.append("<th class=\"num\" title=\"").append(Html.esc(c.title())).append("\">").append(Html.esc(c.id()))
                    .append("<br><small>/").append(c.max()).append("</small></th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Grade g : graded) {
            out.append("<tr><td>").append(Html.esc(g.studentId() == null ? UNKNOWN_STUDENT : g.studentId())).append("</td><td>")
                    .append(link(g, noteLink, g.noteId())).append("</td><td class=\"num\">").append(g.score()).append(" / ")
                    .append(g.maxScore()).append("</td>");
            for (CriterionStats c : cols) {
                CriterionScore s = scoreOf(g, c.id());
                out.append("<td class=\"num\">").append(s == null ? "" : (s.fullMarks() ? "" : "<b>") + s.score()
                        + (s.fullMarks() ? "" : "</b>")).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }

    private void failures(StringBuilder out) {
        List<Grade> failed = grades.stream().filter(g -> !g.graded()).toList();
        if (failed.isEmpty()) {
            return;
        }
        out.append("<h2>Records not graded</h2>\n<ul class=\"error\">\n");
        for (Grade g : failed) {
            String why = g.ok() ? "some checks did not run (" + String.join(", ", g.ruleErrors()) + ")" : g.error().message();
            out.append("<li>").append(Html.esc(g.noteId())).append(": ").append(Html.esc(why)).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static String link(Grade g, Function<Grade, String> noteLink, String label) {
        String href = noteLink == null ? null : noteLink.apply(g);
        return href == null ? Html.esc(label) : "<a href=\"" + Html.esc(href) + "\">" + Html.esc(label) + "</a>";
    }

    /** Rubric criteria then assignment requirements, in file order. */
    private List<CriterionStats> columnOrder() {
        Map<String, CriterionStats> byId = new LinkedHashMap<>();
        criteria().forEach(c -> byId.put(c.id(), c));
        List<CriterionStats> out = new ArrayList<>();
        rubric.criteria().forEach(c -> out.add(byId.get(c.id())));
        Set<String> seen = new HashSet<>();
        rubric.criteria().forEach(c -> seen.add(c.id()));
        for (Assignment a : assignments) {
            a.requirements().stream().filter(q -> seen.add(q.id())).forEach(q -> out.add(byId.get(q.id())));
        }
        return out;
    }

    private static CriterionScore scoreOf(Grade g, String id) {
        return g.criteria().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * One row per note: student, note, score, maximum, percent, rubric and assignment id
     * and version, each criterion's score, passed (true, false, or empty when not graded), the critical criteria
     * it failed, and the error of a record that could not be graded.
     */
    public String csv() {
        List<CriterionStats> cols = columnOrder();
        StringBuilder out = new StringBuilder();
        List<String> head = new ArrayList<>(List.of("studentId", "noteId", "score", "maxScore", "percent", "rubricId",
                "rubricVersion", "assignmentId", "assignmentVersion"));
        cols.forEach(c -> head.add(c.id()));
        head.addAll(List.of("passed", "failedCritical", "error"));
        row(out, head);
        for (Grade g : grades) {
            List<String> cells = new ArrayList<>();
            cells.add(text(g.studentId() == null ? "" : g.studentId()));
            cells.add(text(g.noteId()));
            cells.add(g.ok() ? String.valueOf(g.score()) : "");
            cells.add(String.valueOf(g.maxScore()));
            cells.add(g.ok() ? Html.percent1(g.fraction()) : "");
            cells.add(text(g.rubricId()));
            cells.add(text(g.rubricVersion()));
            cells.add(text(g.assignmentId() == null ? "" : g.assignmentId()));
            cells.add(text(g.assignmentVersion() == null ? "" : g.assignmentVersion()));
            for (CriterionStats c : cols) {
                CriterionScore s = scoreOf(g, c.id());
                cells.add(s == null ? "" : String.valueOf(s.score()));
            }
            cells.add(g.passed() == null ? "" : String.valueOf(g.passed()));
            cells.add(text(String.join(" ", g.failedCritical().stream().map(CriterionScore::id).toList())));
            cells.add(g.ok() ? "" : text(g.error().message()));
            row(out, cells);
        }
        return out.toString();
    }

    /** One row per criterion, most often missed first: how often it was missed and what it cost the class. */
    public String criteriaCsv() {
        StringBuilder out = new StringBuilder();
        row(out, List.of("criterionId", "title", "max", "notesLosingPoints", "notesGraded", "meanScore", "pointsLost",
                "rubricId", "rubricVersion", "assignmentId", "assignmentVersion"));
        for (CriterionStats c : criteria()) {
            row(out, List.of(text(c.id()), text(c.title()), String.valueOf(c.max()), String.valueOf(c.notesLosing()),
                    String.valueOf(graded.size()), String.format(Locale.ROOT, "%.2f", c.meanScore()),
                    String.valueOf(c.pointsLost()), text(rubric.id()), text(rubric.version()),
                    owner(c.id()) == null ? "" : text(owner(c.id()).id()), owner(c.id()) == null ? "" : text(owner(c.id()).version())));
        }
        return out.toString();
    }

    static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append("\r\n");
    }

    /**
     * A text cell that a spreadsheet will not run as a formula: a leading =, +, -, @, tab or CR gets an
     * apostrophe in front (the OWASP advice for CSV injection).
     */
    static String text(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }
}
