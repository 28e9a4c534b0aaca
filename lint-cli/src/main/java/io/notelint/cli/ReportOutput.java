package io.notelint.cli;

import io.notelint.io.InputFile;
import io.notelint.core.files.IoProblem;
import io.notelint.output.Utf8Output;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where a command writes its report, shared by {@code check} and {@code grade} as a picocli mixin:
 * {@code --output FILE} (written aside and moved into place only when the run succeeds) or standard
 * output (left open: it is not ours to close). One per run.
 */
final class ReportOutput {

    @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "Write the report here (default: standard output).")
    Path output;

    private ReportFile file;

    /** The file named, or null for standard output. */
    Path path() {
        return output;
    }

    /** Refuses an output file that is also one of the inputs (it would be overwritten while read). */
    void refuseInput(List<InputFile> inputs) {
        ReportFile.refuseInput(output, inputs);
    }

    /** What to call the output in messages. */
    String name() {
        return output == null ? "output" : output.toString();
    }

    /**
     * Opens the report: the output file (written aside) or standard output, as UTF-8 text that also takes
     * results a worker already encoded ({@link Utf8Output}).
     */
    Writer open(Streams io) throws IOException {
        file = output == null ? null : ReportFile.create(output);
        OutputStream stream = file == null ? new NonClosing(io.out()) : file.stream();
        return new Utf8Output(stream);
    }

    /**
     * Ends the run with its exit code: the output file is moved into place, except after a usage error,
     * which leaves the previous report (if any) as it was. The exit code, or a message when the file
     * cannot be moved into place.
     */
    int finish(int exit, Streams io) {
        if (file == null) {
            return exit;
        }
        if (exit == ExitCodes.USAGE) {
            file.discard();
            return exit;
        }
        try {
            file.commit();
            return exit;
        } catch (IOException e) {
            file.discard();
            io.err().println("notelint: cannot write " + output + ": " + IoProblem.describe(e));
            return ExitCodes.USAGE;
        }
    }

    /** Standard output stays open after the report: it is not ours to close. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
