package io.notelint.rules.structure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A concrete next step that a note's plan set for the time before the next note: a scheduled session, or
 * homework, a task, a referral or a safety-plan step (plan-follow-through).
 *
 * @param kind   what sort of step
 * @param words  the step as the note wrote it (one clause), for the message
 * @param keys   the normal forms of the words that name the step ("thought", "record", "pharmacy"); empty
 *               when the step has none beyond generic plan words ("Daily practice.")
 * @param dates  for a session, the dates it was scheduled for; empty otherwise
 */
record PlanStep(Kind kind, String words, Set<String> keys, List<LocalDate> dates) {

    /** The sorts of step, each with its own way of being followed up. */
    enum Kind { SESSION, HOMEWORK, REFERRAL, SAFETY }

    PlanStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(words, "words");
        keys = Set.copyOf(keys);
        dates = List.copyOf(dates);
    }
}
