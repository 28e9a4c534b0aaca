package io.notelint.core.time;

import io.notelint.core.text.Span;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A time expression found in note text: where it stands, what kind it is, a normalised value, and,
 * where that is cheap, the calendar date it resolves to against the session date.
 *
 * <p>Values by kind: DATE {@code 2026-12-04}, {@code --12-04} (no year, no anchor), {@code 2019} or
 * {@code 2026-12}; WEEKDAY {@code TUESDAY}; TIME {@code 15:00} (or {@code NOON}); INTERVAL, DURATION and
 * RELATIVE an ISO-8601 period ({@code P2W}, {@code PT8H}, {@code P1M}, ranges as {@code P1W/P2W});
 * FREQUENCY {@code count/period} ({@code 1/P1W} weekly, {@code 1/P2W} every other week,
 * {@code 2/P1D} twice a day).
 *
 * @param date        the resolved date, or null when not resolved
 * @param orientation whether the expression points before or after the session (or is unknown)
 */
public record TimeExpression(Span span, Kind kind, String value, LocalDate date, Orientation orientation) {

    /** What a time expression denotes. */
    public enum Kind {
        /** A calendar date or part of one: 12/4, 12/04/2026, Dec 4, December 4th, in 2019. */
        DATE,
        /** A day of the week: Tuesday, next Thursday, Mon 12/4. */
        WEEKDAY,
        /** A clock time: 3pm, 15:00, 3:30 p.m., noon. */
        TIME,
        /** An amount of time counted from the session: in two weeks, within a month, 2 weeks from now. */
        INTERVAL,
        /** A bare amount of time: 8 hours, 2 wks, 45 minutes. */
        DURATION,
        /** A repetition: weekly, every other week, biweekly, twice a day, 2x/week, on Mondays. */
        FREQUENCY,
        /** A time named relative to now: next week, tomorrow, last week, two weeks ago, end of the month. */
        RELATIVE
    }

    /** Where the expression lies relative to the session. */
    public enum Orientation { PAST, PRESENT, FUTURE, UNKNOWN }

    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        orientation = orientation == null ? Orientation.UNKNOWN : orientation;
    }

    public Optional<LocalDate> resolved() {
        return Optional.ofNullable(date);
    }

    public boolean isPast() {
        return orientation == Orientation.PAST;
    }

    public boolean isFuture() {
        return orientation == Orientation.FUTURE;
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
