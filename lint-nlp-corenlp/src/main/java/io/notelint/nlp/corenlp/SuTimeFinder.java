package io.notelint.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import io.notelint.core.time.TimeExpression.Kind;
import io.notelint.core.time.TimeExpression.Orientation;
import io.notelint.core.time.TimeExpression;
import io.notelint.core.time.TimeExpressionFinder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions found by SUTime alone, in NoteLint's {@link TimeExpression} terms, and normalised against
 * the date of service (CoreNLP's document date),
 * so "next Tuesday" written on 2026-11-20 is 2026-11-24. Never reads the system clock: with no session
 * date, relative expressions stay unresolved. Adds what SUTime leaves open: a duration after "in" counts
 * from the session ("in two weeks": INTERVAL, 2026-12-04); "twice a week" is a frequency; a weekday with no
 * "next"/"last" is read by the tense of its sentence, since SUTime always takes the day of the same week
 * ("Return Tuesday" on a Friday means the coming Tuesday). Immutable and thread-safe.
 */
public final class SuTimeFinder implements TimeExpressionFinder {

    static final SuTimeFinder INSTANCE = new SuTimeFinder();

    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ISO_WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
    private static final Pattern ISO_MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern ISO_YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern CLOCK = Pattern.compile("T(\\d{2}:\\d{2}|[A-Z]{2})");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\\b");
    private static final Pattern MODIFIED = Pattern.compile("\\b(next|last|this|past|coming|previous|following)\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(ago|from now|later|next|last|this|past|coming|previous|tomorrow|yesterday|today|tonight|now"
                    + "|the (?:week|month|year))\\b");
    private static final Pattern MONTH = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b");
    /** A count before "a week", "per day", "/week": "twice", "3 times", "2x". */
    private static final Pattern COUNT_BEFORE = Pattern.compile(
            "(?:\\b(once|twice|thrice)|\\b(\\d+|one|two|three|four|five)\\s*(?:x|times))\\s*(?:/|a|an|per|each|every)?\\s*$");
    private static final Pattern FROM_SESSION_BEFORE = Pattern.compile("\\b(in|within|after)\\s+(?:about\\s+)?$");
    private static final Pattern FROM_SESSION_AFTER = Pattern.compile("^\\s*(from now|later|out)\\b");
    private static final int CONTEXT = 16;
    /** A digit, or a word beginning like a time word: the lines SUTime is worth running on. */
    private static final Pattern CUES = cues();

    private SuTimeFinder() {
    }

    /**
     * Time expressions inside {@code region} of {@code text}, in text order, never overlapping. SUTime runs
     * line by line, and only on lines that hold a digit or a time word (sutime-cues.txt); note sentences never
     * cross a line, and this spares SUTime, the slowest part of the backend, most of a note.
     *
     * @param anchor the date of service; null leaves relative expressions unresolved
     */
    @Override
    public List<TimeExpression> find(CharSequence text, Span region, LocalDate anchor) {
        List<TimeExpression> out = new ArrayList<>();
        int start = region.start();
        for (int i = region.start(); i <= region.end(); i++) {
            if (i == region.end() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i > start && CUES.matcher(text.subSequence(start, i)).find()) {
                    out.addAll(findInLine(text, new Span(start, i), anchor));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private List<TimeExpression> findInLine(CharSequence text, Span region, LocalDate anchor) {
        String segment = region.in(text);
        Annotation doc = new Annotation(segment);
        Annotators.Splitter.INSTANCE.annotate(doc);
        if (CoreNlpAnalyzer.sentencesOf(doc).isEmpty()) {
            return List.of();
        }
        Annotators.Tagger.POS.annotate(doc);
        Annotators.Tagger.LEMMA.annotate(doc);
        if (anchor != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        }
        Annotators.Time.INSTANCE.annotate(doc);
        List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
        List<TimeExpression> out = new ArrayList<>();
        if (timexes == null) {
            return out;
        }
        for (CoreMap tm : timexes) {
            int begin = tm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = tm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String surface = segment.substring(begin, end);
            if (surface.endsWith(".") && surface.indexOf('.') == surface.length() - 1) {
                // "3pm." at the end of a sentence: the tokenizer keeps the full stop on the abbreviation
                end--;
                surface = surface.substring(0, surface.length() - 1);
            }
            TimeExpression m = classify(tm, segment, begin, end, surface.toLowerCase(Locale.ROOT), doc, anchor);
            if (m != null) {
                out.add(new TimeExpression(new Span(region.start() + begin, region.start() + end), m.kind(), m.value(),
                        m.date(), m.orientation()));
            }
        }
        return out;
    }

    private static Pattern cues() {
        StringBuilder alternatives = new StringBuilder("\\d");
        for (String stem : ResourceLines.lines(SuTimeFinder.class, "sutime-cues.txt")) {
            alternatives.append('|').append(Pattern.quote(stem.strip()));
        }
        return Pattern.compile("(?:^|\\b)(?:" + alternatives + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The mention at relative offsets (shifted by the caller), or null for what NoteLint does not use. */
    private static TimeExpression classify(CoreMap tm, String segment, int begin, int end, String lower,
                                        Annotation doc, LocalDate anchor) {
        Timex timex = tm.get(TimeAnnotations.TimexAnnotation.class);
        // CoreNLP's own TimeExpression, holding the SUTime temporal
        edu.stanford.nlp.time.TimeExpression expression = tm.get(edu.stanford.nlp.time.TimeExpression.Annotation.class);
        if (timex == null || expression == null || expression.getTemporal() == null) {
            return null;
        }
        String value = timex.value() != null ? timex.value() : timex.altVal();
        value = value == null ? "" : value;
        String before = segment.substring(Math.max(0, begin - CONTEXT), begin).toLowerCase(Locale.ROOT);
        String after = segment.substring(end, Math.min(segment.length(), end + CONTEXT)).toLowerCase(Locale.ROOT);
        Span here = new Span(begin, end);
        switch (timex.timexType()) {
            case "DATE":
                return date(here, lower, value, doc, anchor);
            case "TIME":
                return time(here, lower, value, doc, anchor);
            case "DURATION":
                return duration(here, lower, value, before, after, anchor);
            case "SET":
                return frequency(here, value, before, expression.getTemporal());
            default:
                return null;
        }
    }

    private static TimeExpression date(Span here, String lower, String value, Annotation doc, LocalDate anchor) {
        Matcher weekday = WEEKDAY.matcher(lower);
        if (weekday.find()) {
            DayOfWeek day = dayOf(weekday.group(1));
            LocalDate date = MODIFIED.matcher(lower).find() ? begin(value) : bareWeekday(day, here, doc, anchor);
            return new TimeExpression(here, Kind.WEEKDAY, day.name(), date, orientation(date, end(value, date), anchor));
        }
        LocalDate date = begin(value);
        LocalDate last = end(value, date);
        // "next week", "two weeks ago", "end of the month"; holidays and written dates are dates
        boolean relative = RELATIVE.matcher(lower).find();
        if ("PRESENT_REF".equals(value)) {
            date = anchor;
            last = anchor;
        }
        return new TimeExpression(here, relative ? Kind.RELATIVE : Kind.DATE, value, date, orientation(date, last, anchor));
    }

    private static TimeExpression time(Span here, String lower, String value, Annotation doc, LocalDate anchor) {
        Matcher clock = CLOCK.matcher(value);
        String shown = clock.find() ? clock.group(1) : value;
        Matcher weekday = WEEKDAY.matcher(lower);
        LocalDate date = null;
        if (weekday.find()) {
            date = MODIFIED.matcher(lower).find() ? begin(value) : bareWeekday(dayOf(weekday.group(1)), here, doc, anchor);
        } else if (RELATIVE.matcher(lower).find() || MONTH.matcher(lower).find() || lower.contains("/")) {
            // a day is named ("tomorrow at 3pm", "Dec 4 at noon"); a bare "3pm" names none
            date = begin(value);
        }
        return new TimeExpression(here, Kind.TIME, shown, date, orientation(date, date, anchor));
    }

    private static TimeExpression duration(Span here, String lower, String value, String before, String after,
                                        LocalDate anchor) {
        String period = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
        Matcher count = COUNT_BEFORE.matcher(before);
        boolean perUnit = lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("per ")
                || before.endsWith("/") || before.endsWith("a ") || before.endsWith("per ");
        if (count.find() && perUnit) {
            return new TimeExpression(here, Kind.FREQUENCY, countOf(count) + "/" + period, null, Orientation.UNKNOWN);
        }
        if (FROM_SESSION_BEFORE.matcher(before).find() || FROM_SESSION_AFTER.matcher(after).find()) {
            LocalDate date = null;
            if (anchor != null) {
                try {
                    date = anchor.plus(Period.parse(period));
                } catch (DateTimeParseException e) {
                    // hours or minutes ("in 2 hours"): the same day
                    date = period.startsWith("PT") ? anchor : null;
                }
            }
            return new TimeExpression(here, Kind.INTERVAL, value, date, anchor == null ? Orientation.UNKNOWN
                    : Orientation.FUTURE);
        }
        return new TimeExpression(here, Kind.DURATION, value, null, Orientation.UNKNOWN);
    }

    private static TimeExpression frequency(Span here, String value, String before, SUTime.Temporal temporal) {
        Map<String, String> attributes = temporal.getTimexAttributes(new SUTime.TimeIndex());
        String period = attributes.get("periodicity");
        if (period == null || period.isEmpty()) {
            // "on Mondays" has the value XXXX-WXX-1: once a week
            period = value.startsWith("P") ? value : "P1W";
        }
        Matcher count = COUNT_BEFORE.matcher(before);
        int n = count.find() ? countOf(count) : 1;
        return new TimeExpression(here, Kind.FREQUENCY, n + "/" + period, null, Orientation.UNKNOWN);
    }

    /**
     * A weekday without "next" or "last": the coming one unless its sentence is in the past tense (a past verb
     * and no modal): "Return Tuesday" is the next Tuesday, "panic attack on Tuesday" the last one.
     */
    private static LocalDate bareWeekday(DayOfWeek day, Span here, Annotation doc, LocalDate anchor) {
        if (anchor == null) {
            return null;
        }
        return pastTense(here, doc) ? anchor.with(TemporalAdjusters.previous(day))
                : anchor.with(TemporalAdjusters.next(day));
    }

    private static boolean pastTense(Span here, Annotation doc) {
        for (CoreMap sentence : CoreNlpAnalyzer.sentencesOf(doc)) {
            List<CoreLabel> tokens = CoreNlpAnalyzer.labels(sentence);
            if (tokens.isEmpty() || tokens.get(0).beginPosition() > here.start()
                    || tokens.get(tokens.size() - 1).endPosition() < here.end()) {
                continue;
            }
            boolean past = false;
            for (CoreLabel t : tokens) {
                if ("MD".equals(t.tag())) {
                    return false;
                }
                past |= "VBD".equals(t.tag());
            }
            return past;
        }
        return false;
    }

    private static DayOfWeek dayOf(String stem) {
        return switch (stem.substring(0, 2)) {
            case "mo" -> DayOfWeek.MONDAY;
            case "tu" -> DayOfWeek.TUESDAY;
            case "we" -> DayOfWeek.WEDNESDAY;
            case "th" -> DayOfWeek.THURSDAY;
            case "fr" -> DayOfWeek.FRIDAY;
            case "sa" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    private static int countOf(Matcher m) {
        String word = m.group(1) != null ? m.group(1) : m.group(2);
        return switch (word) {
            case "once", "one" -> 1;
            case "twice", "two" -> 2;
            case "thrice", "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            default -> Integer.parseInt(word);
        };
    }

    /** The first day of an ISO date, week, month or year value; null for anything unresolved. */
    static LocalDate begin(String value) {
        Matcher m = ISO_DAY.matcher(value);
        if (m.find()) {
            return parse(m.group(1));
        }
        m = ISO_WEEK.matcher(value);
        if (m.find()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(DayOfWeek.MONDAY);
        }
        m = ISO_MONTH.matcher(value);
        if (m.find()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        }
        m = ISO_YEAR.matcher(value);
        return m.find() ? LocalDate.of(Integer.parseInt(m.group(1)), 1, 1) : null;
    }

    /** The last day of the period {@code value} names, given its first. */
    private static LocalDate end(String value, LocalDate first) {
        if (first == null) {
            return null;
        }
        if (ISO_WEEK.matcher(value).find()) {
            return first.plusDays(6);
        }
        if (ISO_MONTH.matcher(value).find()) {
            return first.with(TemporalAdjusters.lastDayOfMonth());
        }
        if (ISO_YEAR.matcher(value).find()) {
            return first.with(TemporalAdjusters.lastDayOfYear());
        }
        return first;
    }

    private static LocalDate parse(String iso) {
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Orientation orientation(LocalDate first, LocalDate last, LocalDate anchor) {
        if (first == null || anchor == null) {
            return Orientation.UNKNOWN;
        }
        if (last.isBefore(anchor)) {
            return Orientation.PAST;
        }
        return first.isAfter(anchor) ? Orientation.FUTURE : Orientation.PRESENT;
    }
}
