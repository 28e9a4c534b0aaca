package io.notelint.output;

import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.engine.LintResult;

/**
 * Writes a batch's results in one output format, streaming: {@link #write} is called once per input
 * record, in input order, and nothing but what a format needs at its end (SARIF's notifications, the
 * text summary's counts) is kept. A writer does not close the stream it writes to; its owner does.
 * Not thread-safe: one thread writes.
 *
 * <p>Note text reaches the output only as the findings' excerpts and, in the text format, the source
 * line under a finding: both are what the user asked for. Nothing is written anywhere else.
 */
public interface ResultWriter {

    /** Called once before the first result. */
    void begin();

    /** One result, with where its record came from. */
    void write(RecordOrigin origin, LintResult result);

    /**
     * Called once after the last result, then the output is flushed.
     *
     * @param completed false when the batch stopped early because an input could not be read
     */
    void finish(boolean completed);
}
