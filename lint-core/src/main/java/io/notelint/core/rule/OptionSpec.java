package io.notelint.core.rule;

import java.util.List;
import java.util.Objects;

/**
 * One option a rule accepts, with its type and default. Config values are checked against it when the
 * linter is built, so a typo fails at start-up, not in the middle of a batch.
 */
public record OptionSpec(String name, Type type, Object defaultValue, String description) {

    public enum Type { INTEGER, NUMBER, BOOLEAN, STRING, STRING_LIST }

    public OptionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        defaultValue = coerce(type, defaultValue);
        if (defaultValue == null) {
            throw new IllegalArgumentException("option " + name + ": default does not fit type " + type);
        }
    }

    public static OptionSpec integer(String name, int defaultValue, String description) {
        return new OptionSpec(name, Type.INTEGER, defaultValue, description);
    }

    public static OptionSpec number(String name, double defaultValue, String description) {
        return new OptionSpec(name, Type.NUMBER, defaultValue, description);
    }

    public static OptionSpec bool(String name, boolean defaultValue, String description) {
        return new OptionSpec(name, Type.BOOLEAN, defaultValue, description);
    }

    public static OptionSpec string(String name, String defaultValue, String description) {
        return new OptionSpec(name, Type.STRING, defaultValue, description);
    }

    public static OptionSpec stringList(String name, List<String> defaultValue, String description) {
        return new OptionSpec(name, Type.STRING_LIST, defaultValue, description);
    }

    /** The value as this option's Java type, or null when it does not fit. */
    public static Object coerce(Type type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case INTEGER -> value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    ? Integer.valueOf(n.intValue()) : null;
            case NUMBER -> value instanceof Number n ? Double.valueOf(n.doubleValue()) : null;
            case BOOLEAN -> value instanceof Boolean b ? b : null;
            case STRING -> value instanceof String s ? s : null;
            case STRING_LIST -> value instanceof List<?> l && l.stream().allMatch(String.class::isInstance)
                    ? List.copyOf(l.stream().map(String.class::cast).toList()) : null;
        };
    }

    public Object coerce(Object value) {
        return coerce(type, value);
    }
}
