package io.notelint.io;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader's chars one at a time through a buffer of its own, with the line and column reached: CR, LF
 * and CRLF each end one line. The char just read can be put back, and then the position is as it was
 * before it, so a row or element that starts right after a lone CR starts on the right line. The
 * readers that cut records without parsing them (CSV rows, JSON elements) share it.
 */
final class LineCountingReader {

    private static final int NONE = -2;

    private final Reader in;
    private final char[] buf = new char[1 << 14];
    private int len;
    private int pos;
    private boolean eof;
    private int pending = NONE;
    private long line = 1;
    private long column;
    private boolean prevCr;
    private long lineBefore = 1;
    private long columnBefore;
    private boolean prevCrBefore;

    LineCountingReader(Reader in) {
        this.in = in;
    }

    /** The line of the last char read (1-based); after a line end, the line it begins. */
    long line() {
        return line;
    }

    /** The column of the last char read (1-based; 0 right after a line end). */
    long column() {
        return column;
    }

    /** The next char, or -1 at the end of the input. */
    int read() throws IOException {
        int c;
        if (pending != NONE) {
            c = pending;
            pending = NONE;
        } else {
            c = raw();
        }
        lineBefore = line;
        columnBefore = column;
        prevCrBefore = prevCr;
        if (c == '\r' || c == '\n' && !prevCr) {
            line++;
            column = 0;
        } else if (c == '\n') {
            column = 0; // the LF of a CRLF: the line was counted at the CR
        } else if (c >= 0) {
            column++;
        }
        prevCr = c == '\r';
        return c;
    }

    /** Puts back {@code c}, the char {@link #read()} just gave: the next read gives it again. */
    void unread(int c) {
        pending = c;
        line = lineBefore;
        column = columnBefore;
        prevCr = prevCrBefore;
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
