/**
 * The note's JSON form ({@link io.notelint.core.json.NoteJson}): a JSON object to a
 * {@link io.notelint.core.model.Note}, or a {@link io.notelint.core.model.NoteFormatException} that says what
 * and where without quoting the record. The readers of lint-io, rule-file examples and RuleTester share it.
 */
package io.notelint.core.json;
