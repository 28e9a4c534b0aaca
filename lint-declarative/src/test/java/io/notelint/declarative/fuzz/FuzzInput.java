package io.notelint.declarative.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * Fuzzer bytes as text. A first byte 'W' makes the rest UTF-16BE, so the fuzzer can reach every char,
 * lone surrogates included (UTF-8 decoding never yields one); anything else is read as UTF-8 with
 * U+FFFD for bad bytes, which keeps the seed files plain text.
 */
final class FuzzInput {

    private FuzzInput() {
    }

    static String text(byte[] data) {
        if (data.length > 0 && data[0] == 'W') {
            return new String(data, 1, data.length - 1, StandardCharsets.UTF_16BE);
        }
        return new String(data, StandardCharsets.UTF_8);
    }
}
