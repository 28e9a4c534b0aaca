package io.notelint.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a {@code .json} document into its values without parsing them: the elements of a top-level
 * array (or the one top-level value), each as its own text, so that one bad or oversized element costs
 * only that element, as one bad line does in JSON Lines. It follows strings (with their escapes) and
 * bracket depth only, so an element with a syntax error inside still ends at the comma after it.
 * Only an unclosed string or bracket runs to the end of the file. No element is kept past {@code
 * maxBytes} (UTF-8): the rest streams past and the element is marked too large.
 */
final class JsonElements {

    /** One element's text and where it starts; {@code text} is null when it was too large. */
    record Element(String text, long line, long column, End end) {
    }

    /** What ended an element. */
    enum End {
        /** A comma: another element follows. */
        COMMA,
        /** The array's closing bracket. */
        CLOSE,
        /** The end of the input at depth zero (a top-level value, or an array never closed). */
        EOF,
        /** The closing bracket of a top-level object or array: what follows is not part of it. */
        VALUE,
        /** The end of the input inside a string or a bracket. */
        INSIDE
    }

    private final LineCountingReader in;
    private final long maxBytes;

    JsonElements(Reader in, long maxBytes) {
        this.in = new LineCountingReader(in);
        this.maxBytes = maxBytes;
    }

    long line() {
        return in.line();
    }

    long column() {
        return in.column();
    }

    /** Skips white space; the next char, not consumed, or -1. */
    int peekNonSpace() throws IOException {
        while (true) {
            int c = in.read();
            if (c < 0) {
                return -1;
            }
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                in.unread(c);
                return c;
            }
        }
    }

    /** Consumes the char {@link #peekNonSpace()} returned. */
    void skip() throws IOException {
        in.read();
    }

    /**
     * Reads one value from the next non-space char to a comma or closing bracket at depth zero (inside
     * an array), or (at top level) to the bracket that closes it or to the end of the input.
     */
    Element next(boolean inArray) throws IOException {
        peekNonSpace();
        long startLine = in.line();
        long startColumn = in.column() + 1;
        StringBuilder text = new StringBuilder();
        long bytes = 0;
        boolean tooLarge = false;
        int depth = 0;
        JsonStrings strings = new JsonStrings();
        while (true) {
            int c = in.read();
            if (c < 0) {
                String t = tooLarge ? null : text.toString().stripTrailing();
                return new Element(t, startLine, startColumn, depth > 0 || strings.inString() ? End.INSIDE : End.EOF);
            }
            boolean structure = strings.structural(c); // false inside a string and for its opening quote
            if (structure && (c == '[' || c == '{')) {
                depth++;
            } else if (structure && (c == ']' || c == '}') && depth > 0) {
                depth--;
                if (depth == 0 && !inArray) {
                    text.append((char) c);
                    return new Element(tooLarge ? null : text.toString(), startLine, startColumn, End.VALUE);
                }
            } else if (structure && inArray && depth == 0 && (c == ',' || c == ']')) {
                String t = tooLarge ? null : text.toString().stripTrailing();
                return new Element(t, startLine, startColumn, c == ',' ? End.COMMA : End.CLOSE);
            }
            if (!tooLarge) {
                bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate((char) c) ? 2 : 3;
                if (bytes > maxBytes) {
                    tooLarge = true;
                    text = new StringBuilder();
                } else {
                    text.append((char) c);
                }
            }
        }
    }
}
