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

    /** No production (before INSTANCE: its constructor uses it). */
    private static final int[] NONE = {};

    static final ScanningTimeExpressionFinder INSTANCE = new ScanningTimeExpressionFinder();

    private final TimeGrammar.Production[] productions;
    /**
     * A trie of the letters that begin the productions' first words (folded a-z): children[node * 26 +
     * letter], 0 for none; words[node]: the productions with a first word that begins with the letters
     * up to that node and then has no more letters ("in", "a" of "a couple of", "two" of "twox").
     */
    private int[] children = new int[26 * 256];
    private long[] words = new long[256];
    private int nodes = 1;
    /**
     * The productions to try, as indexes in production order: at a number's first digit; at a word whose
     * letters lead down the trie as far as a node (those of every first word that ends on the way); at an
     * ASCII sign ("@", "~").
     */
    private final int[] digitLeads;
    private final int[][] wordLeads;
    private final int[][] signLeads = new int[128][];

    private ScanningTimeExpressionFinder() {
        TimeVocabulary vocabulary = TimeVocabulary.load();
        TimeGrammar grammar = new TimeGrammar(vocabulary);
        this.productions = grammar.productions(new TimeValues(vocabulary)).toArray(TimeGrammar.Production[]::new);
        if (productions.length > Long.SIZE) {
            throw new IllegalStateException("at most 64 productions");
        }
        long digits = 0;
        long[] signLed = new long[128];
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
        this.digitLeads = indexes(digits);
        // a child's index is above its parent's: one pass in index order sees every parent first
        long[] reached = new long[nodes];
        for (int node = 0; node < nodes; node++) {
            for (int letter = 0; letter < 26; letter++) {
                int next = children[node * 26 + letter];
                if (next != 0) {
                    reached[next] = reached[node] | words[next];
                }
            }
        }
        this.wordLeads = new int[nodes][];
        for (int node = 0; node < nodes; node++) {
            wordLeads[node] = indexes(reached[node]);
        }
        for (int c = 0; c < 128; c++) {
            // a sign is never a letter: no position both walks the trie and is sign-led
            if (signLed[c] != 0 && Cursor.fold((char) c) >= 'a' && Cursor.fold((char) c) <= 'z') {
                throw new IllegalStateException("a letter counted as a sign: " + (char) c);
            }
            signLeads[c] = indexes(signLed[c]);
        }
    }

    private static int[] indexes(long bits) {
        int[] out = new int[Long.bitCount(bits)];
        int n = 0;
        for (int i = 0; i < Long.SIZE; i++) {
            if ((bits & 1L << i) != 0) {
                out[n++] = i;
            }
        }
        return n == 0 ? NONE : out;
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
        String text = chars.toString();
        List<TimeExpression> candidates = new ArrayList<>();
        Cursor cursor = new Cursor(text, region.end());
        // as a regex find() would, a production resumes after its previous reading
        int[] resume = new int[productions.length];
        char[] a = cursor.chars;
        char prev = region.start() == 0 ? ' ' : a[region.start() - 1];
        for (int p = region.start(); p < region.end(); p++) {
            char c = a[p];
            char before = prev;
            prev = c;
            int[] leads;
            // most positions are inside a word or a number: turned away by these two tests alone
            if (Cursor.digit(c)) {
                if (Cursor.digit(before)) {
                    continue;
                }
                leads = digitLeads;
            } else if (before < 128 ? Cursor.asciiLetterOrDigit(before) : Character.isLetterOrDigit(before)) {
                continue;
            } else {
                leads = wordLeads(a, p, c);
            }
            for (int i : leads) {
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
     * The productions that may begin at {@code p}, where {@code c} stands after no letter or digit: those
     * whose first word's letters begin the letters there (a superset: each production then reads the
     * text itself), or those that begin with the sign {@code c}.
     */
    private int[] wordLeads(char[] text, int p, char c) {
        int node = 0;
        for (int k = p; k < text.length; k++) {
            char ch = text[k];
            char f = ch >= 'a' && ch <= 'z' ? ch : Cursor.fold(ch);
            if (f < 'a' || f > 'z') {
                break;
            }
            int next = children[node * 26 + f - 'a'];
            if (next == 0) {
                break;
            }
            node = next;
        }
        return node != 0 ? wordLeads[node] : c < 128 ? signLeads[c] : NONE;
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
        if (asciiWordIs(text, i + 1, end, "since") || asciiWordIs(text, i + 1, end, "ago")) {
            return new TimeExpression(e.span(), e.kind(), e.value(), e.date(), Orientation.PAST);
        }
        return e;
    }

    /**
     * Whether {@code text[from, to)} lower-cased (Locale.ROOT) is {@code word}, a lower-case ASCII word:
     * compared without a copy when the text there is ASCII, else as String.toLowerCase would have it.
     */
    private static boolean asciiWordIs(String text, int from, int to, String word) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) >= 128) {
                return text.substring(from, to).toLowerCase(Locale.ROOT).equals(word);
            }
        }
        if (to - from != word.length()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != word.charAt(k - from)) {
                return false;
            }
        }
        return true;
    }
}
