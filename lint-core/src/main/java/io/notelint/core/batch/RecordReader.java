package io.notelint.core.batch;

/**
 * Reads input records one at a time, lazily: a reader never holds more than the record it is on, so
 * a batch of any size streams through. Not thread-safe; one thread reads, others may decode.
 */
public interface RecordReader extends AutoCloseable {

    /**
     * The next record, or null at the end.
     *
     * @throws java.io.UncheckedIOException when the input itself cannot be read (the message names the
     *         input, never its content)
     */
    PendingRecord next();

    @Override
    void close();
}
