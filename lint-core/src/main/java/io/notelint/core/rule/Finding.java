package io.notelint.core.rule;

import io.notelint.core.text.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in one note: data, not a string. Writers decide how to show it.
 *
 * @param span      the words it is about (UTF-16 offsets into the note text); null for a note-level
 *                  finding that points at nothing in particular
 * @param section   the section the span lies in, e.g. "PLAN"; null when none applies
 * @param excerpt   the text under the span; null when there is no span
 * @param suggestion how to fix it, never applied automatically; null when the rule has none
 * @param messageId  the id of the rule's message this finding says ({@code RuleMeta.messages()}), so tests
 *                   and tools can tell findings apart without reading their words; null when unknown
 */
public record Finding(String ruleId, Category category, Severity severity, String message, Span span,
                      String section, String excerpt, String suggestion, String messageId)
        implements Comparable<Finding> {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** A finding that does not say which of its rule's messages it is (built outside the engine). */
    public Finding(String ruleId, Category category, Severity severity, String message, Span span,
                   String section, String excerpt, String suggestion) {
        this(ruleId, category, severity, message, span, section, excerpt, suggestion, null);
    }

    public Optional<Span> spanOpt() {
        return Optional.ofNullable(span);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, category, newSeverity, message, span, section, excerpt, suggestion, messageId);
    }

    /** Position order: findings with spans by start then end, note-level findings (no span) first. */
    @Override
    public int compareTo(Finding o) {
        if (span == null || o.span == null) {
            if (span != o.span) {
                return span == null ? -1 : 1;
            }
        } else {
            int c = span.compareTo(o.span);
            if (c != 0) {
                return c;
            }
        }
        int c = ruleId.compareTo(o.ruleId);
        return c != 0 ? c : message.compareTo(o.message);
    }

    /** Deliberately excludes message, excerpt and suggestion, which may quote the note. */
    @Override
    public String toString() {
        return "Finding[" + ruleId + " " + severity.id() + (span == null ? "" : " " + span.start() + "-" + span.end()) + "]";
    }
}
