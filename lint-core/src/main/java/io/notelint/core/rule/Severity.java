package io.notelint.core.rule;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters; ordered, so {@code a.compareTo(b) >= 0} reads "a is at least b". */
public enum Severity {
    INFO, WARNING, ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public static Optional<Severity> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "info", "note" -> Optional.of(INFO);
            case "warning", "warn" -> Optional.of(WARNING);
            case "error" -> Optional.of(ERROR);
            default -> Optional.empty();
        };
    }
}
