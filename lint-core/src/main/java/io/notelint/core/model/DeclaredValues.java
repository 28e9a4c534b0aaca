package io.notelint.core.model;

import java.util.Locale;
import java.util.Optional;

/** How a note declares an enum value (its kind, its format): any case, trimmed, or "auto". */
final class DeclaredValues {

    private DeclaredValues() {
    }

    /** The constant named by {@code value} in any case; empty for null, an unknown name and "auto". */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True for {@code auto} in any case: "work it out", the same as no value. */
    static boolean isAuto(String value) {
        return value != null && value.trim().equalsIgnoreCase("auto");
    }
}
