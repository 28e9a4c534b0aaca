package io.notelint.io;

import io.notelint.core.files.IoProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Tells JSON Lines from one JSON document on standard input, where there is no file name to go by. A
 * stream starting with {@code [} is a JSON array; one starting with <code>{</code> is JSON Lines when
 * its first line holds a whole object, else a pretty-printed JSON document. Anything else is neither,
 * and the error says so (and how to name another format) rather than failing once per line.
 */
public final class StdinFormat {

    /** How far ahead the first line is looked at; a first line longer than this is a long JSON line. */
    private static final int LOOK_AHEAD = 1 << 20;

    private StdinFormat() {
    }

    /** The kind of {@code in}, which must support mark/reset; the stream is left where it was. */
    public static InputFile.Kind detect(InputStream in) {
        if (!in.markSupported()) {
            throw new IllegalArgumentException("the stream must support mark and reset");
        }
        try {
            in.mark(LOOK_AHEAD);
            try {
                return kindOf(in);
            } finally {
                in.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input: " + IoProblem.describe(e), e);
        }
    }

    private static InputFile.Kind kindOf(InputStream in) throws IOException {
        int b = firstSignificant(in);
        if (b < 0) {
            return InputFile.Kind.JSON_LINES; // empty: no records either way
        }
        if (b == '[') {
            return InputFile.Kind.JSON;
        }
        if (b != '{') {
            String message = "standard input is neither JSON Lines nor a JSON document (it does not start with"
                    + " '{' or '['); give --input-format csv for CSV, or save a plain-text note as a .txt file";
            throw new UncheckedIOException(message, new IOException(message));
        }
        int depth = 1;
        JsonStrings strings = new JsonStrings();
        for (int read = 1; read < LOOK_AHEAD - 8; read++) {
            int c = in.read();
            if (c < 0 || c == '\n' || c == '\r') {
                return depth == 0 ? InputFile.Kind.JSON_LINES : InputFile.Kind.JSON;
            }
            if (!strings.structural(c)) {
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return InputFile.Kind.JSON_LINES; // a first line this long is one record a line
    }

    /** The first byte that is not white space or a UTF-8 byte-order mark, or -1. */
    private static int firstSignificant(InputStream in) throws IOException {
        int b = in.read();
        if (b == 0xEF) {
            in.read();
            in.read();
            b = in.read();
        }
        while (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
            b = in.read();
        }
        return b;
    }
}
