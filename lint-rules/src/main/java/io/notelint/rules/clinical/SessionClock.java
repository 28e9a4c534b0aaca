package io.notelint.rules.clinical;

import io.notelint.core.model.NoteFields;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Session time arithmetic shared by the inconsistency and administrative rules. Session times are local
 * wall-clock times; they are read in the zone named by a {@code timeZone} field (an extra field, IANA id or
 * offset) and as UTC when there is none, which is why the rules built on it only flag what is wrong in
 * every zone unless the zone is given.
 */
final class SessionClock {

    private static final int DAY = 24 * 60;

    private SessionClock() {
    }

    /** Minutes from start to end; an end before the start is read as a session that ran past midnight. */
    static int minutesBetween(LocalTime start, LocalTime end) {
        int diff = (int) Duration.between(start, end).toMinutes();
        return diff < 0 ? diff + DAY : diff;
    }

    /** The span of the start and end fields, when both are present. */
    static OptionalInt clockMinutes(NoteFields f) {
        if (f.startTime() == null || f.endTime() == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(minutesBetween(f.startTime(), f.endTime()));
    }

    /** The session's length: {@code durationMinutes}, else end minus start, else nothing. */
    static OptionalInt minutes(NoteFields f) {
        if (f.durationMinutes() != null) {
            return OptionalInt.of(f.durationMinutes());
        }
        return clockMinutes(f);
    }

    /** The zone a {@code timeZone} (or {@code timezone}, {@code tz}) field names, if it names a valid one. */
    static Optional<ZoneId> declaredZone(NoteFields f) {
        for (String key : new String[] {"timeZone", "timezone", "tz", "zone"}) {
            Object v = f.extra().get(key);
            if (v instanceof String s && !s.isBlank()) {
                try {
                    return Optional.of(ZoneId.of(s.trim()));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static ZoneId zone(NoteFields f) {
        return declaredZone(f).orElse(ZoneOffset.UTC);
    }

    /** The instant the session ended: date + end time (next day past midnight), else start + duration, else start. */
    static Optional<Instant> sessionEnd(NoteFields f) {
        LocalDate date = f.sessionDate();
        if (date == null) {
            return Optional.empty();
        }
        ZoneId zone = zone(f);
        LocalTime start = f.startTime();
        LocalTime end = f.endTime();
        if (end != null) {
            LocalDate endDate = start != null && end.isBefore(start) ? date.plusDays(1) : date;
            return Optional.of(LocalDateTime.of(endDate, end).atZone(zone).toInstant());
        }
        if (start != null) {
            int plus = f.durationMinutes() == null ? 0 : f.durationMinutes();
            return Optional.of(LocalDateTime.of(date, start).plusMinutes(plus).atZone(zone).toInstant());
        }
        return Optional.empty();
    }

    /** The calendar date of an instant in the note's zone. */
    static LocalDate localDate(Instant instant, NoteFields f) {
        return instant.atZone(zone(f)).toLocalDate();
    }
}
