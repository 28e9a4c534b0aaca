package io.notelint.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The process's standard streams, passed in so tests run commands in-process. {@code out} carries
 * the output the user asked for; {@code err} carries only our own messages, never note text.
 * {@code errTerminal} says whether {@code err} is a terminal someone watches (then a batch shows its
 * progress there).
 */
record Streams(InputStream in, OutputStream out, PrintStream err, boolean errTerminal) {

    Streams(InputStream in, OutputStream out, PrintStream err) {
        this(in, out, err, false);
    }
}
