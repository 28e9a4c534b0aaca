package io.notelint.core.batch;

/**
 * A record as read from its input but not yet decoded. Reading is sequential and cheap; decoding (JSON
 * to {@code Note}, or reading a text file) may then run on any thread, so a batch decodes in parallel.
 */
public interface PendingRecord {

    RecordOrigin origin();

    /** Decodes the record; never throws for bad content, which becomes an error record instead. */
    NoteRecord decode();
}
