package io.notelint.core.model;

/**
 * Why a record could not be linted at all (bad JSON, missing text, over a limit).
 *
 * @param code    stable machine-readable reason, e.g. "invalid-json", "missing-field", "too-large"
 * @param message what and where, never the note's text
 * @param line    1-based input line (JSONL) or record number, 0 when not applicable
 */
public record NoteError(String code, String message, long line) {
}
