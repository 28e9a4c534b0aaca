package io.notelint.core.engine;

/**
 * A rule that failed on one note. The message names the exception type and where it was thrown, never
 * the exception's own message, which might quote the note.
 */
public record RuleError(String ruleId, String message) {
}
