package io.notelint.output;

import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.engine.LintResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * One JSON array of results ({@link ResultJson}), streamed: one element a line between the brackets,
 * so the output is valid JSON and still readable line by line. An element is encoded wherever
 * {@link #encode} is called (a batch's worker); the separator before it, which depends on its place,
 * is written here.
 */
public final class JsonArrayResultWriter implements EncodingResultWriter {

    private final byte[] beforeFirst = {'\n'};
    private final byte[] between = {',', '\n'};

    private final Writer out;
    private boolean first = true;

    public JsonArrayResultWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() {
        write("[");
    }

    @Override
    public byte[] encode(RecordOrigin origin, LintResult result) {
        return ResultJson.toUtf8(result);
    }

    @Override
    public void writeEncoded(byte[] encoded) {
        try {
            Utf8Output.writeUtf8(out, first ? beforeFirst : between);
            first = false;
            Utf8Output.writeUtf8(out, encoded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + io.notelint.core.files.IoProblem.describe(e), e);
        }
    }

    @Override
    public void finish(boolean completed) {
        write(first ? "]\n" : "\n]\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + io.notelint.core.files.IoProblem.describe(e), e);
        }
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + io.notelint.core.files.IoProblem.describe(e), e);
        }
    }
}
