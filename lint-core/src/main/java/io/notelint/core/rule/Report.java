package io.notelint.core.rule;

import io.notelint.core.text.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule reports, before the engine turns it into a {@link Finding}: a message id with
 * arguments, where, and an optional suggestion id (a template of the rule's metadata, filled with the
 * same arguments).
 * Immutable; each {@code with} call returns a new value.
 */
public record Report(String messageId, Span span, String section, Map<String, String> args, String suggestionId) {

    public Report {
        Objects.requireNonNull(messageId, "messageId");
        args = Map.copyOf(args == null ? Map.of() : args);
    }

    public static Report of(String messageId) {
        return new Report(messageId, null, null, Map.of(), null);
    }

    public Report at(Span where) {
        return new Report(messageId, where, section, args, suggestionId);
    }

    public Report inSection(String sectionName) {
        return new Report(messageId, span, sectionName, args, suggestionId);
    }

    public Report arg(String name, Object value) {
        Map<String, String> next = new LinkedHashMap<>(args);
        next.put(name, String.valueOf(value));
        return new Report(messageId, span, section, next, suggestionId);
    }

    /** Attaches the rule's suggestion of this id ({@code RuleMeta.Builder.suggestion}). */
    public Report suggest(String id) {
        return new Report(messageId, span, section, args, id);
    }
}
