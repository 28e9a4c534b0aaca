package io.notelint.core.io;

import io.notelint.core.limits.Limits;
import java.util.Objects;

/**
 * How the readers treat their input: the limits on one record (size, nesting) and what to do with
 * invalid UTF-8.
 */
public record ReadOptions(Limits limits, InvalidUtf8 invalidUtf8) {

    public static final ReadOptions DEFAULT = new ReadOptions(Limits.DEFAULT, InvalidUtf8.REPLACE);

    public ReadOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(invalidUtf8, "invalidUtf8");
    }

    public static ReadOptions of(Limits limits) {
        return new ReadOptions(limits, InvalidUtf8.REPLACE);
    }

    public ReadOptions withInvalidUtf8(InvalidUtf8 value) {
        return new ReadOptions(limits, value);
    }
}
