package io.notelint.grading;

import io.notelint.core.engine.NoteError;
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
 */
public record Grade(String noteId, String studentId, int score, int maxScore, String rubricId,
                    String rubricVersion, String assignmentId, String assignmentVersion,
                    List<CriterionScore> criteria, List<Finding> unscored, List<String> ruleErrors,
                    NoteError error, String text) {

    public Grade {
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(rubricId, "rubricId");
        Objects.requireNonNull(rubricVersion, "rubricVersion");
        criteria = List.copyOf(criteria);
        unscored = List.copyOf(unscored);
        ruleErrors = List.copyOf(ruleErrors);
    }

    public boolean ok() {
        return error == null;
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
