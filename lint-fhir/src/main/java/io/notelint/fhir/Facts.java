package io.notelint.fhir;

import io.notelint.core.model.Clinician;
import io.notelint.core.model.Goal;
import java.util.List;

/**
 * What the reader keeps of the resources around the notes: a few small values each, never a whole
 * resource, so an export's encounters and practitioners cost little memory. References are kept as
 * {@code Type/id} strings (see {@link Refs}).
 */
final class Facts {

    private Facts() {
    }

    /** A {@code Period}'s ends as written ({@code 2026-02-24T19:00:00Z}, or a date alone), either may be null. */
    record When(String start, String end) {
        boolean isEmpty() {
            return start == null && end == null;
        }
    }

    /** {@code Encounter}: when, how long, how, what was billed, the diagnoses it lists. */
    record Encounter(String subject, When period, Integer lengthMinutes, String classCode, String classDisplay,
                     String cpt, List<String> diagnosisConditions) {
    }

    /** {@code Goal}, with its reference (to tell the client's standing goals from an encounter's). */
    record GoalFact(String ref, Goal goal) {
    }

    /** {@code Practitioner}: name and credentials; {@code PractitionerRole} resolves to its practitioner. */
    record Practitioner(Clinician clinician) {
    }

    /** {@code Patient}: the client id records systems show (the first identifier), or null. */
    record Patient(String clientId) {
    }

    /** No time: the value of {@link NoteEntry#start} and {@link NoteEntry#fallback} when absent. */
    static final long NO_TIME = Long.MIN_VALUE;

    /**
     * A note resource, as indexed in the first pass: enough to order a client's notes and find them again.
     *
     * @param start    its own session start ({@code context.period.start} / {@code event.period.start}) in
     *                 epoch milliseconds, or {@link #NO_TIME}
     * @param fallback its {@code date}, else {@code meta.lastUpdated}, or {@link #NO_TIME} (see {@link HistoryOrder})
     */
    record NoteEntry(String ref, Location where, String subject, String encounter, long start, long fallback) {
    }
}
