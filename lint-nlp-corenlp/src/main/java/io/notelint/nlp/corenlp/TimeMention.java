package io.notelint.nlp.corenlp;

import io.notelint.core.text.Span;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A time expression SUTime found, in NoteLint's terms: where it stands, what kind it is, a normalised value,
 * the calendar date it resolves to against the session date (null when not resolved), and whether it lies
 * before or after the session.
 *
 * <p>Kinds: DATE (12/4/2026, Dec 4), WEEKDAY (Tuesday, next Tuesday), TIME (3pm; the date when a day is
 * named), INTERVAL (a duration counted from the session: in two weeks), DURATION (a bare amount: 8 hours),
 * FREQUENCY (weekly, every other week, twice a week) and RELATIVE (next week, tomorrow, two weeks ago).
 * Values: an ISO date or week ({@code 2026-12-04}, {@code 2026-W48}), a weekday name ({@code TUESDAY}), a
 * clock time ({@code 15:00}), an ISO period ({@code P2W}, ranges {@code P3W/P4W}) or, for frequencies,
 * {@code count/period} ({@code 1/P2W} every other week, {@code 2/P1W} twice a week).
 */
public record TimeMention(Span span, Kind kind, String value, LocalDate date, Orientation orientation) {

    /** What the expression denotes. */
    public enum Kind { DATE, WEEKDAY, TIME, INTERVAL, DURATION, FREQUENCY, RELATIVE }

    /** Where it lies relative to the session date. */
    public enum Orientation { PAST, PRESENT, FUTURE, UNKNOWN }

    public TimeMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        orientation = orientation == null ? Orientation.UNKNOWN : orientation;
    }
}
