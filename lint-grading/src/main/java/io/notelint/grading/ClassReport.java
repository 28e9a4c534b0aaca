package io.notelint.grading;

import io.notelint.output.CsvSheet;
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
        int max = graded.isEmpty() ? rubric.maxScore() : graded.get(0).maxScore();
        List<Card> cards = List.of(new Card(String.valueOf(graded.size()), "notes graded"),
                new Card(grades.stream().filter(g -> g.outcome() == Grade.Outcome.PASSED).count() + " / "
                        + grades.stream().filter(Grade::graded).count(), "passed"),
                new Card(String.valueOf(students().size()), "students"),
                new Card(Html.percent1(meanFraction()) + "%", "mean score"),
                new Card(Html.percent1(medianFraction()) + "%", "median score"),
                new Card(graded.isEmpty() ? "-" : graded.stream().mapToInt(Grade::score).min().getAsInt() + " / " + max, "lowest"),
                new Card(graded.isEmpty() ? "-" : graded.stream().mapToInt(Grade::score).max().getAsInt() + " / " + max, "highest"));
        int most = Math.max(1, distribution().stream().mapToInt(Band::count).max().orElse(1));
        List<BandRow> bands = distribution().stream().map(b -> new BandRow(b.label(), b.count(),
                String.format(Locale.ROOT, "%.1f", 100.0 * b.count() / most))).toList();
        List<CriterionRow> criteria = new ArrayList<>();
        for (CriterionStats c : criteria()) {
            double share = graded.isEmpty() ? 0 : (double) c.notesLosing() / graded.size();
            criteria.add(new CriterionRow(c, Html.percent1(share), String.format(Locale.ROOT, "%.1f", c.meanScore()),
                    Html.Bar.of(c.max() == 0 ? 0 : c.meanScore() / c.max())));
        }
        List<StudentRow> students = new ArrayList<>();
        for (StudentSummary s : students()) {
            students.add(new StudentRow(s.studentId(), s.grades().size(), Html.percent1(s.meanFraction()),
                    Html.Bar.of(s.meanFraction()), s.lowestPercent(),
                    s.grades().stream().map(g -> link(g, noteLink, g.noteId() + " (" + g.score() + ")")).toList()));
        }
        List<CriterionStats> cols = columnOrder();
        List<NoteRow> notes = new ArrayList<>();
        for (Grade g : graded) {
            List<CriterionScore> scores = new ArrayList<>();
            cols.forEach(c -> scores.add(scoreOf(g, c.id())));
            notes.add(new NoteRow(g.studentId() == null ? UNKNOWN_STUDENT : g.studentId(), link(g, noteLink, g.noteId()),
                    g.score(), g.maxScore(), scores));
        }
        List<String> failures = new ArrayList<>();
        for (Grade g : grades) {
            if (!g.graded()) {
                String why = g.ok() ? "some checks did not run (" + String.join(", ", g.ruleErrors()) + ")" : g.error().message();
                failures.add(g.noteId() + ": " + why);
            }
        }
        return Html.render("classReport.jte", new Page("Class report: " + rubric.title(), Html.CSS, rubric, assignments,
                cards, new TermPages(rubric, assignmentTitles()).sections(new TermReport(grades), studentLink), bands,
                criteria, students, cols, notes, failures));
    }

    /** The class report page ({@code classReport.jte}). */
    record Page(String title, String css, Rubric rubric, List<Assignment> assignments, List<Card> cards,
                TermPages.Sections term, List<BandRow> bands, List<CriterionRow> criteria, List<StudentRow> students,
                List<CriterionStats> columns, List<NoteRow> notes, List<String> failures) {
    }

    record Card(String value, String key) {
    }

    record BandRow(String label, int count, String width) {
    }

    record CriterionRow(CriterionStats stats, String share, String mean, Html.Bar bar) {
    }

    record StudentRow(String id, int notes, String mean, Html.Bar bar, int lowest, List<Link> notesLinks) {
    }

    /** A note's row: each column's score, null where the note has no such criterion. */
    record NoteRow(String student, Link note, int score, int max, List<CriterionScore> scores) {
    }

    /** A label, linked when {@code href} is not null. */
    record Link(String href, String label) {
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

    private static Link link(Grade g, Function<Grade, String> noteLink, String label) {
        return new Link(noteLink == null ? null : noteLink.apply(g), label);
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
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("studentId", "noteId", "score", "maxScore", "percent", "rubricId",
                "rubricVersion", "assignmentId", "assignmentVersion"));
        cols.forEach(c -> head.add(c.id()));
        head.addAll(List.of("passed", "failedCritical", "error"));
        rows.add(head);
        for (Grade g : grades) {
            List<String> cells = new ArrayList<>();
            cells.add(g.studentId());
            cells.add(g.noteId());
            cells.add(g.ok() ? String.valueOf(g.score()) : "");
            cells.add(String.valueOf(g.maxScore()));
            cells.add(g.ok() ? Html.percent1(g.fraction()) : "");
            cells.add(g.rubricId());
            cells.add(g.rubricVersion());
            cells.add(g.assignmentId());
            cells.add(g.assignmentVersion());
            for (CriterionStats c : cols) {
                CriterionScore s = scoreOf(g, c.id());
                cells.add(s == null ? "" : String.valueOf(s.score()));
            }
            cells.add(g.passed() == null ? "" : String.valueOf(g.passed()));
            cells.add(String.join(" ", g.failedCritical().stream().map(CriterionScore::id).toList()));
            cells.add(g.ok() ? "" : g.error().message());
            rows.add(cells);
        }
        return CsvSheet.of(rows);
    }

    /** One row per criterion, most often missed first: how often it was missed and what it cost the class. */
    public String criteriaCsv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("criterionId", "title", "max", "notesLosingPoints", "notesGraded", "meanScore", "pointsLost",
                "rubricId", "rubricVersion", "assignmentId", "assignmentVersion"));
        for (CriterionStats c : criteria()) {
            Assignment owner = owner(c.id());
            rows.add(java.util.Arrays.asList(c.id(), c.title(), String.valueOf(c.max()), String.valueOf(c.notesLosing()),
                    String.valueOf(graded.size()), String.format(Locale.ROOT, "%.2f", c.meanScore()),
                    String.valueOf(c.pointsLost()), rubric.id(), rubric.version(),
                    owner == null ? null : owner.id(), owner == null ? null : owner.version()));
        }
        return CsvSheet.of(rows);
    }
}
