package io.notelint.grading;

import io.notelint.core.rule.Finding;
import io.notelint.core.text.Span;
import java.util.List;

/**
 * How one note did on one criterion.
 *
 * @param source   RUBRIC for a rubric criterion, ASSIGNMENT for an assignment requirement
 * @param findings the findings that cost points here, in note order
 * @param losses   the points each deduction took, in the rubric's order (empty at full marks)
 * @param evidence for an assignment requirement: where the note shows the required wording
 * @param summary  what happened, in one sentence ("Lost 6 of 12 points: 2 findings of vague-language ...")
 * @param feedback the summary and, when points were lost, why it matters and how to fix it
 * @param why      why the criterion matters
 * @param fix      how to meet it
 * @param critical       whether this criterion can fail the note on its own
 * @param failedCritical whether it did: the note does not pass, whatever its total
 */
public record CriterionScore(String id, String title, Source source, int score, int max, List<Finding> findings,
                             List<Loss> losses, List<Span> evidence, String summary, String feedback, String why, String fix,
                             boolean critical, boolean failedCritical) {

    public enum Source { RUBRIC, ASSIGNMENT }

    public CriterionScore {
        findings = List.copyOf(findings);
        losses = List.copyOf(losses);
        evidence = List.copyOf(evidence);
        if (score < 0 || score > max) {
            throw new IllegalArgumentException("score out of range");
        }
        if (failedCritical && !critical) {
            throw new IllegalArgumentException("only a critical criterion can fail a note");
        }
    }

    public boolean fullMarks() {
        return score == max;
    }

    public int lost() {
        return max - score;
    }
}
