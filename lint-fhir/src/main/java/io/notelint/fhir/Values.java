package io.notelint.fhir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The few value shapes the {@link FactLog} keeps (strings that may be null, ints, longs), as bytes and back. */
final class Values {

    private Values() {
    }

    /** Writes a value's parts in order. */
    static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);

        Out str(String s) {
            if (s == null) {
                i32(-1);
                return this;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            i32(b.length);
            bytes.writeBytes(b);
            return this;
        }

        Out i32(int v) {
            bytes.write(v >>> 24);
            bytes.write(v >>> 16);
            bytes.write(v >>> 8);
            bytes.write(v);
            return this;
        }

        Out i64(long v) {
            return i32((int) (v >>> 32)).i32((int) v);
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    /** Reads them back in the same order. */
    static final class In {
        private final byte[] b;
        private int at;

        In(byte[] b) {
            this.b = b;
        }

        String str() {
            int n = i32();
            if (n < 0) {
                return null;
            }
            String s = new String(b, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        int i32() {
            int v = ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
            at += 4;
            return v;
        }

        long i64() {
            return ((long) i32() << 32) | (i32() & 0xffffffffL);
        }
    }
}
