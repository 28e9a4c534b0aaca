package io.notelint.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The structured fields of a note, typed. A field that is absent, or present but not of the documented
 * shape, reads as empty here (rules that need it stay silent); {@link #invalid()} names the fields
 * that were present but unreadable, and {@link #extra()} keeps every key NoteLint does not know.
 *
 * <p>Build one with {@link #builder()}; every field is optional:
 * <pre>{@code
 * NoteFields fields = NoteFields.builder()
 *         .sessionDate(LocalDate.of(2026, 3, 2)).startTime(LocalTime.of(14, 0)).endTime(LocalTime.of(14, 53))
 *         .cptCode("90837").diagnoses(List.of(new Diagnosis("F33.1", "Major depressive disorder")))
 *         .build();
 * Note note = Note.of("n-1", text).withFields(fields);
 * }</pre>
 * The fields and their meaning are described in docs/note-format.md.
 */
public record NoteFields(
        String clientId,
        LocalDate sessionDate,
        LocalTime startTime,
        LocalTime endTime,
        Integer durationMinutes,
        String cptCode,
        String modality,
        List<Diagnosis> diagnoses,
        List<Medication> medications,
        RiskLevel riskLevel,
        List<Goal> goals,
        Clinician clinician,
        Instant signedAt,
        Map<String, String> invalid,
        Map<String, Object> extra) {

    public static final NoteFields EMPTY = new NoteFields(null, null, null, null, null, null, null,
            null, null, null, null, null, null, Map.of(), Map.of());

    public NoteFields {
        diagnoses = diagnoses == null ? null : List.copyOf(diagnoses);
        medications = medications == null ? null : List.copyOf(medications);
        goals = goals == null ? null : List.copyOf(goals);
        invalid = invalid == null ? Map.of() : Map.copyOf(invalid);
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    public Optional<LocalDate> session() {
        return Optional.ofNullable(sessionDate);
    }

    public Optional<LocalTime> start() {
        return Optional.ofNullable(startTime);
    }

    public Optional<LocalTime> end() {
        return Optional.ofNullable(endTime);
    }

    public Optional<Integer> duration() {
        return Optional.ofNullable(durationMinutes);
    }

    public Optional<String> cpt() {
        return Optional.ofNullable(cptCode).filter(s -> !s.isBlank());
    }

    public Optional<RiskLevel> risk() {
        return Optional.ofNullable(riskLevel);
    }

    public Optional<Clinician> signer() {
        return Optional.ofNullable(clinician);
    }

    public Optional<Instant> signed() {
        return Optional.ofNullable(signedAt);
    }

    /** Diagnoses, or an empty list when the field is absent (see {@link #hasDiagnoses()}). */
    public List<Diagnosis> diagnosisList() {
        return diagnoses == null ? List.of() : diagnoses;
    }

    public List<Medication> medicationList() {
        return medications == null ? List.of() : medications;
    }

    public List<Goal> goalList() {
        return goals == null ? List.of() : goals;
    }

    public boolean hasDiagnoses() {
        return diagnoses != null;
    }

    public boolean hasMedications() {
        return medications != null;
    }

    /** A builder with every field empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these fields, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.clientId = clientId;
        b.sessionDate = sessionDate;
        b.startTime = startTime;
        b.endTime = endTime;
        b.durationMinutes = durationMinutes;
        b.cptCode = cptCode;
        b.modality = modality;
        b.diagnoses = diagnoses;
        b.medications = medications;
        b.riskLevel = riskLevel;
        b.goals = goals;
        b.clinician = clinician;
        b.signedAt = signedAt;
        b.invalid = invalid;
        b.extra = extra;
        return b;
    }

    /**
     * Builds {@link NoteFields} one named field at a time. A list left unset stays absent (a rule that
     * needs it stays silent), which is not the same as an empty list (the record says there are none).
     */
    public static final class Builder {
        private String clientId;
        private LocalDate sessionDate;
        private LocalTime startTime;
        private LocalTime endTime;
        private Integer durationMinutes;
        private String cptCode;
        private String modality;
        private List<Diagnosis> diagnoses;
        private List<Medication> medications;
        private RiskLevel riskLevel;
        private List<Goal> goals;
        private Clinician clinician;
        private Instant signedAt;
        private Map<String, String> invalid = Map.of();
        private Map<String, Object> extra = Map.of();

        private Builder() {
        }

        public Builder clientId(String value) {
            clientId = value;
            return this;
        }

        public Builder sessionDate(LocalDate value) {
            sessionDate = value;
            return this;
        }

        public Builder startTime(LocalTime value) {
            startTime = value;
            return this;
        }

        public Builder endTime(LocalTime value) {
            endTime = value;
            return this;
        }

        public Builder durationMinutes(Integer value) {
            durationMinutes = value;
            return this;
        }

        /** The CPT procedure code billed for the session, e.g. "90834". */
        public Builder cptCode(String value) {
            cptCode = value;
            return this;
        }

        /** How the session took place, e.g. "in-person", "telehealth-video" (docs/note-format.md). */
        public Builder modality(String value) {
            modality = value;
            return this;
        }

        public Builder diagnoses(List<Diagnosis> value) {
            diagnoses = value;
            return this;
        }

        public Builder medications(List<Medication> value) {
            medications = value;
            return this;
        }

        public Builder riskLevel(RiskLevel value) {
            riskLevel = value;
            return this;
        }

        /** The treatment-plan goals the session worked on. */
        public Builder goals(List<Goal> value) {
            goals = value;
            return this;
        }

        /** Who signed the note (name and credentials). */
        public Builder clinician(Clinician value) {
            clinician = value;
            return this;
        }

        public Builder signedAt(Instant value) {
            signedAt = value;
            return this;
        }

        /** Fields that were present but could not be read, by name, with the reason (readers set these). */
        public Builder invalid(Map<String, String> value) {
            invalid = value;
            return this;
        }

        /** Keys NoteLint does not know, kept as they were. */
        public Builder extra(Map<String, Object> value) {
            extra = value;
            return this;
        }

        public NoteFields build() {
            return new NoteFields(clientId, sessionDate, startTime, endTime, durationMinutes, cptCode, modality,
                    diagnoses, medications, riskLevel, goals, clinician, signedAt, invalid, extra);
        }
    }
}
