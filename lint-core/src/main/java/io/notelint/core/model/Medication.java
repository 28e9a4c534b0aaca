package io.notelint.core.model;

/** A current medication as the record lists it; dose and frequency are free text ("100 mg", "daily"). */
public record Medication(String name, String dose, String frequency) {
    public Medication {
        name = name == null ? "" : name.trim();
        dose = dose == null ? "" : dose.trim();
        frequency = frequency == null ? "" : frequency.trim();
    }
}
