package io.notelint.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 that stops at the first bad byte, but only once every char before it has been read: an
 * {@code InputStreamReader} decodes ahead and fails a whole buffer early, losing the records before the
 * bad byte. {@link #badOffset()} names the byte.
 */
final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    /** Bytes consumed from the stream before the start of {@link #bytes}' content. */
    private long consumedBefore;
    private boolean endOfInput;
    private long badOffset = -1;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    /** Offset in the stream of the first byte that is not UTF-8, or -1. */
    long badOffset() {
        return badOffset;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (badOffset >= 0) {
                throw new MalformedInputException(1);
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    /** Decodes more chars; false at the end of the input. */
    private boolean fill() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (!bytes.hasRemaining() && endOfInput) {
                    return false;
                }
                if (!endOfInput && bytes.remaining() < 4) {
                    consumedBefore += bytes.position();
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        endOfInput = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
                CoderResult r = decoder.decode(bytes, chars, endOfInput);
                if (r.isError()) {
                    badOffset = consumedBefore + bytes.position();
                    return chars.position() > 0 || raise();
                }
                if (endOfInput && !bytes.hasRemaining()) {
                    decoder.flush(chars);
                    return chars.position() > 0;
                }
                if (r.isUnderflow() && chars.position() == 0 && endOfInput) {
                    return false;
                }
            }
            return true;
        } finally {
            chars.flip();
        }
    }

    private static boolean raise() throws MalformedInputException {
        throw new MalformedInputException(1);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
