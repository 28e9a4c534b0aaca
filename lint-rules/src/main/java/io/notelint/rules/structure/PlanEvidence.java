package io.notelint.rules.structure;

import io.notelint.core.analysis.Section;
import io.notelint.core.text.Span;
import io.notelint.core.time.TimeExpression;
import java.util.List;

/**
 * What a note holds by way of a plan: its plan sections (and whether any says something), and the
 * forward-looking statements found in its sentences.
 *
 * @param planSections      sections headed as a plan (a combined "Assessment/Plan" included)
 * @param substantive       true when some plan section holds more than a placeholder
 * @param statements        forward-looking plan statements anywhere in the note
 * @param emptyPlanRescued  true when every plan section is empty but a strong statement follows the
 *                          plan header in a non-format section ("P:" then "Homework: ...")
 * @param nextContacts      the times that name the next contact (see {@link NextContactFinder})
 * @param endsCare          the plan discharges, terminates or transfers care: no next contact is due
 */
record PlanEvidence(List<Section> planSections, boolean substantive, List<Statement> statements,
                    boolean emptyPlanRescued, List<TimeExpression> nextContacts, boolean endsCare) {

    /** How sure a statement is to be the clinician's plan. */
    enum Strength { STRONG, WEAK }

    /** A forward-looking statement: its cue's span, role (contact, homework, referral, intent, will, imperative). */
    record Statement(Span cue, String role, Strength strength) {
    }

    PlanEvidence {
        planSections = List.copyOf(planSections);
        statements = List.copyOf(statements);
        nextContacts = List.copyOf(nextContacts);
    }

    /** No plan at all: no plan section content and no plan statement; or only empty plan sections. */
    boolean missing() {
        if (!planSections.isEmpty()) {
            return !substantive && !emptyPlanRescued;
        }
        return statements.isEmpty() && nextContacts.isEmpty();
    }

    /** A plan surely exists: a plan section with content, or a strong plan statement. */
    boolean strong() {
        return !missing() && (substantive || !nextContacts.isEmpty()
                || statements.stream().anyMatch(s -> s.strength() == Strength.STRONG));
    }

    /** Every plan section is empty or a placeholder ("P: N/A"). */
    boolean onlyEmptyPlanSections() {
        return !planSections.isEmpty() && !substantive;
    }
}
