package io.notelint.rules.clinical;

import io.notelint.core.text.Normalizer;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds statements of this session's length in note text. Only lengths tied to the session count: a
 * length before a session noun ("45-minute individual session"), after one ("session lasted 45
 * minutes", "Session length: 45 min"), with meeting verbs ("met with client for 50 minutes", "spent
 * 53 minutes with the client"), as a time field ("Total time: 53 minutes"), or timing psychotherapy ("38
 * minutes of psychotherapy", "Psychotherapy time: 38 min"). Lengths of
 * other things ("walked 20 minutes", "a 10-minute exposure") never match, and a clause that points at
 * another session or a part of one ("next", "weekly", "first 20 minutes", "usual") is skipped.
 * Patterns are built once from resource lists; the class is immutable.
 */
final class RegexStatedDurations {

    private static final class Holder {
        static final Map<String, Double> NUMBERS = numbers();
        static final Set<String> CUES = words("duration-context-cues.tsv");
        static final Set<String> HABIT_CUES = words("duration-habit-cues.tsv");
        static final String NUMBER = number();
        static final Pattern AMOUNT = Pattern.compile("(?<a>" + NUMBER + ")(?:\\s*(?:-|–|to)\\s*(?<b>" + NUMBER + "))?"
                + "[- ]?(?<unit>minutes?|mins?|hours?|hrs?)\\.?"
                + "(?:\\s*(?:and\\s+)?(?:(?<extra>\\d{1,2})\\s*(?:minutes?|mins?)|(?<half>a\\s+half)))?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        static final Pattern PATTERN = build();

        /** Digits, number words ("forty-five", "a half"), or "a"/"an" before hour ("an hour"). */
        private static String number() {
            List<String> numberWords = new ArrayList<>(NUMBERS.keySet());
            numberWords.removeIf(w -> w.equals("a") || w.equals("an"));
            numberWords.sort((a, b) -> b.length() - a.length());
            String word = "(?:" + String.join("|", numberWords) + ")";
            return "(?:\\d{1,3}(?:\\.\\d{1,2})?|(?:an?\\s+)?" + word + "(?:[- ]" + word + ")?|an?(?=[- ]?(?:hour|hr)))";
        }

        private static Map<String, Double> numbers() {
            Map<String, Double> out = new HashMap<>();
            for (String[] row : ResourceLines.tsv(RegexStatedDurations.class, "number-words.tsv", 2)) {
                out.put(row[0].toLowerCase(Locale.ROOT), Double.valueOf(row[1]));
            }
            return Map.copyOf(out);
        }

        private static Set<String> words(String resource) {
            Set<String> out = new HashSet<>();
            for (String line : ResourceLines.lines(RegexStatedDurations.class, resource)) {
                out.add(line.strip().toLowerCase(Locale.ROOT));
            }
            return Set.copyOf(out);
        }

        private static Pattern build() {
            List<String> nouns = new ArrayList<>();
            List<String> mods = new ArrayList<>();
            for (String[] row : ResourceLines.tsv(RegexStatedDurations.class, "session-duration-nouns.tsv", 2)) {
                (row[1].equals("noun") ? nouns : mods).add(Pattern.quote(row[0]));
            }
            String num = NUMBER;
            String range = num + "(?:\\s*(?:-|–|to)\\s*" + num + ")?";
            String amount = range + "[- ]?(?:minutes?|mins?|hours?|hrs?)\\.?"
                    + "(?:\\s*(?:and\\s+)?(?:\\d{1,2}\\s*(?:minutes?|mins?)|a\\s+half))?";
            String noun = "(?:" + String.join("|", nouns) + ")";
            String mod = "(?:" + String.join("|", mods) + ")";
            String connector = "(?:\\s*(?::|=|–|-|\\b(?:length|duration|time|lasted|lasting|ran|was|were|of|totaled|"
                    + "totalled|total|approximately|approx|about|around|roughly|a|for|spent)\\b\\.?))+\\s*";
            String who = "(?:the\\s+)?(?:client|patient|pt|family|couple|parents?|caregivers?|him|her|them)";
            String about = "(?:(?:approximately|approx\\.?|about|around|roughly|a\\s+total\\s+of)\\s+)?";
            String before = "(?<before>" + amount + "(?:[- ]long)?[- ](?:" + mod + "[- ]){0,3}(?<noun1>" + noun + "))(?![\\w-])";
            String after = "(?<after>\\b(?<noun2>" + noun + ")" + connector + about + amount + ")";
            String met = "(?<met>\\b(?:met|meeting|seen|saw\\s+" + who + ")(?:\\s+with\\s+" + who + ")?\\s+for\\s+" + about
                    + amount + ")";
            // "spent 53 minutes with the client", "I spent about 30 minutes with him", "25 minutes spent with patient"
            String spent = "(?<spent>\\bspent\\s+" + about + amount + "\\s+(?:face[- ]to[- ]face\\s+)?with\\s+" + who
                    + "\\b|" + about + amount + "\\s+(?:(?:was|were)\\s+)?spent\\s+(?:face[- ]to[- ]face\\s+)?with\\s+"
                    + who + "\\b)";
            String therapy = "(?<therapy>" + about + amount + "\\s+(?:of\\s+)?(?:(?:face[- ]to[- ]face|individual|family|"
                    + "direct|synchronous)\\s+)*(?:psychotherapy|therapy|counseling|counselling|face[- ]to[- ]face\\s+time))";
            String field = "(?<field>\\b(?:total\\s+(?:session\\s+|face[- ]to[- ]face\\s+|visit\\s+)?(?:time|duration)"
                    + "(?:\\s+spent)?(?:\\s+with\\s+" + who + ")?|time\\s+spent(?:\\s+with\\s+" + who + ")?|face[- ]to[- ]face"
                    + "\\s+time|(?<ptime>psychotherapy\\s+time|therapy\\s+time))\\s*(?:[:=–-]|\\bwas\\b|\\bof\\b)?\\s*"
                    + about + amount + ")";
            return Pattern.compile("(?<![\\w-])(?:" + before + "|" + after + "|" + met + "|" + spent + "|" + therapy + "|"
                    + field + ")",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    /** Words that make a stated length the psychotherapy part's, not the visit's. */
    private static final Pattern THERAPY_WORD = Pattern.compile("(?i)\\b(?:psychotherapy|therapy|counsell?ing)\\b");

    private RegexStatedDurations() {
    }

    /** A unit word: every stated length has one, so the full pattern runs only in windows around these. */
    private static final Pattern UNIT = Pattern.compile("(?i)(?:minute|min|hour|hr)s?(?![a-z])");

    /** How far before and after a unit word a statement may reach. */
    private static final int BEFORE = 120;
    private static final int AFTER = 80;

    static List<StatedDuration> find(String text) {
        List<StatedDuration> out = new ArrayList<>();
        Matcher unit = UNIT.matcher(text);
        Matcher m = Holder.PATTERN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int searchedTo = 0;
        while (unit.find()) {
            int from = Math.max(searchedTo, unit.start() - BEFORE);
            int to = Math.min(text.length(), unit.end() + AFTER);
            if (from >= to) {
                continue;
            }
            m.region(from, to);
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                searchedTo = Math.max(searchedTo, m.end());
                if (otherSession(text, span)) {
                    continue;
                }
                boolean psychotherapyOnly = m.group("therapy") != null || m.group("ptime") != null
                        || (m.group("before") != null || m.group("after") != null) && THERAPY_WORD.matcher(m.group()).find();
                StatedDuration d = parse(text, span, psychotherapyOnly);
                if (d != null && out.stream().noneMatch(o -> o.span().overlaps(span))) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    private static StatedDuration parse(String text, Span span, boolean psychotherapyOnly) {
        Matcher a = Holder.AMOUNT.matcher(text.substring(span.start(), span.end()));
        while (a.find()) {
            Double lo = number(a.group("a"));
            if (lo == null) {
                continue;
            }
            Double hi = a.group("b") == null ? lo : number(a.group("b"));
            if (hi == null) {
                continue;
            }
            double scale = a.group("unit").toLowerCase(Locale.ROOT).startsWith("h") ? 60 : 1;
            double plus = a.group("extra") != null ? Integer.parseInt(a.group("extra")) : a.group("half") != null ? 30 : 0;
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
        if (w.matches("\\d{1,3}(?:\\.\\d{1,2})?")) {
            return Double.valueOf(w);
        }
        double total = 0;
        boolean half = false;
        for (String part : w.split("[- ]")) {
            Double v = Holder.NUMBERS.get(part);
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
        if (before.matches("(?s).*\\b(?:her|his|their|doctor|psychiatrist|pcp|medical|dental|court|aa|na|work|school|job)"
                + "(?:'s)?\\s*$") || before.matches("(?s).*'s\\s*$")) {
            return true; // "her doctor's appointment lasted 2 hours"
        }
        String inside = Normalizer.fold(text.substring(span.start(), span.end()));
        for (String w : (before + " " + inside).split("[^\\p{L}-]+")) {
            if (Holder.HABIT_CUES.contains(w)) {
                return true;
            }
        }
        String around = before + " " + Normalizer.fold(text.substring(span.start(), to));
        for (String w : around.split("[^\\p{L}]+")) {
            if (Holder.CUES.contains(w)) {
                return true;
            }
        }
        return Normalizer.fold(text.substring(span.end(), to)).matches("(?s)\\s*(?:in\\s+\\w+\\s+weeks?|a\\s+(?:day|week|night))\\b.*");
    }
}
