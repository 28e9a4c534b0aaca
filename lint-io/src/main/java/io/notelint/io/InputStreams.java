package io.notelint.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Opening inputs: gzip is read transparently whatever the file is called (recognised by its magic
 * bytes, so {@code notes.jsonl.gz} and a gzipped stream on standard input both work), and the bytes
 * taken from the underlying file are counted, so a progress display can compare them with the file
 * sizes it knows.
 */
public final class InputStreams {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private InputStreams() {
    }

    /**
     * {@code raw} buffered, counted into {@code consumed} (may be null), and decompressed when it starts
     * with the gzip magic bytes.
     */
    public static InputStream open(InputStream raw, AtomicLong consumed) throws IOException {
        return opened(raw, consumed).stream();
    }

    /**
     * An opened input: its bytes (buffered, decompressed), and whether gzip data was followed by bytes
     * that are not gzip (known once the stream has been read to its end).
     */
    record Opened(InputStream stream, BooleanSupplier trailingJunk) {
    }

    /** Like {@link #open}, keeping what is needed to tell whether gzip data was followed by junk. */
    static Opened opened(InputStream raw, AtomicLong consumed) throws IOException {
        InputStream counted = consumed == null ? raw : new Counting(raw, consumed);
        BufferedInputStream in = new BufferedInputStream(counted, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2) {
            GzipMembers gz = new GzipMembers(in);
            return new Opened(new BufferedInputStream(gz, 1 << 16), gz::trailingJunk);
        }
        return new Opened(in, () -> false);
    }

    /** Adds every byte read to a shared counter. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong consumed;

        Counting(InputStream in, AtomicLong consumed) {
            super(in);
            this.consumed = consumed;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                consumed.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                consumed.addAndGet(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = in.skip(n);
            if (s > 0) {
                consumed.addAndGet(s);
            }
            return s;
        }
    }
}
