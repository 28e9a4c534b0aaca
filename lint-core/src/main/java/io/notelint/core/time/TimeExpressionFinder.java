package io.notelint.core.time;

import io.notelint.core.text.Span;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds time expressions (dates, weekdays, clock times, intervals, durations, frequencies, relative
 * times) in text. Implementations are immutable and thread-safe. The anchor is the date of service:
 * numeric dates without a year and relative expressions resolve against it, and it decides whether a
 * date lies in the past; with a null anchor nothing is resolved.
 */
public interface TimeExpressionFinder {

    /** Expressions inside {@code region} of {@code text}, in text order, never overlapping. */
    List<TimeExpression> find(CharSequence text, Span region, LocalDate anchor);

    default List<TimeExpression> find(CharSequence text, LocalDate anchor) {
        return find(text, new Span(0, text.length()), anchor);
    }

    /** The default: one pass of a hand-written scanner over the text (time-vocabulary.tsv). */
    static TimeExpressionFinder standard() {
        return ScanningTimeExpressionFinder.INSTANCE;
    }
}
