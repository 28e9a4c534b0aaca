package io.notelint.output;

import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.engine.LintResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * One JSON array of results ({@link ResultJson}), streamed: one element a line between the brackets,
 * so the output is valid JSON and still readable line by line.
 */
public final class JsonArrayResultWriter implements ResultWriter {

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
    public void write(RecordOrigin origin, LintResult result) {
        write(first ? "\n" : ",\n");
        first = false;
        try {
            ResultJson.writeLine(result, out);
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
