package io.notelint.fhir;

import io.notelint.core.model.Clinician;
import io.notelint.core.model.Diagnosis;
import io.notelint.core.model.Goal;
import io.notelint.core.model.Medication;
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

    /** {@code Condition}: the diagnosis, and the encounter or client it belongs to. */
    record Condition(Diagnosis diagnosis, String encounter, String subject) {
    }

    /** {@code MedicationStatement}/{@code MedicationRequest}; {@code medication} null for "no known medications". */
    record MedicationUse(Medication medication, String encounter, String subject) {
    }

    /** {@code RiskAssessment}: the highest qualitative risk it predicts, as a NoteLint risk level id. */
    record Risk(String level, String encounter, String subject) {
    }

    /** {@code Goal}. */
    record GoalFact(String ref, Goal goal, String subject) {
    }

    /** {@code CarePlan}: the goals it works on, for an encounter or for the client. */
    record CarePlan(List<String> goals, String encounter, String subject) {
    }

    /** {@code Practitioner}: name and credentials; {@code PractitionerRole} resolves to its practitioner. */
    record Practitioner(Clinician clinician) {
    }

    /** {@code Patient}: the client id records systems show (the first identifier), or null. */
    record Patient(String clientId) {
    }

    /**
     * A note resource, as indexed in the first pass: enough to order a client's notes and find them again.
     *
     * @param order the note's place in time: the session start, else the document date, else when the
     *              record was last updated (ISO text, compared as instants by {@link HistoryOrder})
     */
    record NoteEntry(String ref, Location where, String subject, String encounter, String periodStart,
                     String date, String lastUpdated) {
    }
}
