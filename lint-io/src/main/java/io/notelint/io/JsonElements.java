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

    private final Reader in;
    private final long maxBytes;
    private final char[] buf = new char[1 << 14];
    private int len;
    private int pos;
    private boolean eof;
    private long line = 1;
    private long column;
    private boolean prevCr;
    private int pending = NONE;
    private static final int NONE = -2;

    JsonElements(Reader in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    long line() {
        return line;
    }

    long column() {
        return column;
    }

    /** Skips white space; the next char, not consumed, or -1. */
    int peekNonSpace() throws IOException {
        while (true) {
            int c = read();
            if (c < 0) {
                return -1;
            }
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                pending = c;
                column--;
                return c;
            }
        }
    }

    /** Consumes the char {@link #peekNonSpace()} returned. */
    void skip() throws IOException {
        read();
    }

    /**
     * Reads one value from the next non-space char to a comma or closing bracket at depth zero (inside
     * an array), or (at top level) to the bracket that closes it or to the end of the input.
     */
    Element next(boolean inArray) throws IOException {
        peekNonSpace();
        long startLine = line;
        long startColumn = column + 1;
        StringBuilder text = new StringBuilder();
        long bytes = 0;
        boolean tooLarge = false;
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        while (true) {
            int c = read();
            if (c < 0) {
                String t = tooLarge ? null : text.toString().stripTrailing();
                return new Element(t, startLine, startColumn, depth > 0 || inString ? End.INSIDE : End.EOF);
            }
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
                if (depth == 0 && !inArray) {
                    text.append((char) c);
                    return new Element(tooLarge ? null : text.toString(), startLine, startColumn, End.VALUE);
                }
            } else if (inArray && depth == 0 && (c == ',' || c == ']')) {
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

    private int read() throws IOException {
        int c;
        if (pending != NONE) {
            c = pending;
            pending = NONE;
            column++;
            return c; // line accounting was done when it was first read
        }
        c = raw();
        if (c == '\r' || c == '\n' && !prevCr) {
            line++;
            column = 0;
        } else if (c == '\n') {
            column = 0;
        } else if (c >= 0) {
            column++;
        }
        prevCr = c == '\r';
        return c;
    }

    private int raw() throws IOException {
        if (pos == len) {
            if (eof) {
                return -1;
            }
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                eof = true;
                return -1;
            }
        }
        return buf[pos++];
    }
}
