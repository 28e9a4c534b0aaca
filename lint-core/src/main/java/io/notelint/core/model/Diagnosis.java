package io.notelint.core.model;

/** A diagnosis: a code (ICD-10-CM as a rule) and its display text, either possibly empty. */
public record Diagnosis(String code, String display) {
    public Diagnosis {
        code = code == null ? "" : code.trim();
        display = display == null ? "" : display.trim();
    }
}
