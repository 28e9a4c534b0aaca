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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default {@link TimeExpressionFinder}: a small grammar of regular expressions for the ways US
 * clinical notes write times (12/4, 12/04/2026, Dec 4, December 4th, Tuesday, 3pm, 15:00, 3:30 p.m.,
 * in two weeks, RTC 2 wks, weekly, every other week, biweekly, 2x/week, next week, two weeks ago).
 * Every pattern may fire; overlapping candidates are settled by taking the earliest, then the longest,
 * so "in 2 weeks" is one INTERVAL and "2 weeks ago" one RELATIVE.
 *
 * <p>A slash number without a year is the one hard case: "12/4" is a date but "7/10" after "rates
 * anxiety" is a rating and "4/7 days" a count. Context words (numeric-date-context.tsv) decide, and
 * without a date word before it a number shaped like a 0-10, 0-5 or 0-7 score is not taken as a date.
 * Immutable and thread-safe.
 */
final class RegexTimeExpressionFinder implements TimeExpressionFinder {

    static final RegexTimeExpressionFinder INSTANCE = new RegexTimeExpressionFinder();

    private static final String B = "(?<![\\p{L}\\p{N}/])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String NUM = "(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|a\\s+couple(?:\\s+of)?|couple(?:\\s+of)?|a\\s+few|few|several)";
    private static final String AMOUNT = NUM + "(?:\\s*(?:-|\u2013|to|or)\\s*" + NUM + ")?";
    private static final String UNIT = "(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|mths?|years?|yrs?)";
    private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String WEEKDAY_ABBR = "(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|MON|TUES?|WED|THU(?:RS?)?|FRI|SAT|SUN)";
    private static final String MONTH_FULL = "(?-i:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER"
            + "|NOVEMBER|DECEMBER)";
    private static final String MONTH = "(?:" + MONTH_FULL
            + "|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\\.?)";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String PERIOD_WORD = "(?:day|night|morning|evening|afternoon|week|wk|month|mo|year|yr|weekend|session)";

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("couple", 2), Map.entry("few", 3), Map.entry("several", 3),
            Map.entry("once", 1), Map.entry("twice", 2), Map.entry("thrice", 3), Map.entry("other", 2),
            Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4));

    /** How one pattern turns a match into an expression (or rejects it: null). */
    @FunctionalInterface
    private interface Maker {
        TimeExpression make(Matcher m, CharSequence text, LocalDate anchor);
    }

    /**
     * One pattern, its maker, and how a match of it can begin ({@code starts}, see {@link StartIndex}:
     * the words its first letters can start with, {@code #} for a digit).
     */
    private record Grammar(String starts, Pattern pattern, Maker maker) {
    }

    // how the pieces above begin, for StartIndex
    private static final String MONTH_STARTS = "january february march april may june july august september october"
            + " november december jan feb mar apr jun jul aug sep sept oct nov dec";
    private static final String WEEKDAY_STARTS = "monday tuesday wednesday thursday friday saturday sunday";
    private static final String WEEKDAY_ABBR_STARTS = "mon tue tues wed thu thur thurs fri sat sun";

    /**
     * How NUM begins: digits followed by white space or one of {@code next}, or one of its words alone
     * or directly followed by one of {@code next} ("2x", "3days", "twoor three").
     */
    private static String numStarts(String next) {
        StringBuilder b = new StringBuilder("#_").append(next);
        for (String w : "a an one two three four five six seven eight nine ten eleven twelve couple few several".split(" ")) {
            b.append(' ').append(w).append('+').append(next);
        }
        return b.toString();
    }

    /** How AMOUNT begins: a NUM, perhaps then a range ("2-3", "2 to 3", "two or three"), then {@code next}. */
    private static String amountStarts(String next) {
        return numStarts("to" + next) + " #-\u2013";
    }

    private final List<Grammar> grammar;
    private final StartIndex starts;
    private final Set<String> dateCues;
    private final Set<String> ratingCues;
    private final Set<String> countWords;

    private RegexTimeExpressionFinder() {
        Set<String> date = new HashSet<>();
        Set<String> rating = new HashSet<>();
        Set<String> after = new HashSet<>();
        for (String[] row : contextRows()) {
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
        this.grammar = List.of(
                // dates
                g("#-", B + "(\\d{4})-(\\d{1,2})-(\\d{1,2})" + E, (m, t, a) -> fullDate(m, a, 1, 2, 3)),
                g("#/", "(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])", (m, t, a) -> fullDate(m, a, 3, 1, 2)),
                g("#-", "(?<![\\d\\-.])(\\d{1,2})-(\\d{1,2})-(\\d{4})(?![\\d-])", (m, t, a) -> fullDate(m, a, 3, 1, 2)),
                g("#/", "(?<![\\d/.:])(\\d{1,2})/(\\d{1,2})(?![\\d/])", this::slashDate),
                g(MONTH_STARTS, B + "(" + MONTH + ")\\s*(\\d{1,2})" + ORD + E + "(?:,?\\s*(\\d{4})" + E + ")?",
                        (m, t, a) -> namedDate(m, a, 1, 2, 3)),
                g("#_snrt the", B + "(?:the\\s+)?(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(" + MONTH + ")(?![\\p{L}])(?:,?\\s*(\\d{4})" + E + ")?",
                        (m, t, a) -> namedDate(m, a, 2, 1, 3)),
                g(MONTH_STARTS, B + "(" + MONTH_FULL + ")\\s+(\\d{4})" + E, this::monthYear),
                g("in since during until till by from through early mid late last next this", B + "(?:in|since|during|until|till|by|from|through|early|mid|late|last|next|this)[\\s-]+(?<t>" + MONTH_FULL + ")" + E,
                        this::monthAlone),
                g("in since during from until till by before after of", B + "(?:in|since|during|from|until|till|by|before|after|of)\\s+(?<t>(?:19|20)\\d{2})(?![\\d/-])", this::yearAlone),
                // weekdays
                g("next this coming last past previous " + WEEKDAY_STARTS, B + "(?:(next|this|coming|last|past|previous)\\s+)?(" + WEEKDAY + ")" + E, this::weekday),
                g(WEEKDAY_ABBR_STARTS, B + "(" + WEEKDAY_ABBR + ")\\.?(?=,?\\s*\\d)", this::weekday),
                g("next this coming last on", B + "(?:(next|this|coming|last|on)\\s+)(" + WEEKDAY_ABBR + ")\\.?(?![\\p{L}\\p{N}])", this::weekday),
                // clock times
                g("#:_ap", B + "(\\d{1,2})(?::([0-5]\\d))?\\s*(a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|am|pm)(?![\\p{L}])", this::clock),
                g("#:", "(?<![\\d:.,/])([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])", this::clock),
                // 24-hour times without a colon, as nursing and inpatient notes write them: "reassess at 1500"
                g("at by until till before after @", B + "(?:at|by|until|till|before|after|@)\\s+(([01]\\d|2[0-3])([0-5]\\d))(?:\\s*(?:hrs|hours|h))?(?![\\p{L}\\d:/]|[.,]\\d)",
                        (m, t, a) -> new TimeExpression(new Span(m.start(1), m.end(1)), Kind.TIME,
                                m.group(2) + ":" + m.group(3), null, Orientation.UNKNOWN)),
                g("noon midnight", B + "(noon|midnight)" + E, (m, t, a) -> expr(m, Kind.TIME, m.group(1).equals("noon") ? "12:00" : "00:00",
                        null, Orientation.UNKNOWN)),
                g("#_o", B + "(\\d{1,2})\\s*o'?clock" + E, (m, t, a) -> expr(m, Kind.TIME, pad(m.group(1)) + ":00", null,
                        Orientation.UNKNOWN)),
                // frequencies
                g("daily nightly weekly biweekly bimonthly bi semimonthly semi fortnightly monthly quarterly annually yearly"
                        + " hourly every everyday", B + "(daily|nightly|weekly|bi-?weekly|bi-?monthly|semi-?monthly|fortnightly|monthly|quarterly|annually"
                        + "|yearly|hourly|every\\s*day|everyday)" + E, this::frequencyWord),
                g("once+apei twice+apei thrice+apei " + numStarts("xt"), B + "(once|twice|thrice|" + NUM + "\\s*(?:x|times?))\\s*(?:a|an|per|each|every|/|in\\s+a)\\s*(" + PERIOD_WORD + ")" + E,
                        this::timesPer),
                g("once twice thrice " + numStarts("xt"), B + "(once|twice|thrice|" + NUM + "\\s*(?:x|times?))\\s+(daily|nightly|weekly|monthly)" + E, this::timesPer),
                g("every each", B + "(?:every|each)\\s+(?:(other|second|third|fourth|" + NUM + ")\\s+)?(" + PERIOD_WORD + "s?|" + UNIT
                        + "|weekday|" + WEEKDAY + ")" + E, this::every),
                g("on mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends weekdays", B + "(?:on\\s+)?(" + WEEKDAY + "s|weekends|weekdays)" + E,
                        (m, t, a) -> expr(m, Kind.FREQUENCY, "1/P1W", null, Orientation.UNKNOWN)),
                g("q", B + "q\\.?\\s*(\\d{1,2})\\s*(d|days?|wks?|weeks?|mos?|months?|h|hrs?|hours?)" + E, this::qEvery),
                g("bid tid qid qhs qam qpm b t q", B + "(?-i:BID|TID|QID|QHS|QAM|QPM|b\\.i\\.d\\.|t\\.i\\.d\\.|q\\.i\\.d\\.|q\\.h\\.s\\.)(?![\\p{L}])",
                        (m, t, a) -> expr(m, Kind.FREQUENCY, medFrequency(m.group()), null, Orientation.UNKNOWN)),
                g(amountStarts(""), B + "(" + AMOUNT + ")\\s+(?:sessions?|days?|nights?|times?|visits?|meetings?|hours?|hrs?|minutes?|mins?)\\s+"
                        + "(?:a|per|each|every|/|in\\s+a)\\s*(day|night|week|wk|month|mo)" + E, this::countPer),
                // relative to now
                g("today tonight tomorrow yesterday", B + "(today|tonight|tomorrow|yesterday)" + E, this::dayWord),
                // later the same day: "reassess this afternoon", "will call later today" (a morning is most often past)
                g("this later", B + "(?:this\\s+(?:afternoon|evening)|later\\s+(?:today|this\\s+(?:morning|afternoon|evening)))" + E,
                        (m, t, a) -> expr(m, Kind.RELATIVE, "P0D", a, Orientation.FUTURE)),
                g("next this coming following last past previous prior", B + "(next|this|coming|following|last|past|previous|prior)\\s+(?:(" + AMOUNT + ")\\s+)?(weekend|" + UNIT + ")" + E,
                        this::relativeWord),
                g("the week", B + "(?:the\\s+)?week\\s+after\\s+next" + E, (m, t, a) -> expr(m, Kind.RELATIVE, "P2W", null, Orientation.FUTURE)),
                g("later earlier", B + "(later|earlier)\\s+(?:this|that|in\\s+the)\\s+(day|week|month|year)" + E,
                        (m, t, a) -> expr(m, Kind.RELATIVE, "P0" + unitLetter(m.group(2)), null,
                                m.group(1).equalsIgnoreCase("later") ? Orientation.FUTURE : Orientation.PAST)),
                g("the end beginning start middle", B + "(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(week|month|year)" + E,
                        (m, t, a) -> expr(m, Kind.RELATIVE, "P0" + unitLetter(m.group(1)), null, Orientation.UNKNOWN)),
                g("in over", B + "(?:in|over)\\s+the\\s+(?:coming|next\\s+few|next\\s+couple\\s+of)\\s+(days|weeks|months)" + E,
                        (m, t, a) -> expr(m, Kind.RELATIVE, "P1" + unitLetter(m.group(1)), null, Orientation.FUTURE)),
                g(amountStarts("mhdwy"), B + "(" + AMOUNT + ")[\\s-]*(" + UNIT + ")\\s+ago" + E, (m, t, a) -> amount(m, Kind.RELATIVE, a, -1)),
                // amounts of time
                g("in within over", B + "(?:in|within|over\\s+the\\s+next)\\s+(?:the\\s+next\\s+|another\\s+|about\\s+|approximately\\s+|approx\\.?\\s+|~\\s*)?("
                        + AMOUNT + ")[\\s-]*(" + UNIT + ")(?:'?s?\\s+time)?" + E, (m, t, a) -> amount(m, Kind.INTERVAL, a, 1)),
                g(amountStarts("mhdwy"), B + "(" + AMOUNT + ")[\\s-]*(" + UNIT + ")\\s+(?:from\\s+(?:now|today)|later)" + E,
                        (m, t, a) -> amount(m, Kind.INTERVAL, a, 1)),
                g("in", B + "in\\s+a\\s+fortnight" + E, (m, t, a) -> expr(m, Kind.INTERVAL, "P2W",
                        a == null ? null : a.plusWeeks(2), Orientation.FUTURE)),
                g(amountStarts("mhdwy"), B + "(" + AMOUNT + ")[\\s-]*(" + UNIT + ")" + E, (m, t, a) -> amount(m, Kind.DURATION, a, 0)),
                g("#wdh", B + "(\\d{1,3})(w|d|h)" + E, (m, t, a) -> amount(m, Kind.DURATION, a, 0)));
        this.starts = new StartIndex(grammar.stream().map(Grammar::starts).toList());
    }

    /**
     * The rows of numeric-date-context.tsv. Read here rather than through the lexicon package, which
     * depends on text analysis: the time package stays at the bottom of the dependency order.
     */
    private static List<String[]> contextRows() {
        String name = "numeric-date-context.tsv";
        try (InputStream in = RegexTimeExpressionFinder.class.getResourceAsStream(name)) {
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

    /**
     * @param starts how every match begins: the words its first letters can start with (lower case),
     *               and {@code #} when it can begin with a digit; see {@link StartIndex}
     */
    private static Grammar g(String starts, String regex, Maker maker) {
        return new Grammar(starts, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), maker);
    }

    @Override
    public List<TimeExpression> find(CharSequence text, Span region, LocalDate anchor) {
        List<TimeExpression> candidates = new ArrayList<>();
        // find() would try every pattern at every position; here a pattern is tried only where its
        // first word or a digit starts, which gives the same matches at a small fraction of the cost
        Matcher[] matchers = new Matcher[grammar.size()];
        int[] resume = new int[grammar.size()];
        for (int p = region.start(); p < region.end(); p++) {
            long mask = starts.at(text, p);
            while (mask != 0) {
                int i = Long.numberOfTrailingZeros(mask);
                mask &= mask - 1;
                if (p < resume[i]) {
                    continue; // inside this pattern's previous match: find() resumes after it
                }
                Matcher m = matchers[i];
                if (m == null) {
                    m = matchers[i] = grammar.get(i).pattern().matcher(text).useTransparentBounds(true);
                }
                m.region(p, region.end());
                if (m.lookingAt()) {
                    resume[i] = m.end();
                    TimeExpression e = grammar.get(i).maker().make(m, text, anchor);
                    if (e != null) {
                        candidates.add(sinceMakesPast(e, text));
                    }
                }
            }
        }
        return settle(candidates, text, region);
    }

    /** The same search with a plain {@code find()} from every position: the reference the tests compare against. */
    List<TimeExpression> findByScanningEveryPosition(CharSequence text, Span region, LocalDate anchor) {
        List<TimeExpression> candidates = new ArrayList<>();
        for (Grammar rule : grammar) {
            Matcher m = rule.pattern().matcher(text);
            m.region(region.start(), region.end());
            m.useTransparentBounds(true);
            while (m.find()) {
                TimeExpression e = rule.maker().make(m, text, anchor);
                if (e != null) {
                    candidates.add(sinceMakesPast(e, text));
                }
            }
        }
        return settle(candidates, text, region);
    }

    /** Overlapping candidates settled: the earliest, then the longest, wins. */
    private List<TimeExpression> settle(List<TimeExpression> candidates, CharSequence text, Span region) {
        candidates.sort(Comparator.comparingInt(TimeExpression::start)
                .thenComparing(Comparator.comparingInt((TimeExpression e) -> e.span().length()).reversed()));
        List<TimeExpression> out = new ArrayList<>();
        int covered = region.start();
        for (TimeExpression e : candidates) {
            if (e.start() >= covered) {
                TimeExpression previous = out.isEmpty() ? null : out.get(out.size() - 1);
                out.add(clockOfDay(previous, e, text));
                covered = e.end();
            }
        }
        return List.copyOf(out);
    }

    // ---- makers -------------------------------------------------------------------------------

    private static TimeExpression fullDate(Matcher m, LocalDate anchor, int y, int mo, int d) {
        int year = Integer.parseInt(m.group(y));
        if (year < 100) {
            year += 2000;
        }
        LocalDate date = date(year, Integer.parseInt(m.group(mo)), Integer.parseInt(m.group(d)));
        return date == null ? null : expr(m, Kind.DATE, date.toString(), date, compare(date, anchor));
    }

    private TimeExpression slashDate(Matcher m, CharSequence text, LocalDate anchor) {
        int month = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        if (date(2024, month, day) == null) { // 2024: a leap year, so 2/29 stays possible
            return null;
        }
        List<String> before = wordsBefore(text, m.start(), 3);
        String after = wordAfter(text, m.end());
        // a score before it ("from 8/10 to 6/10") makes this one a score too
        boolean rating = before.stream().anyMatch(w -> ratingCues.contains(w) || w.indexOf('/') > 0)
                || countWords.contains(after) || followedBy(text, m.end(), "out of");
        if (rating) {
            return null;
        }
        boolean cue = before.stream().anyMatch(dateCues::contains) || followedByClock(text, m.end());
        boolean scoreShaped = (day == 10 || day == 5 || day == 7) && month <= day
                || month < day && day <= 4; // 1/2, 1/3, 2/3, 1/4, 3/4: fractions
        if (!cue && scoreShaped) {
            return null;
        }
        return monthDay(m, anchor, month, day);
    }

    private static TimeExpression namedDate(Matcher m, LocalDate anchor, int mo, int d, int y) {
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

    private static TimeExpression monthDay(Matcher m, LocalDate anchor, int month, int day) {
        if (anchor == null) {
            return expr(m, Kind.DATE, String.format(Locale.ROOT, "--%02d-%02d", month, day), null, Orientation.UNKNOWN);
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

    private TimeExpression monthYear(Matcher m, CharSequence text, LocalDate anchor) {
        int month = monthNumber(m.group(1));
        int year = Integer.parseInt(m.group(2));
        Orientation o = Orientation.UNKNOWN;
        if (anchor != null) {
            int cmp = Integer.compare(year * 12 + month, anchor.getYear() * 12 + anchor.getMonthValue());
            o = cmp < 0 ? Orientation.PAST : cmp > 0 ? Orientation.FUTURE : Orientation.PRESENT;
        }
        return expr(m, Kind.DATE, String.format(Locale.ROOT, "%04d-%02d", year, month), null, o);
    }

    private TimeExpression monthAlone(Matcher m, CharSequence text, LocalDate anchor) {
        String word = m.group().toLowerCase(Locale.ROOT);
        Orientation o = word.startsWith("last") ? Orientation.PAST
                : word.startsWith("next") ? Orientation.FUTURE : Orientation.UNKNOWN;
        return new TimeExpression(new Span(m.start("t"), m.end("t")), Kind.DATE,
                String.format(Locale.ROOT, "--%02d", monthNumber(m.group("t"))), null, o);
    }

    private TimeExpression yearAlone(Matcher m, CharSequence text, LocalDate anchor) {
        int year = Integer.parseInt(m.group("t"));
        Orientation o = Orientation.UNKNOWN;
        if (anchor != null) {
            o = year < anchor.getYear() ? Orientation.PAST : year > anchor.getYear() ? Orientation.FUTURE : Orientation.PRESENT;
        }
        return new TimeExpression(new Span(m.start("t"), m.end("t")), Kind.DATE, Integer.toString(year), null, o);
    }

    private TimeExpression weekday(Matcher m, CharSequence text, LocalDate anchor) {
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

    private TimeExpression clock(Matcher m, CharSequence text, LocalDate anchor) {
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.groupCount() >= 3 && m.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = Character.toLowerCase(m.group(3).charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return expr(m, Kind.TIME, String.format(Locale.ROOT, "%02d:%02d", hour, minute), null, Orientation.UNKNOWN);
    }

    private TimeExpression frequencyWord(Matcher m, CharSequence text, LocalDate anchor) {
        String w = m.group(1).toLowerCase(Locale.ROOT).replace("-", "").replaceAll("\\s+", "");
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

    private TimeExpression timesPer(Matcher m, CharSequence text, LocalDate anchor) {
        String count = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s*(x|times?)$", "").trim();
        Integer n = number(count);
        String per = m.group(2).toLowerCase(Locale.ROOT);
        String period = switch (per) {
            case "daily", "nightly", "day", "night", "morning", "evening", "afternoon" -> "P1D";
            case "weekly", "week", "wk", "weekend", "session" -> "P1W";
            case "monthly", "month", "mo" -> "P1M";
            default -> "P1Y";
        };
        return expr(m, Kind.FREQUENCY, (n == null ? "?" : n) + "/" + period, null, Orientation.UNKNOWN);
    }

    private TimeExpression every(Matcher m, CharSequence text, LocalDate anchor) {
        Integer n = m.group(1) == null ? Integer.valueOf(1) : number(m.group(1).toLowerCase(Locale.ROOT));
        String what = m.group(2).toLowerCase(Locale.ROOT);
        String period;
        if (what.matches(WEEKDAY + "|weekday|weekends?")) {
            period = "P" + (n == null ? 1 : n) + "W";
        } else {
            char unit = unitLetter(what);
            period = unit == 'H' || unit == 'N' ? "PT" + (n == null ? 1 : n) + (unit == 'N' ? "M" : "H")
                    : "P" + (n == null ? 1 : n) + unit;
        }
        return expr(m, Kind.FREQUENCY, "1/" + period, null, Orientation.UNKNOWN);
    }

    private TimeExpression qEvery(Matcher m, CharSequence text, LocalDate anchor) {
        char unit = unitLetter(m.group(2).toLowerCase(Locale.ROOT));
        String period = unit == 'H' ? "PT" + m.group(1) + "H" : "P" + m.group(1) + unit;
        return expr(m, Kind.FREQUENCY, "1/" + period, null, Orientation.UNKNOWN);
    }

    private static String medFrequency(String code) {
        String c = code.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (c) {
            case "bid" -> "2/P1D";
            case "tid" -> "3/P1D";
            case "qid" -> "4/P1D";
            default -> "1/P1D";
        };
    }

    private TimeExpression countPer(Matcher m, CharSequence text, LocalDate anchor) {
        Integer n = number(firstNumber(m.group(1)));
        return expr(m, Kind.FREQUENCY, (n == null ? "?" : n) + "/P1" + unitLetter(m.group(2).toLowerCase(Locale.ROOT)), null,
                Orientation.UNKNOWN);
    }

    private TimeExpression dayWord(Matcher m, CharSequence text, LocalDate anchor) {
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

    private TimeExpression relativeWord(Matcher m, CharSequence text, LocalDate anchor) {
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

    /** An amount of time; {@code sign} 1 counts forward from the anchor, -1 back, 0 is a bare duration. */
    private TimeExpression amount(Matcher m, Kind kind, LocalDate anchor, int sign) {
        String amountText = m.group(1).toLowerCase(Locale.ROOT);
        String unitText = m.group(2).toLowerCase(Locale.ROOT);
        char letter = unitLetter(unitText);
        String[] ends = amountText.split("\\s*(?:-|\u2013|\\bto\\b|\\bor\\b)\\s*");
        List<String> parts = new ArrayList<>();
        for (String end : ends) {
            Integer n = number(end.trim());
            if (n == null) {
                return null;
            }
            parts.add((letter == 'H' || letter == 'N' ? "PT" : "P") + n + (letter == 'N' ? 'M' : letter));
        }
        String value = String.join("/", parts);
        LocalDate date = null;
        if (anchor != null && sign != 0 && parts.size() == 1 && letter != 'H' && letter != 'N') {
            Period p = Period.parse(parts.get(0));
            date = sign > 0 ? anchor.plus(p) : anchor.minus(p);
        }
        Orientation o = sign > 0 ? Orientation.FUTURE : sign < 0 ? Orientation.PAST : Orientation.UNKNOWN;
        return expr(m, kind, value, date, o);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static TimeExpression expr(Matcher m, Kind kind, String value, LocalDate date, Orientation o) {
        return new TimeExpression(new Span(m.start(), m.end()), kind, value, date, o);
    }

    private static final Pattern DAY_TO_CLOCK = Pattern.compile("\\s*(?:,|at|@|from)?\\s*", Pattern.CASE_INSENSITIVE);

    /** "11/13 at 10:00": a clock time right after a day shares that day's date and direction. */
    private static TimeExpression clockOfDay(TimeExpression day, TimeExpression e, CharSequence text) {
        if (day == null || e.kind() != Kind.TIME || day.kind() != Kind.DATE && day.kind() != Kind.WEEKDAY
                || !DAY_TO_CLOCK.matcher(text.subSequence(day.end(), e.start())).matches()) {
            return e;
        }
        return new TimeExpression(e.span(), e.kind(), e.value(), day.date(), day.orientation());
    }

    /** "since last week", "since 11/02", "since Monday": whatever follows "since" lies in the past. */
    private static TimeExpression sinceMakesPast(TimeExpression e, CharSequence text) {
        if (e.orientation() == Orientation.PAST) {
            return e;
        }
        int i = e.start() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        String word = text.subSequence(i + 1, end).toString().toLowerCase(Locale.ROOT);
        if (word.equals("since") || word.equals("ago")) {
            return new TimeExpression(e.span(), e.kind(), e.value(), e.date(), Orientation.PAST);
        }
        return e;
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

    private static Integer number(String word) {
        String w = word.trim().replaceAll("^a\\s+", "").replaceAll("\\s+of$", "");
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
        return NUMBER_WORDS.get(w);
    }

    private static String firstNumber(String amount) {
        return amount.toLowerCase(Locale.ROOT).split("\\s*(?:-|\u2013|\\bto\\b|\\bor\\b)\\s*")[0];
    }

    private static String pad(String hour) {
        return hour.length() == 1 ? "0" + hour : hour;
    }

    /** Up to {@code n} lower-cased words before {@code at}, nearest last, within the line. */
    private static List<String> wordsBefore(CharSequence text, int at, int n) {
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
                words.add(0, text.subSequence(i + 1, end).toString().toLowerCase(Locale.ROOT));
            } else {
                i--;
            }
        }
        return words;
    }

    private static String wordAfter(CharSequence text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
    }

    private static boolean followedBy(CharSequence text, int at, String phrase) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return text.length() - i >= phrase.length()
                && text.subSequence(i, i + phrase.length()).toString().equalsIgnoreCase(phrase);
    }

    private static final Pattern CLOCK_AFTER = Pattern.compile(
            "\\s*(?:,\\s*)?(?:at|@)?\\s*\\d{1,2}(?::[0-5]\\d|\\s*(?:a\\.?m|p\\.?m))", Pattern.CASE_INSENSITIVE);

    private static boolean followedByClock(CharSequence text, int at) {
        Matcher m = CLOCK_AFTER.matcher(text);
        m.region(at, text.length());
        return m.lookingAt();
    }
}
