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

    /**
     * A reader of {@code text}'s expressions region by region, for callers that need only some regions (the
     * sentences a rule judges): see {@link RegionReader}. This default reads no region on its own.
     */
    default RegionReader regions(CharSequence text, LocalDate anchor) {
        return region -> null;
    }

    /**
     * Exactly the expressions {@code find(text, anchor)} keeps that lie wholly inside a region, in text order,
     * read from the region and a bounded stretch before it; or null when such a reading cannot be sure of
     * giving that (the caller then takes them from the whole text's). Confined to one thread.
     */
    interface RegionReader {
        List<TimeExpression> inside(Span region);
    }

    /** The default: one pass of a hand-written scanner over the text (time-vocabulary.tsv). */
    static TimeExpressionFinder standard() {
        return ScanningTimeExpressionFinder.INSTANCE;
    }
}
