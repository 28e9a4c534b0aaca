package io.notelint.core.time;

import io.notelint.core.text.Span;
import io.notelint.core.time.TimeExpression.Kind;
import io.notelint.core.time.TimeExpression.Orientation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The default {@link TimeExpressionFinder}: one pass over the text that, at each place an expression
 * can begin (a number, or a word with no letter or number before it), tries only the productions of
 * {@link TimeGrammar} whose first word can start with that character. Covers the ways US clinical
 * notes write times (12/4, 12/04/2026, Dec 4, December 4th, Tuesday, 3pm, 15:00, 3:30 p.m., in two
 * weeks, RTC 2 wks, weekly, every other week, biweekly, 2x/week, next week, two weeks ago). Every
 * production may fire; overlapping candidates are settled by taking the earliest, then the longest,
 * so "in 2 weeks" is one INTERVAL and "2 weeks ago" one RELATIVE. The vocabulary lives in
 * time-vocabulary.tsv and number-words.tsv. Immutable and thread-safe.
 */
final class ScanningTimeExpressionFinder implements TimeExpressionFinder {

    static final ScanningTimeExpressionFinder INSTANCE = new ScanningTimeExpressionFinder();

    private final TimeGrammar.Production[] productions;
    /** Productions that can begin with a digit, or with a given ASCII sign ("@"), as bits in production order. */
    private final long digitLed;
    private final long[] signLed = new long[128];
    /**
     * A trie of the letters that begin the productions' first words (folded a-z): children[node * 26 +
     * letter], 0 for none; words[node]: the productions with a first word that begins with the letters
     * up to that node and then has no more letters ("in", "a" of "a couple of", "two" of "twox").
     */
    private int[] children = new int[26 * 256];
    private long[] words = new long[256];
    private int nodes = 1;

    private ScanningTimeExpressionFinder() {
        TimeVocabulary vocabulary = TimeVocabulary.load();
        TimeGrammar grammar = new TimeGrammar(vocabulary);
        this.productions = grammar.productions(new TimeValues(vocabulary)).toArray(TimeGrammar.Production[]::new);
        if (productions.length > Long.SIZE) {
            throw new IllegalStateException("at most 64 productions");
        }
        long digits = 0;
        for (int i = 0; i < productions.length; i++) {
            long bit = 1L << i;
            for (String lead : productions[i].leads()) {
                if (lead.equals("#")) {
                    digits |= bit;
                    continue;
                }
                for (String item : vocabulary.get(lead).itemTexts()) {
                    char first = Cursor.fold(item.charAt(0));
                    if (first == '#') {
                        digits |= bit;
                    } else if (first >= 'a' && first <= 'z') {
                        int node = 0;
                        for (int k = 0; k < item.length() && Cursor.fold(item.charAt(k)) >= 'a'
                                && Cursor.fold(item.charAt(k)) <= 'z'; k++) {
                            node = child(node, Cursor.fold(item.charAt(k)) - 'a');
                        }
                        words[node] |= bit;
                    } else if (first < 128) {
                        signLed[first] |= bit;
                    } else {
                        throw new IllegalStateException("time-vocabulary.tsv: " + lead + " leads an expression with " + item);
                    }
                }
            }
        }
        this.digitLed = digits;
    }

    private int child(int node, int letter) {
        int slot = node * 26 + letter;
        if (children[slot] == 0) {
            if (nodes == words.length) {
                words = java.util.Arrays.copyOf(words, nodes * 2);
                children = java.util.Arrays.copyOf(children, nodes * 2 * 26);
            }
            children[slot] = nodes++;
        }
        return children[slot];
    }

    @Override
    public List<TimeExpression> find(CharSequence chars, Span region, LocalDate anchor) {
        // a String throughout: its charAt binds statically, which the C1 compiler inlines (an interface call it does not)
        String text = chars.toString();
        List<TimeExpression> candidates = new ArrayList<>();
        Cursor cursor = new Cursor(text, region.end());
        // as a regex find() would, a production resumes after its previous reading
        int[] resume = new int[productions.length];
        char prev = region.start() == 0 ? ' ' : text.charAt(region.start() - 1);
        for (int p = region.start(); p < region.end(); p++) {
            char c = text.charAt(p);
            long mask = leadsAt(text, p, c, prev);
            prev = c;
            while (mask != 0) {
                int i = Long.numberOfTrailingZeros(mask);
                mask &= mask - 1;
                if (p < resume[i]) {
                    continue;
                }
                cursor.top = 0;
                Groups g = productions[i].reading().read(cursor, p);
                if (g != null) {
                    resume[i] = g.end();
                    TimeExpression e = productions[i].maker().make(g, text, anchor);
                    if (e != null) {
                        candidates.add(sinceMakesPast(e, text));
                    }
                }
            }
        }
        return settle(candidates, text, region);
    }

    /**
     * The productions that may begin at {@code p}, where {@code c} stands after {@code prev}: at a
     * number's first digit those that begin with one; where no letter or digit comes before, those whose
     * first word's letters begin the letters there (a superset: each production then reads the text
     * itself). Most positions are inside a word and are turned away by the first two tests.
     */
    private long leadsAt(String text, int p, char c, char prev) {
        if (Cursor.digit(c)) {
            return Cursor.digit(prev) ? 0 : digitLed;
        }
        if (prev < 128 ? asciiLetterOrDigit(prev) : Character.isLetterOrDigit(prev)) {
            return 0;
        }
        long mask = 0;
        int node = 0;
        for (int k = p; k < text.length(); k++) {
            char f = Cursor.fold(text.charAt(k));
            if (f < 'a' || f > 'z') {
                break;
            }
            node = children[node * 26 + f - 'a'];
            if (node == 0) {
                break;
            }
            mask |= words[node];
        }
        return c < 128 ? mask | signLed[c] : mask;
    }

    /** {@link Character#isLetterOrDigit(char)} for an ASCII character. */
    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Overlapping candidates settled: the earliest, then the longest, wins. */
    private static List<TimeExpression> settle(List<TimeExpression> candidates, String text, Span region) {
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

    /** "11/13 at 10:00": a clock time right after a day shares that day's date and direction. */
    private static TimeExpression clockOfDay(TimeExpression day, TimeExpression e, String text) {
        if (day == null || e.kind() != Kind.TIME || day.kind() != Kind.DATE && day.kind() != Kind.WEEKDAY
                || !TimeValues.dayToClock(text, day.end(), e.start())) {
            return e;
        }
        return new TimeExpression(e.span(), e.kind(), e.value(), day.date(), day.orientation());
    }

    /** "since last week", "since 11/02", "since Monday": whatever follows "since" lies in the past. */
    private static TimeExpression sinceMakesPast(TimeExpression e, String text) {
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
        String word = text.substring(i + 1, end).toLowerCase(Locale.ROOT);
        if (word.equals("since") || word.equals("ago")) {
            return new TimeExpression(e.span(), e.kind(), e.value(), e.date(), Orientation.PAST);
        }
        return e;
    }
}
