package io.notelint.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * NDJSON lines as bytes with their byte offsets (so a line can be read again from a plain file), at most
 * {@code maxBytes} kept: a longer line is read to its end without being held and reported as too long.
 */
final class LineInput {

    private final InputStream in;
    private final int maxBytes;
    private byte[] buf = new byte[8192];
    private int length;
    private long offset;
    private long next;
    private long lineNo;
    private boolean tooLong;

    LineInput(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Moves to the next line; false at the end of the input. */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        offset = next;
        int b = in.read();
        if (b < 0) {
            return false;
        }
        lineNo++;
        while (b >= 0 && b != '\n') {
            next++;
            if (length < maxBytes) {
                if (length == buf.length) {
                    buf = Arrays.copyOf(buf, Math.min(Math.max(buf.length * 2, 1), maxBytes));
                }
                buf[length++] = (byte) b;
            } else {
                tooLong = true;
            }
            b = in.read();
        }
        if (b == '\n') {
            next++;
        }
        if (length > 0 && buf[length - 1] == '\r') {
            length--;
        }
        return true;
    }

    byte[] bytes() {
        return buf;
    }

    int length() {
        return length;
    }

    long offset() {
        return offset;
    }

    long lineNo() {
        return lineNo;
    }

    boolean tooLong() {
        return tooLong;
    }

    boolean blank() {
        for (int i = 0; i < length; i++) {
            if (!Character.isWhitespace(buf[i])) {
                return false;
            }
        }
        return true;
    }
}
