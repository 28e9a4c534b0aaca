package io.notelint.core.batch;

import io.notelint.core.model.Note;
import io.notelint.core.model.NoteError;
import java.util.Objects;

/**
 * One input record, decoded: a note ready to lint, or the reason it is not one. A bad record is
 * never dropped: it becomes an error result at its place in the batch.
 *
 * @param noteId the note's id; for a record without a readable id, {@code line-N} (or {@code record-N}
 *               inside a JSON array)
 * @param note   the note, or null when {@code error} is set
 * @param error  why the record is not a note (never quoting it), or null
 */
public record NoteRecord(RecordOrigin origin, String noteId, Note note, NoteError error) {

    public NoteRecord {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(noteId, "noteId");
        if ((note == null) == (error == null)) {
            throw new IllegalArgumentException("a record is either a note or an error");
        }
    }

    public static NoteRecord of(RecordOrigin origin, Note note) {
        return new NoteRecord(origin, note.id(), note, null);
    }

    public static NoteRecord failed(RecordOrigin origin, String noteId, NoteError error) {
        return new NoteRecord(origin, noteId, null, error);
    }

    public boolean ok() {
        return error == null;
    }
}
