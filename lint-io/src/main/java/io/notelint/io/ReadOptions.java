package io.notelint.io;

import io.notelint.core.limits.Limits;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How the readers treat their input: the limits on one record (size, nesting), what to do with
 * invalid UTF-8, how CSV columns map to notes, and a counter of input bytes consumed (for progress;
 * null when nobody watches).
 */
public record ReadOptions(Limits limits, InvalidUtf8 invalidUtf8, CsvMapping csv, AtomicLong consumed) {

    public static final ReadOptions DEFAULT = new ReadOptions(Limits.DEFAULT, InvalidUtf8.REPLACE, CsvMapping.DEFAULT, null);

    public ReadOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(invalidUtf8, "invalidUtf8");
        csv = csv == null ? CsvMapping.DEFAULT : csv;
    }

    public ReadOptions(Limits limits, InvalidUtf8 invalidUtf8) {
        this(limits, invalidUtf8, CsvMapping.DEFAULT, null);
    }

    public static ReadOptions of(Limits limits) {
        return new ReadOptions(limits, InvalidUtf8.REPLACE);
    }

    public ReadOptions withInvalidUtf8(InvalidUtf8 value) {
        return new ReadOptions(limits, value, csv, consumed);
    }

    public ReadOptions withCsv(CsvMapping value) {
        return new ReadOptions(limits, invalidUtf8, value, consumed);
    }

    public ReadOptions withConsumed(AtomicLong counter) {
        return new ReadOptions(limits, invalidUtf8, csv, counter);
    }
}
