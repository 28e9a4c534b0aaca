package io.notelint.output;

import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.engine.LintResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** One result a line ({@link ResultJson}), in input order: the batch format of note-format.md. */
public final class JsonLinesResultWriter implements ResultWriter {

    private final Writer out;

    public JsonLinesResultWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() {
        // JSON Lines has no header
    }

    @Override
    public void write(RecordOrigin origin, LintResult result) {
        try {
            ResultJson.writeLine(result, out);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + io.notelint.core.files.IoProblem.describe(e), e);
        }
    }

    @Override
    public void finish(boolean completed) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + io.notelint.core.files.IoProblem.describe(e), e);
        }
    }
}
