package io.notelint.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Gzip data (RFC 1952), member after member as {@code cat a.gz b.gz} makes them, that notices what
 * follows the last member. The JDK's {@code GZIPInputStream} stops silently at bytes that are not a
 * gzip header: a damaged file, or a plain file appended to a gzipped one, lost its tail without a word.
 * Here such bytes end the data too, and {@link #trailingJunk()} says so, for the reader to report.
 */
final class GzipMembers extends InputStream {

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final PushbackInputStream in;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] buf = new byte[1 << 16];
    private int bufLen;
    private boolean done;
    private boolean junk;

    GzipMembers(InputStream in) throws IOException {
        this.in = new PushbackInputStream(in, buf.length);
        if (!header()) {
            throw new ZipException("not in gzip format");
        }
    }

    /** True when bytes that are not gzip followed the last member. */
    boolean trailingJunk() {
        return junk;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!done) {
            try {
                int n = inflater.inflate(b, off, len);
                if (n > 0) {
                    crc.update(b, off, n);
                    return n;
                }
            } catch (DataFormatException e) {
                throw new ZipException("invalid gzip data");
            }
            if (inflater.finished()) {
                in.unread(buf, bufLen - inflater.getRemaining(), inflater.getRemaining());
                trailer();
                inflater.reset();
                crc.reset();
                done = !header();
            } else if (inflater.needsDictionary()) {
                throw new ZipException("invalid gzip data");
            } else if (inflater.needsInput()) {
                bufLen = in.read(buf, 0, buf.length);
                if (bufLen < 0) {
                    throw new EOFException("gzip data ends early");
                }
                inflater.setInput(buf, 0, bufLen);
            }
        }
        return -1;
    }

    /** Reads a member's header; false at the end of the input, or (noting it) at bytes that are not gzip. */
    private boolean header() throws IOException {
        int m1 = in.read();
        if (m1 < 0) {
            return false;
        }
        int m2 = in.read();
        if (m1 != 0x1F || m2 != 0x8B) {
            junk = true;
            return false;
        }
        int method = in.read();
        int flags = in.read();
        if (method != 8 || flags < 0) {
            junk = true;
            return false;
        }
        skip(6); // modification time, extra flags, operating system
        if ((flags & FEXTRA) != 0) {
            int xlen = in.read() | in.read() << 8;
            skip(xlen);
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            skip(2);
        }
        return true;
    }

    private void trailer() throws IOException {
        long storedCrc = uint32();
        long size = uint32();
        if (storedCrc != crc.getValue() || size != (inflater.getBytesWritten() & 0xFFFFFFFFL)) {
            throw new ZipException("corrupt gzip trailer");
        }
    }

    private long uint32() throws IOException {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("gzip data ends early");
            }
            v |= (long) b << (8 * i);
        }
        return v;
    }

    private void skip(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            if (in.read() < 0) {
                throw new EOFException("gzip data ends early");
            }
        }
    }

    private void skipZeroTerminated() throws IOException {
        int b;
        do {
            b = in.read();
            if (b < 0) {
                throw new EOFException("gzip data ends early");
            }
        } while (b != 0);
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}
