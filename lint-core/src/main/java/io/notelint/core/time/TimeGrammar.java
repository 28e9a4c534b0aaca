package io.notelint.core.time;

import java.util.List;

/**
 * How time expressions are written, as steps over the text: each production reads one shape ("Dec
 * 4th, 2026", "in two weeks", "q2wks") from a given position and says where its parts stand, or that
 * it is not there. Words come from {@link TimeVocabulary}; this class holds only the order in which
 * they may follow each other. Where a shape could be read in more than one way, the readings are
 * tried in a fixed order (the vocabulary's item order, more digits before fewer, an optional part
 * before its absence) and the first complete one is taken, which makes every reading repeatable.
 *
 * <p>Expressions start where no letter, number or slash precedes (numeric dates are stricter: no
 * digit, slash or dot), and most end where no letter or number follows; comments give each
 * production's shape in a regex-like shorthand: B and E for those two edges, {@code <class>} for a
 * vocabulary class, (n) for part n.
 */
final class TimeGrammar {

    /** Reads one shape at a position: its parts, or null when it does not stand there. */
    @FunctionalInterface
    interface Reading {
        Groups read(Cursor c, int p);
    }

    /**
     * One shape: the vocabulary classes it can begin with ({@code #} for a digit), how it is read and
     * how its parts become a {@link TimeExpression}.
     */
    record Production(String name, List<String> leads, Reading reading, TimeValues.Maker maker) {
    }

    private final WordClass number;
    private final WordClass range;
    private final WordClass unit;
    private final WordClass weekday;
    private final WordClass weekdayAbbr;
    private final WordClass weekdays;
    private final WordClass month;
    private final WordClass monthAbbr;
    private final WordClass ordinal;
    private final WordClass the;
    private final WordClass of;
    private final WordClass on;
    private final WordClass monthLead;
    private final WordClass yearLead;
    private final WordClass weekdayModifier;
    private final WordClass weekdayAbbrLead;
    private final WordClass amPm;
    private final WordClass clockLead;
    private final WordClass hoursSuffix;
    private final WordClass noon;
    private final WordClass oclock;
    private final WordClass frequency;
    private final WordClass once;
    private final WordClass times;
    private final WordClass timesPer;
    private final WordClass period;
    private final WordClass timesFrequency;
    private final WordClass every;
    private final WordClass everyCount;
    private final WordClass everyPeriod;
    private final WordClass q;
    private final WordClass qUnit;
    private final WordClass medicationFrequency;
    private final WordClass countNoun;
    private final WordClass countPer;
    private final WordClass countPeriod;
    private final WordClass durationLetter;
    private final WordClass dayWord;
    private final WordClass laterToday;
    private final WordClass direction;
    private final WordClass relativeUnit;
    private final WordClass weekAfterNext;
    private final WordClass laterEarlier;
    private final WordClass laterWhich;
    private final WordClass calendarUnit;
    private final WordClass partOf;
    private final WordClass partOfWhich;
    private final WordClass partUnit;
    private final WordClass comingLead;
    private final WordClass coming;
    private final WordClass comingUnit;
    private final WordClass ago;
    private final WordClass intervalLead;
    private final WordClass intervalHedge;
    private final WordClass timeSuffix;
    private final WordClass fromNow;
    private final WordClass fortnight;

    TimeGrammar(TimeVocabulary v) {
        number = v.get("number");
        range = v.get("range");
        unit = v.get("unit");
        weekday = v.get("weekday");
        weekdayAbbr = v.get("weekday-abbr");
        weekdays = v.get("weekdays");
        month = v.get("month");
        monthAbbr = v.get("month-abbr");
        ordinal = v.get("ordinal");
        the = v.get("the");
        of = v.get("of");
        on = v.get("on");
        monthLead = v.get("month-lead");
        yearLead = v.get("year-lead");
        weekdayModifier = v.get("weekday-modifier");
        weekdayAbbrLead = v.get("weekday-abbr-lead");
        amPm = v.get("am-pm");
        clockLead = v.get("clock-lead");
        hoursSuffix = v.get("hours-suffix");
        noon = v.get("noon");
        oclock = v.get("oclock");
        frequency = v.get("frequency");
        once = v.get("once");
        times = v.get("times");
        timesPer = v.get("times-per");
        period = v.get("period");
        timesFrequency = v.get("times-frequency");
        every = v.get("every");
        everyCount = v.get("every-count");
        everyPeriod = v.get("every-period");
        q = v.get("q");
        qUnit = v.get("q-unit");
        medicationFrequency = v.get("medication-frequency");
        countNoun = v.get("count-noun");
        countPer = v.get("count-per");
        countPeriod = v.get("count-period");
        durationLetter = v.get("duration-letter");
        dayWord = v.get("day-word");
        laterToday = v.get("later-today");
        direction = v.get("direction");
        relativeUnit = v.get("relative-unit");
        weekAfterNext = v.get("week-after-next");
        laterEarlier = v.get("later-earlier");
        laterWhich = v.get("later-which");
        calendarUnit = v.get("calendar-unit");
        partOf = v.get("part-of");
        partOfWhich = v.get("part-of-which");
        partUnit = v.get("part-unit");
        comingLead = v.get("coming-lead");
        coming = v.get("coming");
        comingUnit = v.get("coming-unit");
        ago = v.get("ago");
        intervalLead = v.get("interval-lead");
        intervalHedge = v.get("interval-hedge");
        timeSuffix = v.get("time-suffix");
        fromNow = v.get("from-now");
        fortnight = v.get("fortnight");
    }

    /** The productions in the order they are tried at a position (which settles ties between equal readings). */
    List<Production> productions(TimeValues values) {
        TimeValues x = values;
        return List.of(
                // dates
                new Production("iso date", List.of("#"), this::isoDate, (m, t, a) -> x.fullDate(m, a, 1, 2, 3)),
                new Production("us date", List.of("#"), (c, p) -> numericDate(c, p, '/', 2), (m, t, a) -> x.fullDate(m, a, 3, 1, 2)),
                new Production("dashed date", List.of("#"), (c, p) -> numericDate(c, p, '-', 4), (m, t, a) -> x.fullDate(m, a, 3, 1, 2)),
                new Production("month/day", List.of("#"), this::monthSlashDay, x::slashDate),
                new Production("month day", List.of("month", "month-abbr"), this::monthDay, (m, t, a) -> x.namedDate(m, a, 1, 2, 3)),
                new Production("day of month", List.of("#", "the"), this::dayOfMonth, (m, t, a) -> x.namedDate(m, a, 2, 1, 3)),
                new Production("month year", List.of("month"), this::monthYear, x::monthYear),
                new Production("month alone", List.of("month-lead"), this::monthAlone, x::monthAlone),
                new Production("year alone", List.of("year-lead"), this::yearAlone, x::yearAlone),
                // weekdays
                new Production("weekday", List.of("weekday-modifier", "weekday"), this::weekday, x::weekday),
                new Production("weekday before a date", List.of("weekday-abbr"), this::weekdayBeforeDate, x::weekday),
                new Production("abbreviated weekday", List.of("weekday-abbr-lead"), this::abbreviatedWeekday, x::weekday),
                // clock times
                new Production("12-hour clock", List.of("#"), this::twelveHourClock, x::clock),
                new Production("24-hour clock", List.of("#"), this::colonClock, x::clock),
                new Production("military time", List.of("clock-lead"), this::militaryTime, x::militaryTime),
                new Production("noon", List.of("noon"), (c, p) -> word(c, p, noon), x::noon),
                new Production("o'clock", List.of("#"), this::oclock, x::oclock),
                // frequencies
                new Production("frequency word", List.of("frequency"), (c, p) -> word(c, p, frequency), x::frequencyWord),
                new Production("times per period", List.of("once", "number"), (c, p) -> timesPer(c, p, false), x::timesPer),
                new Production("times weekly", List.of("once", "number"), (c, p) -> timesPer(c, p, true), x::timesPer),
                new Production("every", List.of("every"), this::every, x::every),
                new Production("on weekdays", List.of("on", "weekdays"), this::onWeekdays, x::onWeekdays),
                new Production("q", List.of("q"), this::qEvery, x::qEvery),
                new Production("medication frequency", List.of("medication-frequency"), this::medicationFrequency,
                        x::medicationFrequency),
                new Production("count per period", List.of("number"), this::countPerPeriod, x::countPer),
                // relative to now
                new Production("day word", List.of("day-word"), (c, p) -> word(c, p, dayWord), x::dayWord),
                new Production("later today", List.of("later-today"), (c, p) -> phrase(c, p, laterToday), x::laterToday),
                new Production("next week", List.of("direction"), this::relative, x::relativeWord),
                new Production("week after next", List.of("week-after-next"), (c, p) -> phrase(c, p, weekAfterNext),
                        x::weekAfterNext),
                new Production("later this week", List.of("later-earlier"), this::laterThis, x::laterThis),
                new Production("end of the month", List.of("part-of"), this::partOfPeriod, x::partOf),
                new Production("the coming weeks", List.of("coming-lead"), this::comingWeeks, x::comingWeeks),
                new Production("ago", List.of("number"), (c, p) -> amountThen(c, p, ago, true), x::ago),
                // amounts of time
                new Production("interval", List.of("interval-lead"), this::interval, x::interval),
                new Production("amount from now", List.of("number"), (c, p) -> amountThen(c, p, fromNow, true), x::interval),
                new Production("fortnight", List.of("fortnight"), (c, p) -> phrase(c, p, fortnight), x::fortnight),
                new Production("duration", List.of("number"), (c, p) -> amountThen(c, p, null, false), x::duration),
                new Production("short duration", List.of("#"), this::shortDuration, x::duration));
    }

    // ---- dates -----------------------------------------------------------------------------------

    /** B (\d{4})-(\d{1,2})-(\d{1,2}) E */
    private Groups isoDate(Cursor c, int p) {
        if (!c.wordStart(p) || c.digits(p, 4) != 4 || !c.is(p + 4, '-')) {
            return null;
        }
        int m = p + 5;
        int mn = c.digits(m, 2);
        if (mn == 0 || !c.is(m + mn, '-')) {
            return null;
        }
        int d = m + mn + 1;
        int dn = c.digits(d, 2);
        if (dn == 0 || !c.wordEnd(d + dn)) {
            return null;
        }
        return new Groups(c.text, 3, p, d + dn).set(1, p, p + 4).set(2, m, m + mn).set(3, d, d + dn);
    }

    /**
     * No digit, separator or dot before: (\d{1,2})/(\d{1,2})/(\d{4}|\d{2}) or, with dashes,
     * (\d{1,2})-(\d{1,2})-(\d{4}); then no digit or separator.
     */
    private Groups numericDate(Cursor c, int p, char sep, int shortestYear) {
        char b = c.before(p);
        if (Cursor.digit(b) || b == sep || b == '.') {
            return null;
        }
        int mn = c.digits(p, 2);
        if (mn == 0 || !c.is(p + mn, sep)) {
            return null;
        }
        int d = p + mn + 1;
        int dn = c.digits(d, 2);
        if (dn == 0 || !c.is(d + dn, sep)) {
            return null;
        }
        int y = d + dn + 1;
        int yn = c.digits(y, 4);
        int end;
        if (yn == 4 && !digitOr(c.after(y + 4), sep)) {
            end = y + 4;
        } else if (shortestYear == 2 && yn >= 2 && !digitOr(c.after(y + 2), sep)) {
            end = y + 2;
        } else {
            return null;
        }
        return new Groups(c.text, 3, p, end).set(1, p, p + mn).set(2, d, d + dn).set(3, y, end);
    }

    private static boolean digitOr(char ch, char other) {
        return Cursor.digit(ch) || ch == other;
    }

    /** No digit, slash, dot or colon before: (\d{1,2})/(\d{1,2}), then no digit or slash. */
    private Groups monthSlashDay(Cursor c, int p) {
        char b = c.before(p);
        if (Cursor.digit(b) || b == '/' || b == '.' || b == ':') {
            return null;
        }
        int mn = c.digits(p, 2);
        if (mn == 0 || !c.is(p + mn, '/')) {
            return null;
        }
        int d = p + mn + 1;
        int dn = c.digits(d, 2);
        if (dn == 0 || digitOr(c.after(d + dn), '/')) {
            return null;
        }
        return new Groups(c.text, 2, p, d + dn).set(1, p, p + mn).set(2, d, d + dn);
    }

    /** Pushes where a month name stands at {@code p} ends: full names, then abbreviations with and without a dot. */
    private int months(Cursor c, int p, boolean abbreviations) {
        month.push(c, p);
        if (!abbreviations) {
            return c.top;
        }
        int from = c.top;
        int to = monthAbbr.push(c, p);
        if (to > from) {
            int[] ends = new int[to - from];
            for (int k = from; k < to; k++) {
                ends[k - from] = c.at(k);
            }
            c.top = from;
            for (int e : ends) {
                if (c.is(e, '.')) {
                    c.push(e + 1);
                }
                c.push(e);
            }
        }
        return c.top;
    }

    /** Where a day number and its ordinal, standing at {@code q}, end with nothing glued after them; -1 if not. */
    private int dayNumber(Cursor c, int q, boolean wordEnd) {
        int dn = c.digits(q, 2);
        if (dn == 0) {
            return -1;
        }
        int from = c.top;
        int to = ordinal.push(c, q + dn);
        for (int k = from; k < to; k++) {
            if (wordEnd ? c.wordEnd(c.at(k)) : true) {
                int end = c.at(k);
                c.top = from;
                return end;
            }
        }
        c.top = from;
        return !wordEnd || c.wordEnd(q + dn) ? q + dn : -1;
    }

    /** (?:,?\s*(\d{4})E)?: sets part {@code g} and returns the end when a year follows {@code at}, else {@code at}. */
    private static int optionalYear(Cursor c, int at, Groups groups, int g) {
        int y = c.spaces(c.is(at, ',') ? at + 1 : at);
        if (c.digits(y, 4) == 4 && c.wordEnd(y + 4)) {
            groups.set(g, y, y + 4);
            return y + 4;
        }
        return at;
    }

    /** B (<month>|<month-abbr>\.?)\s*(\d{1,2})<ordinal>? E (?:,?\s*(\d{4})E)? */
    private Groups monthDay(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = months(c, p, true);
        for (int k = from; k < to; k++) {
            int e = c.at(k);
            int q = c.spaces(e);
            int day = dayNumber(c, q, true);
            if (day >= 0) {
                Groups g = new Groups(c.text, 3, p, day).set(1, p, e).set(2, q, q + c.digits(q, 2));
                return g.set(0, p, optionalYear(c, day, g, 3));
            }
        }
        return null;
    }

    /** B (?:the\s+)?(\d{1,2})<ordinal>?\s+(?:of\s+)?(<month>|<month-abbr>\.?)(?!\p{L}) (?:,?\s*(\d{4})E)? */
    private Groups dayOfMonth(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = the.push(c, p);
        for (int k = from; k < to; k++) {
            int s = c.spaces1(c.at(k));
            if (s >= 0) {
                Groups g = dayOfMonthFrom(c, p, s);
                if (g != null) {
                    return g;
                }
            }
        }
        c.top = from;
        return dayOfMonthFrom(c, p, p);
    }

    private Groups dayOfMonthFrom(Cursor c, int p, int q) {
        int dn = c.digits(q, 2);
        if (dn == 0) {
            return null;
        }
        int from = c.top;
        int to = ordinal.push(c, q + dn);
        c.push(q + dn);
        to++;
        for (int k = from; k < to; k++) {
            int s = c.spaces1(c.at(k));
            if (s < 0) {
                continue;
            }
            int of0 = c.top;
            int of1 = of.push(c, s);
            for (int j = of0; j <= of1; j++) {
                int m0 = j < of1 ? c.spaces1(c.at(j)) : s;
                if (m0 < 0) {
                    continue;
                }
                int mFrom = c.top;
                int mTo = months(c, m0, true);
                for (int i = mFrom; i < mTo; i++) {
                    int e = c.at(i);
                    if (c.noLetter(e)) {
                        Groups g = new Groups(c.text, 3, p, e).set(1, q, q + dn).set(2, m0, e);
                        return g.set(0, p, optionalYear(c, e, g, 3));
                    }
                }
                c.top = mFrom;
            }
            c.top = of0;
        }
        return null;
    }

    /** B (<month>)\s+(\d{4}) E */
    private Groups monthYear(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = months(c, p, false);
        for (int k = from; k < to; k++) {
            int e = c.at(k);
            int s = c.spaces1(e);
            if (s >= 0 && c.digits(s, 4) == 4 && c.wordEnd(s + 4)) {
                return new Groups(c.text, 2, p, s + 4).set(1, p, e).set(2, s, s + 4);
            }
        }
        return null;
    }

    /** B <month-lead>[\s-]+(<month>) E */
    private Groups monthAlone(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = monthLead.push(c, p);
        for (int k = from; k < to; k++) {
            int l = c.at(k);
            int s = spacesOrDashes(c, l);
            if (s == l) {
                continue;
            }
            int mFrom = c.top;
            int mTo = months(c, s, false);
            for (int i = mFrom; i < mTo; i++) {
                if (c.wordEnd(c.at(i))) {
                    return new Groups(c.text, 1, p, c.at(i)).set(1, s, c.at(i));
                }
            }
            c.top = mFrom;
        }
        return null;
    }

    private static int spacesOrDashes(Cursor c, int p) {
        while (p < c.limit && (Cursor.space(c.chars[p]) || c.chars[p] == '-')) {
            p++;
        }
        return p;
    }

    /** B <year-lead>\s+((?:19|20)\d{2}) and no digit, slash or dash after */
    private Groups yearAlone(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = yearLead.push(c, p);
        for (int k = from; k < to; k++) {
            int s = c.spaces1(c.at(k));
            if (s >= 0 && c.digits(s, 4) == 4 && (c.is(s, '1') && c.is(s + 1, '9') || c.is(s, '2') && c.is(s + 1, '0'))) {
                char after = c.after(s + 4);
                if (!Cursor.digit(after) && after != '/' && after != '-') {
                    return new Groups(c.text, 1, p, s + 4).set(1, s, s + 4);
                }
            }
        }
        return null;
    }

    // ---- weekdays --------------------------------------------------------------------------------

    /** B (?:(<weekday-modifier>)\s+)?(<weekday>) E */
    private Groups weekday(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = weekdayModifier.push(c, p);
        for (int k = from; k < to; k++) {
            int s = c.spaces1(c.at(k));
            if (s < 0) {
                continue;
            }
            int e = first(c, weekday, s, true);
            if (e >= 0) {
                return new Groups(c.text, 2, p, e).set(1, p, c.at(k)).set(2, s, e);
            }
        }
        c.top = from;
        int e = first(c, weekday, p, true);
        return e < 0 ? null : new Groups(c.text, 2, p, e).set(2, p, e);
    }

    /** B (<weekday-abbr>)\.? followed by ,?\s*\d ("Mon 12/4", "Thurs., 3pm") */
    private Groups weekdayBeforeDate(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = weekdayAbbr.push(c, p);
        for (int k = from; k < to; k++) {
            int e = c.at(k);
            if (c.is(e, '.') && digitFollows(c, e + 1)) {
                return new Groups(c.text, 1, p, e + 1).set(1, p, e);
            }
            if (digitFollows(c, e)) {
                return new Groups(c.text, 1, p, e).set(1, p, e);
            }
        }
        return null;
    }

    /** ,?\s*\d at {@code p}, looking past the region's end. */
    private static boolean digitFollows(Cursor c, int p) {
        int i = c.after(p) == ',' ? p + 1 : p;
        while (i < c.chars.length && Cursor.space(c.chars[i])) {
            i++;
        }
        return Cursor.digit(c.after(i));
    }

    /** B (<weekday-abbr-lead>)\s+(<weekday-abbr>)\.? E */
    private Groups abbreviatedWeekday(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = weekdayAbbrLead.push(c, p);
        for (int k = from; k < to; k++) {
            int s = c.spaces1(c.at(k));
            if (s < 0) {
                continue;
            }
            int aFrom = c.top;
            int aTo = weekdayAbbr.push(c, s);
            for (int i = aFrom; i < aTo; i++) {
                int e = c.at(i);
                if (c.is(e, '.') && c.wordEnd(e + 1)) {
                    return new Groups(c.text, 2, p, e + 1).set(1, p, c.at(k)).set(2, s, e);
                }
                if (c.wordEnd(e)) {
                    return new Groups(c.text, 2, p, e).set(1, p, c.at(k)).set(2, s, e);
                }
            }
            c.top = aFrom;
        }
        return null;
    }

    // ---- clock times -----------------------------------------------------------------------------

    /** B (\d{1,2})(?::([0-5]\d))?\s*(<am-pm>) and no letter after */
    private Groups twelveHourClock(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int h = p + c.digits(p, 2);
        if (h == p) {
            return null;
        }
        boolean minutes = c.is(h, ':') && minuteTens(c, h + 1) && c.digitAt(h + 2);
        for (int pass = minutes ? 0 : 1; pass < 2; pass++) {
            int s = c.spaces(pass == 0 ? h + 3 : h);
            int from = c.top;
            int to = amPm.push(c, s);
            for (int k = from; k < to; k++) {
                int e = c.at(k);
                if (c.noLetter(e)) {
                    Groups g = new Groups(c.text, 3, p, e).set(1, p, h).set(3, s, e);
                    return pass == 0 ? g.set(2, h + 1, h + 3) : g;
                }
            }
            c.top = from;
        }
        return null;
    }

    private static boolean minuteTens(Cursor c, int p) {
        return p < c.limit && c.chars[p] >= '0' && c.chars[p] <= '5';
    }

    /** No digit, colon, dot, comma or slash before: ([01]?\d|2[0-3]):([0-5]\d), then no digit or colon. */
    private Groups colonClock(Cursor c, int p) {
        char b = c.before(p);
        if (Cursor.digit(b) || b == ':' || b == '.' || b == ',' || b == '/') {
            return null;
        }
        boolean zeroOrOne = c.is(p, '0') || c.is(p, '1');
        int[] hours = {
            zeroOrOne && c.digitAt(p + 1) ? p + 2 : -1,
            c.digitAt(p) ? p + 1 : -1,
            c.is(p, '2') && p + 1 < c.limit && c.chars[p + 1] >= '0' && c.chars[p + 1] <= '3' ? p + 2 : -1};
        for (int h : hours) {
            if (h >= 0 && c.is(h, ':') && minuteTens(c, h + 1) && c.digitAt(h + 2)) {
                char after = c.after(h + 3);
                if (!Cursor.digit(after) && after != ':') {
                    return new Groups(c.text, 2, p, h + 3).set(1, p, h).set(2, h + 1, h + 3);
                }
            }
        }
        return null;
    }

    /**
     * B <clock-lead>\s+(([01]\d|2[0-3])([0-5]\d))(?:\s*<hours-suffix>)? and then no letter, digit, colon
     * or slash, nor a dot or comma before a digit: "at 1500", "@0930", "by 2300 hrs".
     */
    private Groups militaryTime(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = clockLead.push(c, p);
        for (int k = from; k < to; k++) {
            int s = c.spaces1(c.at(k));
            if (s < 0 || c.digits(s, 4) != 4) {
                continue;
            }
            char h0 = c.chars[s];
            char h1 = c.chars[s + 1];
            if (!(h0 == '0' || h0 == '1' || h0 == '2' && h1 <= '3') || !minuteTens(c, s + 2)) {
                continue;
            }
            int m = s + 4;
            int w = c.spaces(m);
            int sFrom = c.top;
            int sTo = hoursSuffix.push(c, w);
            for (int i = sFrom; i < sTo; i++) {
                if (militaryEnd(c, c.at(i))) {
                    return new Groups(c.text, 3, p, c.at(i)).set(1, s, m).set(2, s, s + 2).set(3, s + 2, m);
                }
            }
            c.top = sFrom;
            if (militaryEnd(c, m)) {
                return new Groups(c.text, 3, p, m).set(1, s, m).set(2, s, s + 2).set(3, s + 2, m);
            }
        }
        return null;
    }

    private static boolean militaryEnd(Cursor c, int p) {
        if (p < c.chars.length) {
            int cp = Character.codePointAt(c.chars, p);
            if (Character.isLetter(cp) || Cursor.digit(c.chars[p]) || cp == ':' || cp == '/') {
                return false;
            }
        }
        char ch = c.after(p);
        return !((ch == '.' || ch == ',') && Cursor.digit(c.after(p + 1)));
    }

    /** B (\d{1,2})\s*<oclock> E */
    private Groups oclock(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int dn = c.digits(p, 2);
        if (dn == 0) {
            return null;
        }
        int e = first(c, oclock, c.spaces(p + dn), true);
        return e < 0 ? null : new Groups(c.text, 1, p, e).set(1, p, p + dn);
    }

    // ---- frequencies -----------------------------------------------------------------------------

    /**
     * B (once|twice|thrice|<number>\s*<times>) then, per period, \s*<times-per>\s*(<period>) E; or,
     * {@code weekly}, \s+(<times-frequency>) E.
     */
    private Groups timesPer(Cursor c, int p, boolean weekly) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = counts(c, p);
        for (int k = from; k < to; k++) {
            Groups g = timesPerRest(c, p, c.at(k), weekly);
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    /** Pushes where a count standing at {@code p} can end: once|twice|thrice, then <number>\s*<times>. */
    private int counts(Cursor c, int p) {
        if (c.pushRemembered(c.counts, p)) {
            return c.top;
        }
        int from = c.top;
        c.counts.start(p);
        int to = once.push(c, p);
        for (int k = from; k < to; k++) {
            c.counts.add(c.at(k));
        }
        c.top = from;
        to = number.push(c, p);
        for (int k = from; k < to; k++) {
            int tFrom = c.top;
            int tTo = times.push(c, c.spaces(c.at(k)));
            for (int i = tFrom; i < tTo; i++) {
                c.counts.add(c.at(i));
            }
            c.top = tFrom;
        }
        c.top = from;
        c.pushRemembered(c.counts, p);
        return c.top;
    }

    private Groups timesPerRest(Cursor c, int p, int count, boolean weekly) {
        if (weekly) {
            int s = c.spaces1(count);
            int e = s < 0 ? -1 : first(c, timesFrequency, s, true);
            return e < 0 ? null : new Groups(c.text, 2, p, e).set(1, p, count).set(2, s, e);
        }
        int from = c.top;
        int to = timesPer.push(c, c.spaces(count));
        for (int k = from; k < to; k++) {
            int s = c.spaces(c.at(k));
            int e = first(c, period, s, true);
            if (e >= 0) {
                return new Groups(c.text, 2, p, e).set(1, p, count).set(2, s, e);
            }
        }
        c.top = from;
        return null;
    }

    /** B <every>\s+(?:(<every-count>)\s+)?(<every-period>) E */
    private Groups every(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = every.push(c, p);
        for (int k = from; k < to; k++) {
            int s = c.spaces1(c.at(k));
            if (s < 0) {
                continue;
            }
            int nFrom = c.top;
            int nTo = everyCount.push(c, s);
            for (int i = nFrom; i < nTo; i++) {
                int s2 = c.spaces1(c.at(i));
                int e = s2 < 0 ? -1 : first(c, everyPeriod, s2, true);
                if (e >= 0) {
                    return new Groups(c.text, 2, p, e).set(1, s, c.at(i)).set(2, s2, e);
                }
            }
            c.top = nFrom;
            int e = first(c, everyPeriod, s, true);
            if (e >= 0) {
                return new Groups(c.text, 2, p, e).set(2, s, e);
            }
        }
        return null;
    }

    /** B (?:on\s+)?(<weekdays>) E */
    private Groups onWeekdays(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = on.push(c, p);
        for (int k = from; k < to; k++) {
            int s = c.spaces1(c.at(k));
            int e = s < 0 ? -1 : first(c, weekdays, s, true);
            if (e >= 0) {
                return new Groups(c.text, 1, p, e).set(1, s, e);
            }
        }
        c.top = from;
        int e = first(c, weekdays, p, true);
        return e < 0 ? null : new Groups(c.text, 1, p, e).set(1, p, e);
    }

    /** B <q>\.?\s*(\d{1,2})\s*(<q-unit>) E: "q2wks", "q. 4 weeks" */
    private Groups qEvery(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = q.push(c, p);
        for (int k = from; k < to; k++) {
            int l = c.at(k);
            for (int o : c.is(l, '.') ? new int[] {l + 1, l} : new int[] {l}) {
                int s = c.spaces(o);
                int dn = c.digits(s, 2);
                if (dn == 0) {
                    continue;
                }
                int s2 = c.spaces(s + dn);
                int e = first(c, qUnit, s2, true);
                if (e >= 0) {
                    return new Groups(c.text, 2, p, e).set(1, s, s + dn).set(2, s2, e);
                }
            }
        }
        return null;
    }

    /** B <medication-frequency> and no letter after */
    private Groups medicationFrequency(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int e = first(c, medicationFrequency, p, false);
        return e < 0 ? null : new Groups(c.text, 0, p, e);
    }

    /** B (<amount>)\s+<count-noun>\s+<count-per>\s*(<count-period>) E: "3-4 sessions per week" */
    private Groups countPerPeriod(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = amounts(c, p);
        for (int k = from; k < to; k++) {
            int s = c.spaces1(c.at(k));
            if (s < 0) {
                continue;
            }
            int nFrom = c.top;
            int nTo = countNoun.push(c, s);
            for (int i = nFrom; i < nTo; i++) {
                int s2 = c.spaces1(c.at(i));
                if (s2 < 0) {
                    continue;
                }
                int pFrom = c.top;
                int pTo = countPer.push(c, s2);
                for (int j = pFrom; j < pTo; j++) {
                    int s3 = c.spaces(c.at(j));
                    int e = first(c, countPeriod, s3, true);
                    if (e >= 0) {
                        return new Groups(c.text, 2, p, e).set(1, p, c.at(k)).set(2, s3, e);
                    }
                }
                c.top = pFrom;
            }
            c.top = nFrom;
        }
        return null;
    }

    /**
     * Pushes where an amount standing at {@code p} can end: a number, perhaps a range to a second
     * one ("2-3", "two or three"), the range first.
     */
    private int amounts(Cursor c, int p) {
        if (c.pushRemembered(c.amounts, p)) {
            return c.top;
        }
        int from = c.top;
        int to = number.push(c, p);
        c.amounts.start(p);
        for (int k = from; k < to; k++) {
            int e1 = c.at(k);
            int rFrom = c.top;
            int rTo = range.push(c, c.spaces(e1));
            for (int j = rFrom; j < rTo; j++) {
                int nFrom = c.top;
                int nTo = number.push(c, c.spaces(c.at(j)));
                for (int i = nFrom; i < nTo; i++) {
                    c.amounts.add(c.at(i));
                }
                c.top = nFrom;
            }
            c.top = rFrom;
            c.amounts.add(e1);
        }
        c.top = from;
        c.pushRemembered(c.amounts, p);
        return c.top;
    }

    // ---- relative to now and amounts of time ------------------------------------------------------

    /** B (<direction>)\s+(?:(<amount>)\s+)?(<relative-unit>) E: "next week", "past 2 months" */
    private Groups relative(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = direction.push(c, p);
        for (int k = from; k < to; k++) {
            int d = c.at(k);
            int s = c.spaces1(d);
            if (s < 0) {
                continue;
            }
            int aFrom = c.top;
            int aTo = amounts(c, s);
            for (int i = aFrom; i < aTo; i++) {
                int s2 = c.spaces1(c.at(i));
                int e = s2 < 0 ? -1 : first(c, relativeUnit, s2, true);
                if (e >= 0) {
                    return new Groups(c.text, 3, p, e).set(1, p, d).set(2, s, c.at(i)).set(3, s2, e);
                }
            }
            c.top = aFrom;
            int e = first(c, relativeUnit, s, true);
            if (e >= 0) {
                return new Groups(c.text, 3, p, e).set(1, p, d).set(3, s, e);
            }
        }
        return null;
    }

    /** B (later|earlier)\s+<later-which>\s+(<calendar-unit>) E */
    private Groups laterThis(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = laterEarlier.push(c, p);
        for (int k = from; k < to; k++) {
            int s = c.spaces1(c.at(k));
            if (s < 0) {
                continue;
            }
            int wFrom = c.top;
            int wTo = laterWhich.push(c, s);
            for (int i = wFrom; i < wTo; i++) {
                int s2 = c.spaces1(c.at(i));
                int e = s2 < 0 ? -1 : first(c, calendarUnit, s2, true);
                if (e >= 0) {
                    return new Groups(c.text, 2, p, e).set(1, p, c.at(k)).set(2, s2, e);
                }
            }
            c.top = wFrom;
        }
        return null;
    }

    /** B <part-of>\s+of\s+<part-of-which>?(<part-unit>) E: "the end of the month" */
    private Groups partOfPeriod(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = partOf.push(c, p);
        for (int k = from; k < to; k++) {
            int s = c.spaces1(c.at(k));
            if (s < 0) {
                continue;
            }
            int oFrom = c.top;
            int oTo = of.push(c, s);
            for (int i = oFrom; i < oTo; i++) {
                int s2 = c.spaces1(c.at(i));
                if (s2 < 0) {
                    continue;
                }
                int wFrom = c.top;
                int wTo = partOfWhich.push(c, s2);
                for (int j = wFrom; j < wTo; j++) {
                    int e = first(c, partUnit, c.at(j), true);
                    if (e >= 0) {
                        return new Groups(c.text, 1, p, e).set(1, c.at(j), e);
                    }
                }
                c.top = wFrom;
                int e = first(c, partUnit, s2, true);
                if (e >= 0) {
                    return new Groups(c.text, 1, p, e).set(1, s2, e);
                }
            }
            c.top = oFrom;
        }
        return null;
    }

    /** B <coming-lead>\s+the\s+<coming>\s+(<coming-unit>) E: "over the next few days" */
    private Groups comingWeeks(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = comingLead.push(c, p);
        for (int k = from; k < to; k++) {
            int s = c.spaces1(c.at(k));
            if (s < 0) {
                continue;
            }
            int tFrom = c.top;
            int tTo = the.push(c, s);
            for (int i = tFrom; i < tTo; i++) {
                int s2 = c.spaces1(c.at(i));
                if (s2 < 0) {
                    continue;
                }
                int cFrom = c.top;
                int cTo = coming.push(c, s2);
                for (int j = cFrom; j < cTo; j++) {
                    int s3 = c.spaces1(c.at(j));
                    int e = s3 < 0 ? -1 : first(c, comingUnit, s3, true);
                    if (e >= 0) {
                        return new Groups(c.text, 1, p, e).set(1, s3, e);
                    }
                }
                c.top = cFrom;
            }
            c.top = tFrom;
        }
        return null;
    }

    /**
     * B (<amount>)[\s-]*(<unit>), then, when {@code after} is given, \s+ and one of its items; E.
     * "2 weeks ago", "3 days from now", "45 minutes".
     */
    private Groups amountThen(Cursor c, int p, WordClass after, boolean needAfter) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = amountUnits(c, p);
        for (int k = from; k < to; k += 3) {
            int u = c.at(k + 2);
            int e;
            if (needAfter) {
                int s = c.spaces1(u);
                e = s < 0 ? -1 : first(c, after, s, true);
            } else {
                e = c.wordEnd(u) ? u : -1;
            }
            if (e >= 0) {
                return new Groups(c.text, 2, p, e).set(1, p, c.at(k)).set(2, c.at(k + 1), u);
            }
        }
        return null;
    }

    /**
     * Pushes three numbers for each way an amount of time stands at {@code p}, (<amount>)[\s-]*(<unit>):
     * where the amount ends, where the unit starts and where it ends; in the order they are tried. Read
     * once per position for the four productions built on it ("2 weeks ago", "in 2 weeks", "2 weeks").
     */
    private int amountUnits(Cursor c, int p) {
        if (c.pushRemembered(c.amountUnits, p)) {
            return c.top;
        }
        int from = c.top;
        int to = amounts(c, p);
        c.amountUnits.start(p);
        for (int k = from; k < to; k++) {
            int u0 = spacesOrDashes(c, c.at(k));
            int uFrom = c.top;
            int uTo = unit.push(c, u0);
            for (int i = uFrom; i < uTo; i++) {
                c.amountUnits.add(c.at(k));
                c.amountUnits.add(u0);
                c.amountUnits.add(c.at(i));
            }
            c.top = uFrom;
        }
        c.top = from;
        c.pushRemembered(c.amountUnits, p);
        return c.top;
    }

    /**
     * B <interval-lead>\s+<interval-hedge>?(<amount>)[\s-]*(<unit>)<time-suffix>? E: "in two weeks",
     * "within the next 2 wks", "in about a month's time"
     */
    private Groups interval(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int from = c.top;
        int to = intervalLead.push(c, p);
        for (int k = from; k < to; k++) {
            int s = c.spaces1(c.at(k));
            if (s < 0) {
                continue;
            }
            int hFrom = c.top;
            int hTo = intervalHedge.push(c, s);
            for (int i = hFrom; i < hTo; i++) {
                Groups g = intervalAmount(c, p, c.at(i));
                if (g != null) {
                    return g;
                }
            }
            c.top = hFrom;
            Groups g = intervalAmount(c, p, s);
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    private Groups intervalAmount(Cursor c, int p, int q) {
        int from = c.top;
        int to = amountUnits(c, q);
        for (int k = from; k < to; k += 3) {
            int u = c.at(k + 2);
            int e = first(c, timeSuffix, u, true);
            if (e < 0 && c.wordEnd(u)) {
                e = u;
            }
            if (e >= 0) {
                return new Groups(c.text, 2, p, e).set(1, q, c.at(k)).set(2, c.at(k + 1), u);
            }
        }
        c.top = from;
        return null;
    }

    /** B (\d{1,3})(<duration-letter>) E: "3w", "2d", "8h" */
    private Groups shortDuration(Cursor c, int p) {
        if (!c.wordStart(p)) {
            return null;
        }
        int dn = c.digits(p, 3);
        if (dn == 0) {
            return null;
        }
        int e = first(c, durationLetter, p + dn, true);
        return e < 0 ? null : new Groups(c.text, 2, p, e).set(1, p, p + dn).set(2, p + dn, e);
    }

    // ---- single words and phrases -----------------------------------------------------------------

    /** B (<words>) E, the word as part 1. */
    private Groups word(Cursor c, int p, WordClass words) {
        if (!c.wordStart(p)) {
            return null;
        }
        int e = first(c, words, p, true);
        return e < 0 ? null : new Groups(c.text, 1, p, e).set(1, p, e);
    }

    /** B <phrases> E, the whole phrase only. */
    private Groups phrase(Cursor c, int p, WordClass phrases) {
        if (!c.wordStart(p)) {
            return null;
        }
        int e = first(c, phrases, p, true);
        return e < 0 ? null : new Groups(c.text, 0, p, e);
    }

    /**
     * The end of the first item of {@code words} at {@code p} followed by no letter or number
     * ({@code wordEnd}) or by no letter; -1 when none is.
     */
    private static int first(Cursor c, WordClass words, int p, boolean wordEnd) {
        int from = c.top;
        int to = words.push(c, p);
        for (int k = from; k < to; k++) {
            int e = c.at(k);
            if (wordEnd ? c.wordEnd(e) : c.noLetter(e)) {
                c.top = from;
                return e;
            }
        }
        c.top = from;
        return -1;
    }
}
