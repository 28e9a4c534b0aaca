package io.notelint.core.model;

import java.util.Locale;
import java.util.Optional;

/** The structured risk level of note-format.md, in increasing order. */
public enum RiskLevel {
    NONE, LOW, MODERATE, HIGH, IMMINENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Moderate, high or imminent: the levels that call for a documented safety intervention. */
    public boolean elevated() {
        return compareTo(MODERATE) >= 0;
    }

    public static Optional<RiskLevel> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
