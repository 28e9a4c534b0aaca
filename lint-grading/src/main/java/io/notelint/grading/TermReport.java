package io.notelint.grading;

import io.notelint.core.rule.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A term of notes: each student's scores over time, the findings that keep coming back and what improved;
 * and for the class, the scores of each assignment and the findings most common across the class (what to
 * teach next). Derived from grades alone, so the same grades in the same order give the same report.
 *
 * <p>Order in time: by session date where notes have one, then by the order the assignments first appear,
 * then input order. A note that was not graded is listed as such and counts for nothing: no score, no
 * findings, neither passed nor failed.
 */
public final class TermReport {

    /** The key for notes that name no assignment. */
    public static final String NO_ASSIGNMENT = "(no assignment)";

    /** How the class did on one assignment. */
    public record AssignmentStats(String id, int notes, int graded, int passed, int failed, int notGraded,
                                  double meanFraction, double medianFraction, List<ClassReport.Band> bands) {
    }

    /** A rule whose findings appeared in graded notes: in how many notes, for how many students. */
    public record FindingStats(String ruleId, String categoryId, String criterion, int notes, int students) {
    }

    /**
     * A kind of finding (a category) in two or more of a student's graded notes: the unit a supervisor teaches
     * to, whichever of its rules fired each time.
     *
     * @param ruleIds the category's rules that fired, in id order
     */
    public record Recurring(String categoryId, List<String> ruleIds, int notes, int of, boolean inLatest) {
    }

    /**
     * A criterion whose score in a student's latest graded note is above their lowest before it (improved), or
     * below every earlier score (declined).
     *
     * @param earlierNote the earlier note with the lowest score on it
     */
    public record Change(String criterionId, String title, String earlierNote, int earlier, int latest, int max) {
    }

    /** One student's term. */
    public record StudentProgress(String studentId, List<Grade> notes, List<Recurring> recurring,
                                  List<Change> improved, List<Change> declined) {

        /** The graded notes, in time order. */
        public List<Grade> graded() {
            return notes.stream().filter(Grade::graded).toList();
        }
    }

    private final List<Grade> ordered;
    private final List<String> assignments;

    public TermReport(List<Grade> grades) {
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        Map<String, String> earliest = new HashMap<>();
        for (Grade g : grades) {
            String a = assignmentOf(g);
            firstSeen.putIfAbsent(a, firstSeen.size());
            if (g.sessionDate() != null && (earliest.get(a) == null || g.sessionDate().compareTo(earliest.get(a)) < 0)) {
                earliest.put(a, g.sessionDate());
            }
        }
        List<String> as = new ArrayList<>(firstSeen.keySet());
        as.sort(Comparator.comparing((String a) -> earliest.get(a), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(firstSeen::get));
        this.assignments = List.copyOf(as);
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < as.size(); i++) {
            rank.put(as.get(i), i);
        }
        List<Grade> input = List.copyOf(grades);
        Map<Grade, Integer> position = new java.util.IdentityHashMap<>();
        for (int i = 0; i < input.size(); i++) {
            position.put(input.get(i), i);
        }
        List<Grade> sorted = new ArrayList<>(input);
        sorted.sort(Comparator.comparing(Grade::sessionDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(g -> rank.get(assignmentOf(g)))
                .thenComparing(position::get));
        this.ordered = List.copyOf(sorted);
    }

    /** The assignment a grade belongs to, or {@link #NO_ASSIGNMENT}. */
    public static String assignmentOf(Grade g) {
        return g.assignmentId() == null ? NO_ASSIGNMENT : g.assignmentId();
    }

    /** Every grade in time order. */
    public List<Grade> grades() {
        return ordered;
    }

    /** The assignments in time order (earliest session date first). */
    public List<String> assignments() {
        return assignments;
    }

    /** Student ids in order; notes without one are under {@link ClassReport#UNKNOWN_STUDENT}. */
    public List<String> students() {
        Set<String> out = new TreeSet<>();
        ordered.forEach(g -> out.add(studentOf(g)));
        return List.copyOf(out);
    }

    static String studentOf(Grade g) {
        return g.studentId() == null ? ClassReport.UNKNOWN_STUDENT : g.studentId();
    }

    /** Each assignment's notes: how many passed, failed or were not graded, and the graded notes' scores. */
    public List<AssignmentStats> byAssignment() {
        List<AssignmentStats> out = new ArrayList<>();
        for (String a : assignments) {
            List<Grade> all = ordered.stream().filter(g -> assignmentOf(g).equals(a)).toList();
            List<Grade> graded = all.stream().filter(Grade::graded).toList();
            int passed = (int) graded.stream().filter(g -> g.outcome() == Grade.Outcome.PASSED).count();
            out.add(new AssignmentStats(a, all.size(), graded.size(), passed, graded.size() - passed,
                    all.size() - graded.size(), ClassReport.meanFraction(graded), ClassReport.medianFraction(graded),
                    ClassReport.distribution(graded)));
        }
        return out;
    }

    /** The rules that fired most across the class's graded notes, most notes first, at most {@code limit}. */
    public List<FindingStats> commonFindings(int limit) {
        Map<String, Integer> notes = new TreeMap<>();
        Map<String, Set<String>> students = new HashMap<>();
        Map<String, String[]> about = new HashMap<>();
        for (Grade g : ordered) {
            if (!g.graded()) {
                continue;
            }
            for (Map.Entry<String, Finding> e : rulesOf(g).entrySet()) {
                notes.merge(e.getKey(), 1, Integer::sum);
                students.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(studentOf(g));
                about.putIfAbsent(e.getKey(), new String[] {e.getValue().category().id(), criterionOf(g, e.getValue())});
            }
        }
        List<FindingStats> out = new ArrayList<>();
        notes.forEach((rule, n) -> out.add(new FindingStats(rule, about.get(rule)[0], about.get(rule)[1], n,
                students.get(rule).size())));
        out.sort(Comparator.comparingInt(FindingStats::notes).reversed()
                .thenComparing(Comparator.comparingInt(FindingStats::students).reversed())
                .thenComparing(FindingStats::ruleId));
        return out.subList(0, Math.min(limit, out.size()));
    }

    /** Every student's progress, in student order. */
    public List<StudentProgress> progress() {
        return students().stream().map(this::progress).toList();
    }

    /** One student's notes in time order, recurring findings, and the criteria that changed. */
    public StudentProgress progress(String studentId) {
        List<Grade> notes = ordered.stream().filter(g -> studentOf(g).equals(studentId)).toList();
        List<Grade> graded = notes.stream().filter(Grade::graded).toList();
        Map<String, Integer> count = new TreeMap<>();
        Map<String, Set<String>> rules = new HashMap<>();
        for (Grade g : graded) {
            Set<String> categories = new TreeSet<>();
            rulesOf(g).forEach((rule, f) -> {
                categories.add(f.category().id());
                rules.computeIfAbsent(f.category().id(), k -> new TreeSet<>()).add(rule);
            });
            categories.forEach(c -> count.merge(c, 1, Integer::sum));
        }
        Set<String> latest = new TreeSet<>();
        if (!graded.isEmpty()) {
            rulesOf(graded.get(graded.size() - 1)).values().forEach(f -> latest.add(f.category().id()));
        }
        List<Recurring> recurring = new ArrayList<>();
        count.forEach((category, n) -> {
            if (n >= 2) {
                recurring.add(new Recurring(category, List.copyOf(rules.get(category)), n, graded.size(),
                        latest.contains(category)));
            }
        });
        recurring.sort(Comparator.comparingInt(Recurring::notes).reversed().thenComparing(Recurring::categoryId));
        List<Change> improved = new ArrayList<>();
        List<Change> declined = new ArrayList<>();
        if (graded.size() >= 2) {
            Grade last = graded.get(graded.size() - 1);
            for (CriterionScore now : last.criteria()) {
                CriterionScore low = null;
                String lowNote = null;
                for (Grade g : graded.subList(0, graded.size() - 1)) {
                    for (CriterionScore s : g.criteria()) {
                        if (s.id().equals(now.id()) && s.max() == now.max() && (low == null || s.score() < low.score())) {
                            low = s;
                            lowNote = g.noteId();
                        }
                    }
                }
                if (low != null && now.score() != low.score()) {
                    (now.score() > low.score() ? improved : declined)
                            .add(new Change(now.id(), now.title(), lowNote, low.score(), now.score(), now.max()));
                }
            }
        }
        return new StudentProgress(studentId, notes, recurring, improved, declined);
    }

    /**
     * Every note in time order, one row each: student, session date, assignment, note, score, maximum, percent,
     * passed (true, false, or empty when not graded), outcome and why it did not pass or was not graded.
     */
    public String csv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("studentId", "sessionDate", "assignmentId", "noteId", "score", "maxScore", "percent",
                "passed", "outcome", "reason"));
        for (Grade g : ordered) {
            String reason = g.outcome() == Grade.Outcome.FAILED ? g.failReason()
                    : !g.ok() ? g.error().message()
                    : !g.graded() ? "checks did not run: " + String.join(", ", g.ruleErrors()) : "";
            rows.add(java.util.Arrays.asList(g.studentId(), g.sessionDate(), g.assignmentId(), g.noteId(),
                    g.graded() ? String.valueOf(g.score()) : "", String.valueOf(g.maxScore()),
                    g.graded() ? Html.percent1(g.fraction()) : "", g.passed() == null ? "" : String.valueOf(g.passed()),
                    g.outcome().label(), reason));
        }
        return io.notelint.output.CsvSheet.of(rows);
    }

    /** The rules that fired on a note, each once, with its first finding. */
    private static Map<String, Finding> rulesOf(Grade g) {
        Map<String, Finding> out = new TreeMap<>();
        Set<Finding> all = new LinkedHashSet<>(g.scoredFindings());
        all.addAll(g.unscored());
        for (Finding f : all) {
            out.putIfAbsent(f.ruleId(), f);
        }
        return out;
    }

    private static String criterionOf(Grade g, Finding f) {
        for (CriterionScore c : g.criteria()) {
            if (c.findings().contains(f)) {
                return c.title();
            }
        }
        return "not scored";
    }
}
