package io.notelint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Text writers on standard output for the commands that print tables and explanations. */
final class StdoutWriters {

    private StdoutWriters() {
    }

    /** UTF-8 on the command's output stream; callers flush, nobody closes. */
    static PrintWriter writer(Streams io) {
        return new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), false);
    }
}
