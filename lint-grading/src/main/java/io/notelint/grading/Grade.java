package io.notelint.grading;

import io.notelint.core.model.NoteError;
import io.notelint.core.rule.Finding;
import java.util.List;
import java.util.Objects;

/**
 * One note's grade: its score against the rubric (and assignment), criterion by criterion, with the
 * findings behind every lost point. Contains no time stamp, so the same note always grades the same.
 *
 * @param studentId         whose note it is; null when unknown
 * @param assignmentId      null when graded without an assignment
 * @param unscored          findings that no criterion counts (shown, never scored)
 * @param ruleErrors        ids of rules that failed on this note: the score may be too high
 * @param error             why the record could not be graded at all (score 0, no criteria), or null
 * @param text              the note text the spans point into; never serialised whole
 * @param passMark          the points needed to pass
 * @param sessionDate       the note's session date (ISO yyyy-mm-dd) for ordering a term, or null
 */
public record Grade(String noteId, String studentId, int score, int maxScore, String rubricId,
                    String rubricVersion, String assignmentId, String assignmentVersion,
                    List<CriterionScore> criteria, List<Finding> unscored, List<String> ruleErrors,
                    NoteError error, String text, int passMark, String sessionDate) {

    /** Whether a note passed: only a fully checked note can pass or fail. */
    public enum Outcome {
        PASSED("passed"), FAILED("not passed"), NOT_GRADED("not graded");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        /** How reports say it. */
        public String label() {
            return label;
        }
    }

    public Grade {
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(rubricId, "rubricId");
        Objects.requireNonNull(rubricVersion, "rubricVersion");
        criteria = List.copyOf(criteria);
        unscored = List.copyOf(unscored);
        ruleErrors = List.copyOf(ruleErrors);
    }

    /** A grade without a session date or term assignment, as scored. */
    public Grade(String noteId, String studentId, int score, int maxScore, String rubricId, String rubricVersion,
                 String assignmentId, String assignmentVersion, List<CriterionScore> criteria, List<Finding> unscored,
                 List<String> ruleErrors, NoteError error, String text, int passMark) {
        this(noteId, studentId, score, maxScore, rubricId, rubricVersion, assignmentId, assignmentVersion, criteria,
                unscored, ruleErrors, error, text, passMark, null);
    }

    public boolean ok() {
        return error == null;
    }

    /**
     * Whether the note was fully checked: it is a note and every rule ran on it. Anything else is "not
     * graded", never a pass or a fail, because a rule that did not run may have hidden a lost point.
     */
    public boolean graded() {
        return ok() && ruleErrors.isEmpty();
    }

    /** The critical criteria this note failed, in rubric order. */
    public List<CriterionScore> failedCritical() {
        return criteria.stream().filter(CriterionScore::failedCritical).toList();
    }

    /** Not graded, failed (a critical criterion, or below the pass mark), or passed. */
    public Outcome outcome() {
        if (!graded()) {
            return Outcome.NOT_GRADED;
        }
        return failedCritical().isEmpty() && score >= passMark ? Outcome.PASSED : Outcome.FAILED;
    }

    /** True or false for a graded note; null when it was not graded. */
    public Boolean passed() {
        Outcome o = outcome();
        return o == Outcome.NOT_GRADED ? null : o == Outcome.PASSED;
    }

    /** Why a graded note did not pass, in one sentence; null when it passed or was not graded. */
    public String failReason() {
        if (outcome() != Outcome.FAILED) {
            return null;
        }
        List<CriterionScore> critical = failedCritical();
        if (!critical.isEmpty()) {
            return "Critical criterion failed: " + String.join("; ", critical.stream().map(CriterionScore::title).toList())
                    + " (a note that misses this does not pass, whatever its total).";
        }
        return "Below the pass mark: " + score + " of " + maxScore + ", " + passMark + " needed.";
    }

    /** This grade placed in a term: the assignment it was written for and its session date. */
    public Grade inTerm(String termAssignmentId, String date) {
        return new Grade(noteId, studentId, score, maxScore, rubricId, rubricVersion, termAssignmentId,
                termAssignmentId != null && termAssignmentId.equals(assignmentId) ? assignmentVersion : null, criteria,
                unscored, ruleErrors, error, text, passMark, date);
    }

    /** The same grade without the note text, for reports that keep many grades. */
    public Grade withoutText() {
        return new Grade(noteId, studentId, score, maxScore, rubricId, rubricVersion, assignmentId, assignmentVersion,
                criteria, unscored, ruleErrors, error, null, passMark, sessionDate);
    }

    /** The score as a fraction of the maximum, 0..1. */
    public double fraction() {
        return maxScore == 0 ? 0 : (double) score / maxScore;
    }

    /** Every finding that cost points, once each, in note order. */
    public List<Finding> scoredFindings() {
        return criteria.stream().flatMap(c -> c.findings().stream()).distinct().sorted().toList();
    }

    @Override
    public String toString() {
        return "Grade[" + noteId + " " + score + "/" + maxScore + "]";
    }
}
