package io.notelint.core.time;

import io.notelint.core.text.Span;
import io.notelint.core.time.TimeExpression.Kind;
import io.notelint.core.time.TimeExpression.Orientation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the parts of a production's reading into a {@link TimeExpression}: the normalised value, the
 * resolved date and the orientation against the session date, or null when the reading is not a time
 * after all (a 7/10 rating, February 30th, 13pm).
 *
 * <p>A slash number without a year is the one hard case: "12/4" is a date but "7/10" after "rates
 * anxiety" is a rating and "4/7 days" a count. Context words (numeric-date-context.tsv) decide, and
 * without a date word before it a number shaped like a 0-10, 0-5 or 0-7 score is not taken as a date.
 */
final class TimeValues {

    /** How one production's parts become an expression (or null: not a time). */
    @FunctionalInterface
    interface Maker {
        TimeExpression make(Groups m, String text, LocalDate anchor);
    }

    private final Set<String> dateCues;
    private final Set<String> ratingCues;
    private final Set<String> countWords;
    private final Map<String, Integer> numberWords;
    private final WordClass weeklyEvery;

    TimeValues(TimeVocabulary vocabulary) {
        Set<String> date = new HashSet<>();
        Set<String> rating = new HashSet<>();
        Set<String> after = new HashSet<>();
        for (String[] row : rows("numeric-date-context.tsv")) {
            String word = row[0].toLowerCase(Locale.ROOT);
            switch (row[1]) {
                case "date" -> date.add(word);
                case "rating" -> rating.add(word);
                case "after" -> after.add(word);
                default -> throw new IllegalStateException("numeric-date-context.tsv: unknown role " + row[1]);
            }
        }
        this.dateCues = Set.copyOf(date);
        this.ratingCues = Set.copyOf(rating);
        this.countWords = Set.copyOf(after);
        Map<String, Integer> numbers = new HashMap<>();
        for (String[] row : rows("number-words.tsv")) {
            numbers.put(row[0], Integer.valueOf(row[1]));
        }
        this.numberWords = Map.copyOf(numbers);
        this.weeklyEvery = vocabulary.get("weekly-every");
    }

    /**
     * The rows of a two-column resource. Read here rather than through the lexicon package, which
     * depends on text analysis: the time package stays at the bottom of the dependency order.
     */
    private static List<String[]> rows(String name) {
        try (InputStream in = TimeValues.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource not found: " + name);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] cols = t.split("\\s*\t\\s*");
                if (cols.length < 2) {
                    throw new IllegalStateException(name + ": needs two tab-separated columns: " + t);
                }
                rows.add(cols);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    // ---- dates -------------------------------------------------------------------------------------

    TimeExpression fullDate(Groups m, LocalDate anchor, int y, int mo, int d) {
        int year = Integer.parseInt(m.group(y));
        if (year < 100) {
            year += 2000;
        }
        LocalDate date = date(year, Integer.parseInt(m.group(mo)), Integer.parseInt(m.group(d)));
        return date == null ? null : expr(m, Kind.DATE, date.toString(), date, compare(date, anchor));
    }

    TimeExpression slashDate(Groups m, String text, LocalDate anchor) {
        int month = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        if (date(2024, month, day) == null) { // 2024: a leap year, so 2/29 stays possible
            return null;
        }
        List<String> before = wordsBefore(text, m.start(), 3);
        String after = wordAfter(text, m.end());
        // a score before it ("from 8/10 to 6/10") makes this one a score too
        boolean rating = countWords.contains(after) || followedBy(text, m.end(), "out of");
        boolean cue = false;
        for (String w : before) {
            rating |= ratingCues.contains(w) || w.indexOf('/') > 0;
            cue |= dateCues.contains(w);
        }
        if (rating) {
            return null;
        }
        cue |= followedByClock(text, m.end());
        boolean scoreShaped = (day == 10 || day == 5 || day == 7) && month <= day
                || month < day && day <= 4; // 1/2, 1/3, 2/3, 1/4, 3/4: fractions
        if (!cue && scoreShaped) {
            return null;
        }
        return monthDay(m, anchor, month, day);
    }

    TimeExpression namedDate(Groups m, LocalDate anchor, int mo, int d, int y) {
        int month = monthNumber(m.group(mo));
        int day = Integer.parseInt(m.group(d));
        if (m.group(y) != null) {
            LocalDate date = date(Integer.parseInt(m.group(y)), month, day);
            return date == null ? null : expr(m, Kind.DATE, date.toString(), date, compare(date, anchor));
        }
        if (date(2024, month, day) == null) {
            return null;
        }
        return monthDay(m, anchor, month, day);
    }

    private static TimeExpression monthDay(Groups m, LocalDate anchor, int month, int day) {
        if (anchor == null) {
            return expr(m, Kind.DATE, "--" + digits(month, 2) + "-" + digits(day, 2), null, Orientation.UNKNOWN);
        }
        LocalDate best = null;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            LocalDate candidate = date(year, month, day);
            if (candidate != null && (best == null || distance(candidate, anchor) < distance(best, anchor))) {
                best = candidate;
            }
        }
        return best == null ? null : expr(m, Kind.DATE, best.toString(), best, compare(best, anchor));
    }

    TimeExpression monthYear(Groups m, String text, LocalDate anchor) {
        int month = monthNumber(m.group(1));
        int year = Integer.parseInt(m.group(2));
        Orientation o = Orientation.UNKNOWN;
        if (anchor != null) {
            int cmp = Integer.compare(year * 12 + month, anchor.getYear() * 12 + anchor.getMonthValue());
            o = cmp < 0 ? Orientation.PAST : cmp > 0 ? Orientation.FUTURE : Orientation.PRESENT;
        }
        return expr(m, Kind.DATE, digits(year, 4) + "-" + digits(month, 2), null, o);
    }

    TimeExpression monthAlone(Groups m, String text, LocalDate anchor) {
        String word = m.group().toLowerCase(Locale.ROOT);
        Orientation o = word.startsWith("last") ? Orientation.PAST
                : word.startsWith("next") ? Orientation.FUTURE : Orientation.UNKNOWN;
        return new TimeExpression(new Span(m.start(1), m.end(1)), Kind.DATE,
                "--" + digits(monthNumber(m.group(1)), 2), null, o);
    }

    TimeExpression yearAlone(Groups m, String text, LocalDate anchor) {
        int year = Integer.parseInt(m.group(1));
        Orientation o = Orientation.UNKNOWN;
        if (anchor != null) {
            o = year < anchor.getYear() ? Orientation.PAST : year > anchor.getYear() ? Orientation.FUTURE : Orientation.PRESENT;
        }
        return new TimeExpression(new Span(m.start(1), m.end(1)), Kind.DATE, Integer.toString(year), null, o);
    }

    // ---- weekdays and clock times -------------------------------------------------------------------

    TimeExpression weekday(Groups m, String text, LocalDate anchor) {
        String modifier = m.groupCount() >= 2 ? m.group(1) : null;
        String day = m.groupCount() >= 2 ? m.group(2) : m.group(1);
        Orientation o = Orientation.UNKNOWN;
        if (modifier != null) {
            String mod = modifier.toLowerCase(Locale.ROOT);
            o = mod.equals("next") || mod.equals("coming") ? Orientation.FUTURE
                    : mod.equals("last") || mod.equals("past") || mod.equals("previous") ? Orientation.PAST
                    : Orientation.UNKNOWN;
        }
        return expr(m, Kind.WEEKDAY, dayOfWeek(day).name(), null, o);
    }

    TimeExpression clock(Groups m, String text, LocalDate anchor) {
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.groupCount() >= 3 && m.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return expr(m, Kind.TIME, digits(hour, 2) + ":" + digits(minute, 2), null, Orientation.UNKNOWN);
    }

    TimeExpression militaryTime(Groups m, String text, LocalDate anchor) {
        return new TimeExpression(new Span(m.start(1), m.end(1)), Kind.TIME, m.group(2) + ":" + m.group(3), null,
                Orientation.UNKNOWN);
    }

    TimeExpression noon(Groups m, String text, LocalDate anchor) {
        // the word as written: only a lower-case "noon" reads as midday
        return expr(m, Kind.TIME, m.group(1).equals("noon") ? "12:00" : "00:00", null, Orientation.UNKNOWN);
    }

    TimeExpression oclock(Groups m, String text, LocalDate anchor) {
        return expr(m, Kind.TIME, pad(m.group(1)) + ":00", null, Orientation.UNKNOWN);
    }

    // ---- frequencies -------------------------------------------------------------------------------

    TimeExpression frequencyWord(Groups m, String text, LocalDate anchor) {
        String w = withoutSpaces(m.group(1).toLowerCase(Locale.ROOT).replace("-", ""));
        String value = switch (w) {
            case "daily", "everyday" -> "1/P1D";
            case "nightly" -> "1/P1D";
            case "weekly" -> "1/P1W";
            case "biweekly", "fortnightly" -> "1/P2W"; // in US therapy usage biweekly is every other week
            case "bimonthly" -> "1/P2M";
            case "semimonthly" -> "2/P1M";
            case "monthly" -> "1/P1M";
            case "quarterly" -> "1/P3M";
            case "annually", "yearly" -> "1/P1Y";
            case "hourly" -> "1/PT1H";
            default -> "1/P1D"; // "every day"
        };
        return expr(m, Kind.FREQUENCY, value, null, Orientation.UNKNOWN);
    }

    TimeExpression timesPer(Groups m, String text, LocalDate anchor) {
        Integer n = number(withoutTimes(m.group(1).toLowerCase(Locale.ROOT)).trim());
        String per = m.group(2).toLowerCase(Locale.ROOT);
        String period = switch (per) {
            case "daily", "nightly", "day", "night", "morning", "evening", "afternoon" -> "P1D";
            case "weekly", "week", "wk", "weekend", "session" -> "P1W";
            case "monthly", "month", "mo" -> "P1M";
            default -> "P1Y";
        };
        return expr(m, Kind.FREQUENCY, (n == null ? "?" : n) + "/" + period, null, Orientation.UNKNOWN);
    }

    TimeExpression every(Groups m, String text, LocalDate anchor) {
        Integer n = m.group(1) == null ? Integer.valueOf(1) : number(m.group(1).toLowerCase(Locale.ROOT));
        String what = m.group(2).toLowerCase(Locale.ROOT);
        String period;
        if (weeklyEvery.contains(what)) {
            period = "P" + (n == null ? 1 : n) + "W";
        } else {
            char unit = unitLetter(what);
            period = unit == 'H' || unit == 'N' ? "PT" + (n == null ? 1 : n) + (unit == 'N' ? "M" : "H")
                    : "P" + (n == null ? 1 : n) + unit;
        }
        return expr(m, Kind.FREQUENCY, "1/" + period, null, Orientation.UNKNOWN);
    }

    TimeExpression onWeekdays(Groups m, String text, LocalDate anchor) {
        return expr(m, Kind.FREQUENCY, "1/P1W", null, Orientation.UNKNOWN);
    }

    TimeExpression qEvery(Groups m, String text, LocalDate anchor) {
        char unit = unitLetter(m.group(2).toLowerCase(Locale.ROOT));
        String period = unit == 'H' ? "PT" + m.group(1) + "H" : "P" + m.group(1) + unit;
        return expr(m, Kind.FREQUENCY, "1/" + period, null, Orientation.UNKNOWN);
    }

    TimeExpression medicationFrequency(Groups m, String text, LocalDate anchor) {
        String c = m.group().toLowerCase(Locale.ROOT).replace(".", "");
        String value = switch (c) {
            case "bid" -> "2/P1D";
            case "tid" -> "3/P1D";
            case "qid" -> "4/P1D";
            default -> "1/P1D";
        };
        return expr(m, Kind.FREQUENCY, value, null, Orientation.UNKNOWN);
    }

    TimeExpression countPer(Groups m, String text, LocalDate anchor) {
        Integer n = number(firstNumber(m.group(1)));
        return expr(m, Kind.FREQUENCY, (n == null ? "?" : n) + "/P1" + unitLetter(m.group(2).toLowerCase(Locale.ROOT)), null,
                Orientation.UNKNOWN);
    }

    // ---- relative to now and amounts of time -----------------------------------------------------

    TimeExpression dayWord(Groups m, String text, LocalDate anchor) {
        String w = m.group(1).toLowerCase(Locale.ROOT);
        int offset = switch (w) {
            case "tomorrow" -> 1;
            case "yesterday" -> -1;
            default -> 0;
        };
        // "tonight" is still ahead of a daytime session ("will call tonight"); "today" is the session itself
        Orientation o = offset > 0 || w.equals("tonight") ? Orientation.FUTURE
                : offset < 0 ? Orientation.PAST : Orientation.PRESENT;
        return expr(m, Kind.RELATIVE, "P" + offset + "D", anchor == null ? null : anchor.plusDays(offset), o);
    }

    TimeExpression laterToday(Groups m, String text, LocalDate anchor) {
        return expr(m, Kind.RELATIVE, "P0D", anchor, Orientation.FUTURE);
    }

    TimeExpression relativeWord(Groups m, String text, LocalDate anchor) {
        String dir = m.group(1).toLowerCase(Locale.ROOT);
        Orientation o = switch (dir) {
            case "next", "coming", "following" -> Orientation.FUTURE;
            case "this" -> Orientation.PRESENT;
            default -> Orientation.PAST;
        };
        String count = m.group(2) == null ? "1" : firstNumber(m.group(2));
        Integer n = number(count);
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        char letter = unit.equals("weekend") ? 'W' : unitLetter(unit);
        String value = (letter == 'H' || letter == 'N' ? "PT" : "P") + (n == null ? "?" : n) + (letter == 'N' ? 'M' : letter);
        return expr(m, Kind.RELATIVE, value, null, o);
    }

    TimeExpression weekAfterNext(Groups m, String text, LocalDate anchor) {
        return expr(m, Kind.RELATIVE, "P2W", null, Orientation.FUTURE);
    }

    TimeExpression laterThis(Groups m, String text, LocalDate anchor) {
        return expr(m, Kind.RELATIVE, "P0" + unitLetter(m.group(2)), null,
                m.group(1).equalsIgnoreCase("later") ? Orientation.FUTURE : Orientation.PAST);
    }

    TimeExpression partOf(Groups m, String text, LocalDate anchor) {
        return expr(m, Kind.RELATIVE, "P0" + unitLetter(m.group(1)), null, Orientation.UNKNOWN);
    }

    TimeExpression comingWeeks(Groups m, String text, LocalDate anchor) {
        return expr(m, Kind.RELATIVE, "P1" + unitLetter(m.group(1)), null, Orientation.FUTURE);
    }

    TimeExpression ago(Groups m, String text, LocalDate anchor) {
        return amount(m, Kind.RELATIVE, anchor, -1);
    }

    TimeExpression interval(Groups m, String text, LocalDate anchor) {
        return amount(m, Kind.INTERVAL, anchor, 1);
    }

    TimeExpression fortnight(Groups m, String text, LocalDate anchor) {
        return expr(m, Kind.INTERVAL, "P2W", anchor == null ? null : anchor.plusWeeks(2), Orientation.FUTURE);
    }

    TimeExpression duration(Groups m, String text, LocalDate anchor) {
        return amount(m, Kind.DURATION, anchor, 0);
    }

    /** An amount of time; {@code sign} 1 counts forward from the anchor, -1 back, 0 is a bare duration. */
    private TimeExpression amount(Groups m, Kind kind, LocalDate anchor, int sign) {
        String amountText = m.group(1).toLowerCase(Locale.ROOT);
        String unitText = m.group(2).toLowerCase(Locale.ROOT);
        char letter = unitLetter(unitText);
        List<String> ends = RangeSplit.split(amountText);
        StringBuilder value = new StringBuilder();
        int count = 0;
        for (String end : ends) {
            Integer n = number(end.trim());
            if (n == null) {
                return null;
            }
            count = n;
            value.append(value.length() == 0 ? "" : "/").append(letter == 'H' || letter == 'N' ? "PT" : "P").append(n)
                    .append(letter == 'N' ? 'M' : letter);
        }
        LocalDate date = null;
        if (anchor != null && sign != 0 && ends.size() == 1 && letter != 'H' && letter != 'N') {
            Period p = period(count, letter);
            date = sign > 0 ? anchor.plus(p) : anchor.minus(p);
        }
        Orientation o = sign > 0 ? Orientation.FUTURE : sign < 0 ? Orientation.PAST : Orientation.UNKNOWN;
        return expr(m, kind, value.toString(), date, o);
    }

    /** The period of {@code n} units (D, W, M or Y): what {@link Period#parse} makes of "P" n unit. */
    private static Period period(int n, char unit) {
        return switch (unit) {
            case 'D' -> Period.ofDays(n);
            case 'W' -> Period.ofWeeks(n);
            case 'M' -> Period.ofMonths(n);
            case 'Y' -> Period.ofYears(n);
            default -> throw new IllegalArgumentException("not a calendar unit: " + unit);
        };
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static TimeExpression expr(Groups m, Kind kind, String value, LocalDate date, Orientation o) {
        return new TimeExpression(new Span(m.start(), m.end()), kind, value, date, o);
    }

    private static Orientation compare(LocalDate date, LocalDate anchor) {
        if (anchor == null) {
            return Orientation.UNKNOWN;
        }
        int cmp = date.compareTo(anchor);
        return cmp < 0 ? Orientation.PAST : cmp > 0 ? Orientation.FUTURE : Orientation.PRESENT;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static LocalDate date(int year, int month, int day) {
        // the common misses ("13/1", "2/30", "7/0") tested first: an exception costs more than the whole reading
        if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int monthNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (n.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month");
    }

    private static DayOfWeek dayOfWeek(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, Math.min(3, n.length())))) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a weekday");
    }

    /** D, W, M (month), Y, H (hour) or N (minute) for a unit word. */
    private static char unitLetter(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("min")) {
            return 'N';
        }
        if (u.startsWith("h")) {
            return 'H';
        }
        if (u.startsWith("d") || u.startsWith("night") || u.startsWith("morning") || u.startsWith("evening")
                || u.startsWith("afternoon")) {
            return 'D';
        }
        if (u.startsWith("w") || u.startsWith("session")) {
            return 'W';
        }
        if (u.startsWith("mo") || u.startsWith("mth")) {
            return 'M';
        }
        return 'Y';
    }

    /** A count as a number: digits, or a number word ("a couple of" is 2), else null. */
    private Integer number(String word) {
        String w = word.trim();
        // "a couple" is a couple; "couple of" is a couple
        if (w.length() > 1 && w.charAt(0) == 'a' && Cursor.space(w.charAt(1))) {
            int i = 1;
            while (i < w.length() && Cursor.space(w.charAt(i))) {
                i++;
            }
            w = w.substring(i);
        }
        if (w.endsWith("of") && w.length() > 2 && Cursor.space(w.charAt(w.length() - 3))) {
            int i = w.length() - 2;
            while (i > 0 && Cursor.space(w.charAt(i - 1))) {
                i--;
            }
            w = w.substring(0, i);
        }
        if (w.isEmpty()) {
            return 1;
        }
        if (Character.isDigit(w.charAt(0))) {
            try {
                return Integer.valueOf(w);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return numberWords.get(w);
    }

    /** The count of "3 times", "2x", "twice": without the "x" or "times" and the white space before it. */
    private static String withoutTimes(String count) {
        int cut = count.endsWith("times") ? 5 : count.endsWith("time") ? 4 : count.endsWith("x") ? 1 : 0;
        int end = count.length() - cut;
        if (cut > 0) {
            while (end > 0 && Cursor.space(count.charAt(end - 1))) {
                end--;
            }
        }
        return count.substring(0, end);
    }

    private static String withoutSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Cursor.space(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    private static String firstNumber(String amount) {
        return RangeSplit.split(amount.toLowerCase(Locale.ROOT)).get(0);
    }

    /** {@code value} (not negative) in decimal, with zeros before it up to {@code width} digits, as %0nd writes it. */
    private static String digits(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static String pad(String hour) {
        return hour.length() == 1 ? "0" + hour : hour;
    }

    /** Up to {@code n} lower-cased words before {@code at}, nearest last, within the line. */
    private static List<String> wordsBefore(String text, int at, int n) {
        List<String> words = new ArrayList<>();
        int i = at - 1;
        while (i >= 0 && words.size() < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '.' && i > 0 && !Character.isLetter(text.charAt(i - 1))) {
                break;
            }
            if (Character.isLetterOrDigit(c) || c == '/') {
                int end = i + 1;
                while (i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '/')) {
                    i--;
                }
                words.add(0, text.substring(i + 1, end).toLowerCase(Locale.ROOT));
            } else {
                i--;
            }
        }
        return words;
    }

    private static String wordAfter(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i).toLowerCase(Locale.ROOT);
    }

    private static boolean followedBy(String text, int at, String phrase) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return text.length() - i >= phrase.length()
                && text.substring(i, i + phrase.length()).equalsIgnoreCase(phrase);
    }

    /** A clock time right after a date: \s*(,\s*)?(at|@)?\s*\d{1,2}(:[0-5]\d|\s*[ap]\.?m), ASCII case-insensitive. */
    private static boolean followedByClock(String text, int at) {
        int n = text.length();
        int i = skipSpaces(text, at);
        if (i < n && text.charAt(i) == ',') {
            i = skipSpaces(text, i + 1);
        }
        if (i < n && text.charAt(i) == '@') {
            i++;
        } else if (asciiWordAt(text, i, "at")) {
            i += 2;
        }
        i = skipSpaces(text, i);
        int digits = 0;
        while (i + digits < n && digits < 2 && Cursor.digit(text.charAt(i + digits))) {
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        i += digits;
        if (i + 2 < n && text.charAt(i) == ':' && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '5'
                && Cursor.digit(text.charAt(i + 2))) {
            return true;
        }
        i = skipSpaces(text, i);
        if (i >= n || (text.charAt(i) | 0x20) != 'a' && (text.charAt(i) | 0x20) != 'p' || text.charAt(i) > 'z') {
            return false;
        }
        i++;
        if (i < n && text.charAt(i) == '.') {
            i++;
        }
        return i < n && (text.charAt(i) == 'm' || text.charAt(i) == 'M');
    }

    /** Between a day and a clock time, only white space and perhaps one of , at @ from (ASCII case-insensitive). */
    static boolean dayToClock(String text, int from, int to) {
        int i = from;
        while (i < to && Cursor.space(text.charAt(i))) {
            i++;
        }
        if (i < to && (text.charAt(i) == ',' || text.charAt(i) == '@')) {
            i++;
        } else if (i + 2 <= to && asciiWordAt(text, i, "at")) {
            i += 2;
        } else if (i + 4 <= to && asciiWordAt(text, i, "from")) {
            i += 4;
        }
        while (i < to && Cursor.space(text.charAt(i))) {
            i++;
        }
        return i == to;
    }

    /**
     * A position at or before every {@code from} for which {@link #dayToClock}{@code (text, from, to)} holds:
     * back over white space, over one connector (, @ at from) if one ends there, and over white space again.
     * Taking every connector that could end there, whole word or not, only moves the position further back.
     */
    static int dayGapFrom(String text, int to) {
        int i = to;
        while (i > 0 && Cursor.space(text.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && (text.charAt(i - 1) == ',' || text.charAt(i - 1) == '@')) {
            i--;
        } else if (i >= 4 && asciiWordAt(text, i - 4, "from")) {
            i -= 4;
        } else if (i >= 2 && asciiWordAt(text, i - 2, "at")) {
            i -= 2;
        }
        while (i > 0 && Cursor.space(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Cursor.space(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code word} (lower-case ASCII) at {@code i}, with ASCII letters in either case. */
    private static boolean asciiWordAt(String text, int i, String word) {
        if (i + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(i + k);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + 0x20) : c;
            if (lower != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
