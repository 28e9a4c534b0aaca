package io.notelint.grading;

import io.notelint.core.config.TreeReader;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.engine.ActiveRule;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.engine.RuleError;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteError;
import io.notelint.core.rule.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Grades notes against a rubric (and optionally an assignment) by linting them and scoring the
 * findings. Built once, immutable and safe to share between threads; the same note always gets the same
 * grade.
 *
 * <pre>{@code
 * Grader grader = Grader.builder().rubric(Rubric.load(path)).linter(linter).build();
 * Grade grade = grader.grade(note);
 * }</pre>
 */
public final class Grader {

    /** The custom field ({@code fields.studentId}) read for the student's id unless told otherwise. */
    public static final String DEFAULT_STUDENT_FIELD = "studentId";

    /** The custom field ({@code fields.assignment}) that says which assignment of a term a note was written for. */
    public static final String DEFAULT_ASSIGNMENT_FIELD = "assignment";

    private final Rubric rubric;
    private final List<Assignment> assignments;
    private final Assignment assignment; // the only one, or null
    private final Linter linter;
    private final String studentField;
    private final String assignmentField;
    private final Scorer scorer; // for failed records: the only assignment's maximum, else the rubric's
    private final Map<String, Scorer> scorers; // by assignment id, in the order given

    private Grader(Rubric rubric, List<Assignment> assignments, Linter linter, String studentField, String assignmentField) {
        this.rubric = rubric;
        this.assignments = List.copyOf(assignments);
        this.assignment = assignments.size() == 1 ? assignments.get(0) : null;
        this.linter = linter;
        this.studentField = studentField;
        this.assignmentField = assignmentField;
        this.scorer = new Scorer(rubric, assignment, TextToolkit.standard().tokenizer());
        Map<String, Scorer> byId = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            byId.put(a.id(), new Scorer(rubric, a, TextToolkit.standard().tokenizer()));
        }
        this.scorers = java.util.Collections.unmodifiableMap(byId);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Rubric rubric() {
        return rubric;
    }

    /** The assignment, when the grader has exactly one. */
    public Optional<Assignment> assignment() {
        return Optional.ofNullable(assignment);
    }

    /** Every assignment the grader knows, in the order given; a note picks its own by its assignment field. */
    public List<Assignment> assignments() {
        return assignments;
    }

    public Linter linter() {
        return linter;
    }

    /** The most a note can score: the rubric's weights plus the assignment's (the rubric's alone with several). */
    public int maxScore() {
        return scorer.maxScore();
    }

    /** Grades a note; the student id is read from the configured field. */
    public Grade grade(Note note) {
        return grade(note, studentIdOf(note).orElse(null));
    }

    /** Grades a note for the given student. */
    public Grade grade(Note note, String studentId) {
        return score(note, studentId, linter.lint(note));
    }

    /**
     * Scores a lint result already made for this note (by this grader's linter or any other), without
     * linting again.
     */
    public Grade score(Note note, String studentId, LintResult result) {
        Objects.requireNonNull(note, "note");
        if (result.error() != null) {
            return failed(note.id(), studentId, result.error());
        }
        String written = fieldText(note, assignmentField).orElse(null);
        String date = note.fields().sessionDate() == null ? null : note.fields().sessionDate().toString();
        Scorer chosen = scorer;
        String assignmentId = written;
        if (!assignments.isEmpty()) {
            if (written == null && assignment == null) {
                return failed(note.id(), studentId, new NoteError("no-assignment", "the note does not say which"
                        + " assignment it answers (fields." + assignmentField + "): one of " + ids(), 0)).inTerm(null, date);
            }
            assignmentId = written == null ? assignment.id() : written;
            chosen = scorers.get(assignmentId);
            if (chosen == null) {
                // kept under the assignment the note names: it must not stand in for a grade of another one
                String hint = GradingFiles.nearest(written, scorers.keySet());
                return failed(note.id(), studentId, new NoteError("wrong-assignment", "the note says it is for"
                        + " assignment '" + written + "', which is not among the assignment files given (" + ids() + ")"
                        + (hint == null ? "" : "; did you mean '" + hint + "'?"), 0)).inTerm(written, date);
            }
        }
        List<String> errors = result.ruleErrors().stream().map(RuleError::ruleId).distinct().sorted().toList();
        if (!errors.isEmpty()) {
            // a score without some checks could be too high (a student could game it): no score at all
            return notGraded(note.id(), studentId, errors).inTerm(assignmentId, date);
        }
        return chosen.score(note.id(), studentId, note.text(), result.findings(), errors).inTerm(assignmentId, date);
    }

    private String ids() {
        return String.join(", ", scorers.keySet());
    }

    /** Error code of a note whose checks did not all run: it gets no score. */
    public static final String NOT_GRADED = "not-graded";

    private Grade notGraded(String noteId, String studentId, List<String> failedRules) {
        NoteError error = new NoteError(NOT_GRADED, "the " + (failedRules.size() == 1 ? "rule " : "rules ")
                + String.join(", ", failedRules) + (failedRules.size() == 1 ? " " : " each ")
                + "failed on this note, so not all of its checks ran and a score could be too high", 0);
        return new Grade(noteId, studentId, 0, maxScore(), rubric.id(), rubric.version(),
                assignment == null ? null : assignment.id(), assignment == null ? null : assignment.version(),
                List.of(), List.of(), failedRules, error, null, scorer.passPoints());
    }

    /** Scores findings directly: the scoring function itself, for tools and tests that vary the findings. */
    public Grade score(String noteId, String studentId, String text, List<Finding> findings) {
        return scorer.score(noteId, studentId, text, findings, List.of());
    }

    /** The grade of a record that is not a note (bad JSON, no text): no score, the error kept. */
    public Grade failed(String noteId, String studentId, NoteError error) {
        return new Grade(noteId, studentId, 0, maxScore(), rubric.id(), rubric.version(),
                assignment == null ? null : assignment.id(), assignment == null ? null : assignment.version(),
                List.of(), List.of(), List.of(), error, null, scorer.passPoints());
    }

    /** The student id in the note's custom field, if it holds text or a number. */
    public Optional<String> studentIdOf(Note note) {
        return fieldText(note, studentField);
    }

    /** The assignment a note says it was written for (its custom field), if it says. */
    public Optional<String> assignmentIdOf(Note note) {
        return fieldText(note, assignmentField);
    }

    private static Optional<String> fieldText(Note note, String field) {
        Object v = note.fields().extra().get(field);
        if (v instanceof String s && !s.isBlank()) {
            return Optional.of(s.strip());
        }
        if (v instanceof Number n) {
            return Optional.of(n.toString());
        }
        return Optional.empty();
    }

    /** Configures and builds a {@link Grader}. */
    public static final class Builder {
        private Rubric rubric;
        private final List<Assignment> assignments = new ArrayList<>();
        private Linter linter;
        private String studentField = DEFAULT_STUDENT_FIELD;
        private String assignmentField = DEFAULT_ASSIGNMENT_FIELD;

        /** The rubric (default: {@link Rubric#defaultRubric()}). */
        public Builder rubric(Rubric value) {
            this.rubric = value;
            return this;
        }

        /** The one assignment every note answers (null: none), replacing any given before. */
        public Builder assignment(Assignment value) {
            assignments.clear();
            if (value != null) {
                assignments.add(value);
            }
            return this;
        }

        /**
         * A term's assignments: each note is scored against the one its assignment field names ({@code
         * fields.assignment}); a note that names none, or another, is not graded.
         */
        public Builder assignments(List<Assignment> values) {
            assignments.clear();
            assignments.addAll(values);
            return this;
        }

        /** The linter whose findings are scored (default: every stable rule on the class path). */
        public Builder linter(Linter value) {
            this.linter = value;
            return this;
        }

        public Builder studentField(String value) {
            this.studentField = Objects.requireNonNull(value, "studentField");
            return this;
        }

        /** The custom field naming the assignment a note was written for (default {@code assignment}). */
        public Builder assignmentField(String value) {
            this.assignmentField = Objects.requireNonNull(value, "assignmentField");
            return this;
        }

        /**
         * Builds the grader.
         *
         * @throws GradingFileException when the rubric or assignment names a rule the linter does not run
         *                              (a typo, or a rule switched off, would otherwise award free points), or
         *                              an assignment requirement reuses a rubric criterion's id
         */
        public Grader build() {
            Rubric r = rubric != null ? rubric : Rubric.defaultRubric();
            Linter l = linter != null ? linter : Linter.builder().build();
            check(r, assignments, l);
            return new Grader(r, assignments, l, studentField, assignmentField);
        }

        private static void check(Rubric r, List<Assignment> assignments, Linter l) {
            Set<String> active = new TreeSet<>();
            for (ActiveRule rule : l.rules()) {
                active.add(rule.id());
            }
            List<TreeReader.Problem> problems = new ArrayList<>();
            for (Criterion c : r.criteria()) {
                for (Deduction d : c.deductions()) {
                    unknownRule(d.target(), d.location(), "rule", active, problems);
                }
            }
            Map<String, Assignment> seen = new LinkedHashMap<>();
            for (Assignment a : assignments) {
                Assignment before = seen.putIfAbsent(a.id(), a);
                if (before != null) {
                    problems.add(new TreeReader.Problem(a.source(), "id", "assignment '" + a.id()
                            + "' is given twice (also " + before.source() + "): each assignment file needs its own id"));
                    continue;
                }
                Set<String> ids = new TreeSet<>();
                r.criteria().forEach(c -> ids.add(c.id()));
                for (Requirement q : a.requirements()) {
                    if (ids.contains(q.id())) {
                        problems.add(new TreeReader.Problem(q.location(), "id",
                                "'" + q.id() + "' is already a criterion of rubric " + r.id() + ": choose another id"));
                    }
                    for (Target t : q.noFindings()) {
                        unknownRule(t, q.location(), "noFindings", active, problems);
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new GradingFileException(problems);
            }
        }

        private static void unknownRule(Target t, String location, String key, Set<String> active,
                                        List<TreeReader.Problem> problems) {
            if (t.kind() == Target.Kind.RULE && !active.contains(t.id())) {
                String hint = GradingFiles.nearest(t.id(), active);
                problems.add(new TreeReader.Problem(location, key, "rule '" + t.id()
                        + "' is not run by the linter" + (hint == null ? " (unknown, or switched off in the config)"
                        : " (did you mean '" + hint + "'?)")));
            }
        }
    }
}
