/**
 * The note model: {@link io.notelint.core.model.Note} (an id, text and structured {@link
 * io.notelint.core.model.NoteFields}); the format is described in docs/note-format.md.
 */
package io.notelint.core.model;
