package io.notelint.output;

import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.engine.LintResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * One result a line ({@link ResultJson}), in input order: the batch format of note-format.md. A line is
 * encoded wherever {@link #encode} is called (a batch's worker), and written here as bytes.
 */
public final class JsonLinesResultWriter implements EncodingResultWriter {

    private final byte[] newline = {'\n'};

    private final Writer out;

    public JsonLinesResultWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() {
        // JSON Lines has no header
    }

    @Override
    public byte[] encode(RecordOrigin origin, LintResult result) {
        return ResultJson.toUtf8(result);
    }

    @Override
    public void writeEncoded(byte[] encoded) {
        try {
            Utf8Output.writeUtf8(out, encoded);
            Utf8Output.writeUtf8(out, newline);
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
