package io.notelint.core.config;

import io.notelint.core.rule.Severity;
import java.util.Map;

/**
 * How the config sets one rule: on or off, a severity override (null keeps the default) and option
 * values (checked against the rule's option specs when the linter is built).
 */
public record RuleSettings(boolean enabled, Severity severity, Map<String, Object> options) {

    public RuleSettings {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    public static final RuleSettings OFF = new RuleSettings(false, null, Map.of());

    public static RuleSettings on() {
        return new RuleSettings(true, null, Map.of());
    }

    public static RuleSettings severity(Severity severity) {
        return new RuleSettings(true, severity, Map.of());
    }

    /** This setting with another's non-default parts laid over it (a user config over a profile). */
    public RuleSettings overlay(RuleSettings over) {
        Map<String, Object> merged = new java.util.LinkedHashMap<>(options);
        merged.putAll(over.options);
        return new RuleSettings(over.enabled, over.severity != null ? over.severity : severity, merged);
    }
}
