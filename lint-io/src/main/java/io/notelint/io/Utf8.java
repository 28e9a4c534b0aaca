package io.notelint.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a record's bytes under an {@link InvalidUtf8} policy. */
final class Utf8 {

    private Utf8() {
    }

    /** A decoded record, or the offset of its first invalid byte. */
    record Decoded(String text, long badOffset) {
        boolean ok() {
            return text != null;
        }
    }

    static Decoded decode(byte[] bytes, int from, int length, InvalidUtf8 policy) {
        if (policy == InvalidUtf8.REPLACE) {
            return new Decoded(new String(bytes, from, length, StandardCharsets.UTF_8), -1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
        CharBuffer out = CharBuffer.allocate(length); // UTF-8 never decodes to more chars than bytes
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            return new Decoded(null, in.position() - from);
        }
        out.flip();
        return new Decoded(out.toString(), -1);
    }

    /**
     * True when a stream (that supports mark) starts like UTF-16 text: a UTF-16 byte-order mark, or two
     * ASCII chars each with a zero byte beside it ({@code [\0\n\0} or {@code \0i\0d}), which UTF-8
     * JSON or CSV never starts with. Nothing is consumed.
     */
    static boolean utf16(java.io.InputStream in) throws java.io.IOException {
        in.mark(4);
        byte[] b = in.readNBytes(4);
        in.reset();
        if (utf16Bom(b, b.length)) {
            return true;
        }
        return b.length == 4 && (b[1] == 0 && b[3] == 0 && b[0] > 0 && b[2] > 0
                || b[0] == 0 && b[2] == 0 && b[1] > 0 && b[3] > 0);
    }

    /** True when the bytes start with a UTF-16 byte-order mark: a file saved as "Unicode" by a Windows tool. */
    static boolean utf16Bom(byte[] bytes, int length) {
        return length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF);
    }
}
