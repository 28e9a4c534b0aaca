package io.notelint.io;

import io.notelint.core.batch.NoteRecord;
import io.notelint.core.batch.PendingRecord;
import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.model.NoteError;

/** A record already known to be bad when read (too long, syntax error, unreadable file). */
record FailedRecord(RecordOrigin origin, String noteId, NoteError error) implements PendingRecord {

    @Override
    public NoteRecord decode() {
        return NoteRecord.failed(origin, noteId, error);
    }
}
