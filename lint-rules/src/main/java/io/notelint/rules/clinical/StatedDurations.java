package io.notelint.rules.clinical;

import io.notelint.core.text.Normalizer;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds statements of this session's length in note text. Only lengths tied to the session count: a
 * length before a session noun ("45-minute individual session"), after one ("session lasted 45
 * minutes", "Session length: 45 min"), with meeting verbs ("met with client for 50 minutes", "spent
 * 53 minutes with the client"), as a time field ("Total time: 53 minutes"), or timing psychotherapy ("38
 * minutes of psychotherapy", "Psychotherapy time: 38 min"). Lengths of
 * other things ("walked 20 minutes", "a 10-minute exposure") never match, and a clause that points at
 * another session or a part of one ("next", "weekly", "first 20 minutes", "usual") is skipped.
 * The words are read once from resource files ({@link DurationWords}); the class has no state.
 */
final class StatedDurations {

    private static final class Holder {
        static final DurationWords WORDS = DurationWords.load();
        static final DurationWords.WordList LEADS = DurationReader.leads(WORDS);
        static final Set<String> CUES = words("duration-context-cues.tsv");
        static final Set<String> HABIT_CUES = words("duration-habit-cues.tsv");
        /** The unit words without a plural "s" ("minute", "min", "hour", "hr"): what a window is centred on. */
        /** "psychotherapy", "therapy", "counseling", "counselling": what makes a length the psychotherapy part's. */
        static final List<String> THERAPY_WORDS = WORDS.therapyWords().words().stream()
                .filter(w -> w.chars().allMatch(Character::isLetter)).toList();
        static final List<String> UNIT_STEMS = WORDS.units().stream().map(DurationWords.Unit::word)
                .filter(w -> !w.endsWith("s")).toList();

        private static Set<String> words(String resource) {
            Set<String> out = new HashSet<>();
            for (String line : ResourceLines.lines(StatedDurations.class, resource)) {
                out.add(line.strip().toLowerCase(Locale.ROOT));
            }
            return Set.copyOf(out);
        }
    }

    /** Before a length: a possessive or someone else's appointment ("her doctor's appointment lasted 2 hours"). */
    private static final Pattern OTHER_OWNER = Pattern.compile("(?s).*\\b(?:her|his|their|doctor|psychiatrist|pcp|medical|"
            + "dental|court|aa|na|work|school|job)(?:'s)?\\s*$");
    private static final Pattern POSSESSIVE = Pattern.compile("(?s).*'s\\s*$");
    /** After a length: a frequency or a time to come ("5 hours a night", "30 minutes in two weeks"). */
    private static final Pattern RATE_AFTER = Pattern.compile("(?s)\\s*(?:in\\s+\\w+\\s+weeks?|a\\s+(?:day|week|night))\\b.*");
    private static final Pattern NOT_LETTER_OR_HYPHEN = Pattern.compile("[^\\p{L}-]+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");

    private StatedDurations() {
    }

    /** How far before and after a unit word a statement may reach. */
    private static final int BEFORE = 120;
    private static final int AFTER = 80;

    /**
     * Every statement of this session's length, in text order, none overlapping another. A statement is
     * looked for only within 120 characters before and 80 after a unit word ("minutes", "hr"; any ASCII
     * case, no letter after it), where it is read from each place in turn ({@link DurationReader}); the
     * search goes on after the end of the last statement found.
     */
    static List<StatedDuration> find(String text) {
        List<StatedDuration> out = new ArrayList<>();
        char[] chars = text.toCharArray();
        DurationReader reader = new DurationReader(Holder.WORDS, Holder.LEADS, chars);
        int searchedTo = 0;
        int unitFrom = 0;
        for (long unit = nextUnit(chars, unitFrom); unit >= 0; unit = nextUnit(chars, unitFrom)) {
            int unitStart = (int) (unit >>> 32);
            int unitEnd = (int) unit;
            unitFrom = unitEnd;
            int from = Math.max(searchedTo, unitStart - BEFORE);
            int to = Math.min(text.length(), unitEnd + AFTER);
            int p = from;
            while (p < to) {
                int start = p;
                int end = -1;
                for (; start < to; start++) {
                    end = reader.statementAt(start, to);
                    if (end >= 0) {
                        break;
                    }
                }
                if (end < 0) {
                    break;
                }
                p = end;
                Span span = new Span(start, end);
                searchedTo = Math.max(searchedTo, end);
                if (otherSession(text, span)) {
                    continue;
                }
                DurationReader.Form form = reader.form();
                boolean psychotherapyOnly = form == DurationReader.Form.THERAPY || reader.therapyTime()
                        || (form == DurationReader.Form.BEFORE_NOUN || form == DurationReader.Form.AFTER_NOUN)
                        && namesTherapy(text.substring(start, end).toCharArray());
                StatedDuration d = parse(text, chars, span, psychotherapyOnly);
                if (d != null && out.stream().noneMatch(o -> o.span().overlaps(span))) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /**
     * The next unit word at or after {@code from}: "minute", "min", "hour" or "hr", an optional "s", in
     * ASCII letters of any case, with no ASCII letter after it; start and end packed in a long, or -1.
     */
    private static long nextUnit(char[] text, int from) {
        int n = text.length;
        for (int p = from; p < n; p++) {
            char c = (char) (text[p] | 0x20);
            if (c != 'm' && c != 'h') {
                continue;
            }
            for (String stem : Holder.UNIT_STEMS) {
                int q = p + stem.length();
                if (q > n || !asciiIgnoringCase(text, p, stem)) {
                    continue;
                }
                if (q < n && (text[q] | 0x20) == 's' && !asciiLetter(text, q + 1)) {
                    return (long) p << 32 | (q + 1);
                }
                if (!asciiLetter(text, q)) {
                    return (long) p << 32 | q;
                }
            }
        }
        return -1;
    }

    /** Whether {@code word} (lower case) stands at {@code p} in ASCII letters of any case. */
    private static boolean asciiIgnoringCase(char[] text, int p, String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = text[p + i];
            if (c != word.charAt(i) && (c < 'A' || c > 'Z' || c + 32 != word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code s} (a statement's words) names psychotherapy: one of {@code Holder.THERAPY_WORDS} as a
     * whole word, in ASCII letters of any case.
     */
    private static boolean namesTherapy(char[] s) {
        for (int i = 0; i < s.length; i++) {
            if (!DurationReader.boundary(s, i)) {
                continue;
            }
            for (String w : Holder.THERAPY_WORDS) {
                int q = i + w.length();
                if (q <= s.length && asciiIgnoringCase(s, i, w) && DurationReader.boundary(s, q)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean asciiLetter(char[] text, int p) {
        if (p >= text.length) {
            return false;
        }
        char c = text[p];
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * The length an amount states, read from the first amount in the span whose numbers are numbers: the
     * low and high ends in minutes, or null when it states none above zero.
     */
    private static StatedDuration parse(String text, char[] chars, Span span, boolean psychotherapyOnly) {
        DurationReader a = new DurationReader(Holder.WORDS, Holder.LEADS, chars);
        int p = span.start();
        while (p < span.end()) {
            int end = a.amountAt(p, span.end());
            if (end < 0) {
                p++;
                continue;
            }
            int at = p;
            p = end;
            Double lo = number(text.substring(a.numberStart(), a.numberEnd()));
            if (lo == null) {
                continue;
            }
            Double hi = a.rangeStart() < 0 ? lo : number(text.substring(a.rangeStart(), a.rangeEnd()));
            if (hi == null) {
                continue;
            }
            double scale = a.unitMinutes();
            double plus = a.extraStart() >= 0 ? Integer.parseInt(text, a.extraStart(), a.extraEnd(), 10) : a.half() ? 30 : 0;
            int low = (int) Math.round(lo * scale + plus);
            int high = (int) Math.round(hi * scale + plus);
            if (low <= 0 || high < low) {
                return null;
            }
            return new StatedDuration(span, low, high, psychotherapyOnly);
        }
        return null;
    }

    /** "45", "1.5", "forty-five", "forty five", "an", "half" as a number; null when it is none. */
    private static Double number(String s) {
        String w = s.toLowerCase(Locale.ROOT).strip();
        if (decimal(w)) {
            return Double.valueOf(w);
        }
        double total = 0;
        boolean half = false;
        for (String part : parts(w)) {
            Double v = Holder.WORDS.numbers().get(part);
            if (v == null) {
                return null;
            }
            if (part.equals("half")) {
                half = true;
            } else if (!part.equals("a") && !part.equals("an")) {
                total += v;
            }
        }
        // "a half hour" is 0.5; "an hour" is 1; "forty five" is 45
        return half ? total + 0.5 : total == 0 ? 1.0 : total;
    }

    /** One to three digits, then optionally a point and one or two digits. */
    private static boolean decimal(String w) {
        int n = w.length();
        int i = 0;
        while (i < n && i < 3 && isDigit(w.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (w.charAt(i) != '.') {
            return false;
        }
        int j = i + 1;
        while (j < n && j - i - 1 < 2 && isDigit(w.charAt(j))) {
            j++;
        }
        return j > i + 1 && j == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The words of {@code w} between hyphens and spaces, as {@code split("[- ]")} gives them. */
    private static List<String> parts(String w) {
        List<String> parts = new ArrayList<>(2);
        int from = 0;
        for (int i = 0; i <= w.length(); i++) {
            if (i == w.length() || w.charAt(i) == '-' || w.charAt(i) == ' ') {
                parts.add(w.substring(from, i));
                from = i + 1;
            }
        }
        while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    /**
     * True when the clause before the length, the length itself or the few words after it point at another
     * session, a schedule, or something the client does on their own ("a 10-minute session of mindfulness
     * daily").
     */
    private static boolean otherSession(String text, Span span) {
        int from = span.start();
        while (from > 0) {
            char c = text.charAt(from - 1);
            boolean decimal = c == '.' && from - 2 >= 0 && Character.isDigit(text.charAt(from - 2))
                    && from < text.length() && Character.isDigit(text.charAt(from));
            if (c == '\n' || c == ';' || c == '!' || c == '?' || c == '.' && !decimal) {
                break;
            }
            from--;
        }
        int to = span.end();
        int words = 0;
        while (to < text.length() && words < 4) {
            char c = text.charAt(to);
            if (c == '\n' || c == '.' || c == ';' || c == ',' || c == '(') {
                break;
            }
            if (c == ' ') {
                words++;
            }
            to++;
        }
        String before = Normalizer.fold(text.substring(from, span.start()));
        if (OTHER_OWNER.matcher(before).matches() || POSSESSIVE.matcher(before).matches()) {
            return true; // "her doctor's appointment lasted 2 hours"
        }
        String inside = Normalizer.fold(text.substring(span.start(), span.end()));
        for (String w : NOT_LETTER_OR_HYPHEN.split(before + " " + inside)) {
            if (Holder.HABIT_CUES.contains(w)) {
                return true;
            }
        }
        String around = before + " " + Normalizer.fold(text.substring(span.start(), to));
        for (String w : NOT_LETTER.split(around)) {
            if (Holder.CUES.contains(w)) {
                return true;
            }
        }
        return RATE_AFTER.matcher(Normalizer.fold(text.substring(span.end(), to))).matches();
    }
}
