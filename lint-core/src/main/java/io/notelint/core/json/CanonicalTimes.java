package io.notelint.core.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneOffset;

/**
 * Reads the one way most exports write a date ({@code 2026-01-31}), a clock time ({@code 13:30},
 * {@code 13:30:00}) and a signing instant ({@code 2026-02-02T17:27:00Z}) without the JDK's general ISO
 * parsers, which cost a third of reading a record. Each method returns null for anything else (other
 * widths, offsets, fractions, values out of range): the caller then parses with the JDK, so a value read
 * here is exactly the JDK's and every other input, valid or not, goes where it went before
 * ({@code CanonicalTimesTest} holds the two to the same answers). Stateless.
 */
final class CanonicalTimes {

    private CanonicalTimes() {
    }

    /** {@code yyyy-MM-dd} as {@link LocalDate#parse}, or null. */
    static LocalDate date(String s) {
        return s.length() == 10 ? date(s, 0) : null;
    }

    /** {@code HH:mm} or {@code HH:mm:ss} as {@link LocalTime#parse}, or null. */
    static LocalTime time(String s) {
        if (s.length() != 5 && s.length() != 8) {
            return null;
        }
        return time(s, 0, s.length() == 8);
    }

    /** {@code yyyy-MM-ddTHH:mm:ssZ} as {@code OffsetDateTime.parse(s).toInstant()}, or null. */
    static Instant instant(String s) {
        if (s.length() != 20 || s.charAt(10) != 'T' || s.charAt(19) != 'Z') {
            return null;
        }
        LocalDate d = date(s, 0);
        LocalTime t = d == null ? null : time(s, 11, true);
        return t == null ? null : d.atTime(t).toInstant(ZoneOffset.UTC);
    }

    private static LocalDate date(String s, int at) {
        int y = digits(s, at, 4);
        int m = s.charAt(at + 4) == '-' ? digits(s, at + 5, 2) : -1;
        int d = s.charAt(at + 7) == '-' ? digits(s, at + 8, 2) : -1;
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    private static LocalTime time(String s, int at, boolean seconds) {
        int h = digits(s, at, 2);
        int min = s.charAt(at + 2) == ':' ? digits(s, at + 3, 2) : -1;
        int sec = !seconds ? 0 : s.charAt(at + 5) == ':' ? digits(s, at + 6, 2) : -1;
        if (h < 0 || h > 23 || min < 0 || min > 59 || sec < 0 || sec > 59) {
            return null;
        }
        return LocalTime.of(h, min, sec);
    }

    private static int monthLength(int year, int month) {
        return switch (month) {
            case 2 -> Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The number written by the {@code n} ASCII digits at {@code at}, or -1. */
    private static int digits(String s, int at, int n) {
        int v = 0;
        for (int i = at; i < at + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + c - '0';
        }
        return v;
    }
}
