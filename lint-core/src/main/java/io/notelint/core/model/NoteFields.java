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
}
