package io.notelint.output;

import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.engine.LintResult;

/**
 * A writer whose output for a result depends on that result alone (JSON Lines, a JSON array's element,
 * the CSV rows of a note), so it can be made on any thread, ahead of the order of writing: a batch
 * encodes each result on the worker that linted it, and the thread that writes in input order only
 * copies the bytes ({@link #writeEncoded}). Writing a result is always encoding it and then writing the
 * bytes, on one thread or two, so the output is the same byte for byte either way.
 */
public interface EncodingResultWriter extends ResultWriter {

    /**
     * This result's output in the format, as UTF-8 bytes, without what depends on its place (a separator
     * between results). Safe to call from any thread at once; reads and writes no state of the writer.
     */
    byte[] encode(RecordOrigin origin, LintResult result);

    /** Writes the bytes {@link #encode} made of the next result in input order. */
    void writeEncoded(byte[] encoded);

    @Override
    default void write(RecordOrigin origin, LintResult result) {
        writeEncoded(encode(origin, result));
    }
}
