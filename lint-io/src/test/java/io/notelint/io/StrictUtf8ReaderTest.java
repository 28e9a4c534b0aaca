package io.notelint.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

    /** Everything before the first bad byte is read, then it fails naming that byte. */
    @Test
    void readsUpToTheFirstBadByteAcrossBufferEdges() throws IOException {
        Random random = new Random(7);
        String[] pieces = {"a", "é", "€", "\uD83D\uDE00", "\n", "İ"};
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30_000);
            while (text.length() < length) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
            boolean spoil = round % 2 == 0 && good.length > 0;
            int at = spoil ? random.nextInt(good.length) : -1;
            byte[] bytes = good.clone();
            if (spoil) {
                // a byte that is never valid UTF-8, placed on a character boundary
                while (at > 0 && (bytes[at] & 0xC0) == 0x80) {
                    at--;
                }
                bytes[at] = (byte) 0xFF;
            }
            StrictUtf8Reader reader = new StrictUtf8Reader(new TrickleStream(bytes, random));
            StringBuilder read = new StringBuilder();
            char[] buf = new char[1 + random.nextInt(5000)];
            boolean failed = false;
            try {
                int n;
                while ((n = reader.read(buf, 0, buf.length)) >= 0) {
                    read.append(buf, 0, n);
                }
            } catch (MalformedInputException e) {
                failed = true;
            }
            if (spoil) {
                assertThat(failed).isTrue();
                assertThat(reader.badOffset()).isEqualTo(at);
                assertThat(read.toString()).isEqualTo(new String(good, 0, at, StandardCharsets.UTF_8));
            } else {
                assertThat(failed).isFalse();
                assertThat(read.toString()).isEqualTo(text.toString());
            }
        }
    }

    @Test
    void aTruncatedCharacterAtTheEndIsBad() throws IOException {
        byte[] bytes = {'o', 'k', (byte) 0xE2, (byte) 0x82};
        StrictUtf8Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes));
        char[] buf = new char[10];
        assertThat(reader.read(buf, 0, 10)).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.read(buf, 0, 10))
                .isInstanceOf(MalformedInputException.class);
        assertThat(reader.badOffset()).isEqualTo(2);
    }

    /** Hands out bytes a few at a time, as a pipe does. */
    private static final class TrickleStream extends InputStream {
        private final byte[] bytes;
        private final Random random;
        private int pos;

        TrickleStream(byte[] bytes, Random random) {
            this.bytes = bytes;
            this.random = random;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, bytes.length - pos), 1 + random.nextInt(10_000));
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
