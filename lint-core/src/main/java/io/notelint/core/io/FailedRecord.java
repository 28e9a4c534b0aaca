package io.notelint.core.io;

import io.notelint.core.engine.NoteError;

/** A record already known to be bad when read (too long, syntax error, unreadable file). */
record FailedRecord(RecordOrigin origin, String noteId, NoteError error) implements PendingRecord {

    @Override
    public NoteRecord decode() {
        return NoteRecord.failed(origin, noteId, error);
    }
}
