package io.notelint.grading;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.engine.ActiveRule;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.engine.NoteError;
import io.notelint.core.engine.RuleError;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Finding;
import java.util.ArrayList;
import java.util.List;
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

    private final Rubric rubric;
    private final Assignment assignment;
    private final Linter linter;
    private final String studentField;
    private final Scorer scorer;

    private Grader(Rubric rubric, Assignment assignment, Linter linter, String studentField) {
        this.rubric = rubric;
        this.assignment = assignment;
        this.linter = linter;
        this.studentField = studentField;
        this.scorer = new Scorer(rubric, assignment, TextToolkit.standard().tokenizer());
    }

    public static Builder builder() {
        return new Builder();
    }

    public Rubric rubric() {
        return rubric;
    }

    public Optional<Assignment> assignment() {
        return Optional.ofNullable(assignment);
    }

    public Linter linter() {
        return linter;
    }

    /** The most a note can score: the rubric's weights plus the assignment's. */
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
        List<String> errors = result.ruleErrors().stream().map(RuleError::ruleId).distinct().sorted().toList();
        if (!errors.isEmpty()) {
            // a score without some checks would be too high: a student could game it; so no score at all
            return notGraded(note.id(), studentId, errors);
        }
        return scorer.score(note.id(), studentId, note.text(), result.findings(), errors);
    }

    /** Error code of a note whose checks did not all run: it gets no score. */
    public static final String NOT_GRADED = "not-graded";

    private Grade notGraded(String noteId, String studentId, List<String> failedRules) {
        NoteError error = new NoteError(NOT_GRADED, "the " + (failedRules.size() == 1 ? "rule " : "rules ")
                + String.join(", ", failedRules) + (failedRules.size() == 1 ? " " : " each ")
                + "failed on this note, so not all of its checks ran and a score could be too high", 0);
        return new Grade(noteId, studentId, 0, maxScore(), rubric.id(), rubric.version(),
                assignment == null ? null : assignment.id(), assignment == null ? null : assignment.version(),
                List.of(), List.of(), failedRules, error, null);
    }

    /** Scores findings directly: the scoring function itself, for tools and tests that vary the findings. */
    public Grade score(String noteId, String studentId, String text, List<Finding> findings) {
        return scorer.score(noteId, studentId, text, findings, List.of());
    }

    /** The grade of a record that is not a note (bad JSON, no text): no score, the error kept. */
    public Grade failed(String noteId, String studentId, NoteError error) {
        return new Grade(noteId, studentId, 0, maxScore(), rubric.id(), rubric.version(),
                assignment == null ? null : assignment.id(), assignment == null ? null : assignment.version(),
                List.of(), List.of(), List.of(), error, null);
    }

    /** The student id in the note's custom field, if it holds text or a number. */
    public Optional<String> studentIdOf(Note note) {
        Object v = note.fields().extra().get(studentField);
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
        private Assignment assignment;
        private Linter linter;
        private String studentField = DEFAULT_STUDENT_FIELD;

        /** The rubric (default: {@link Rubric#defaultRubric()}). */
        public Builder rubric(Rubric value) {
            this.rubric = value;
            return this;
        }

        public Builder assignment(Assignment value) {
            this.assignment = value;
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
            check(r, assignment, l);
            return new Grader(r, assignment, l, studentField);
        }

        private static void check(Rubric r, Assignment a, Linter l) {
            Set<String> active = new TreeSet<>();
            for (ActiveRule rule : l.rules()) {
                active.add(rule.id());
            }
            List<GradingFileException.Problem> problems = new ArrayList<>();
            for (Criterion c : r.criteria()) {
                for (Deduction d : c.deductions()) {
                    unknownRule(d.target(), d.location(), "rule", active, problems);
                }
            }
            if (a != null) {
                Set<String> ids = new TreeSet<>();
                r.criteria().forEach(c -> ids.add(c.id()));
                for (Requirement q : a.requirements()) {
                    if (ids.contains(q.id())) {
                        problems.add(new GradingFileException.Problem(q.location(), "id",
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
                                        List<GradingFileException.Problem> problems) {
            if (t.kind() == Target.Kind.RULE && !active.contains(t.id())) {
                String hint = TreeReader.nearest(t.id(), active);
                problems.add(new GradingFileException.Problem(location, key, "rule '" + t.id()
                        + "' is not run by the linter" + (hint == null ? " (unknown, or switched off in the config)"
                        : " (did you mean '" + hint + "'?)")));
            }
        }
    }
}
