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

    /**
     * The most characters other than white space one reading consumes, with room to spare: the longest
     * productions ("over the next couple of weeks", "every other Tuesday at 10:30 a.m.") stay under 40.
     */
    static final int REACH = 96;

    private final TimeGrammar.Production[] productions;
    /** No production: one empty list shared by every position that leads nowhere (never written to). */
    private final int[] none = {};
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

    private int[] indexes(long bits) {
        int[] out = new int[Long.bitCount(bits)];
        int n = 0;
        for (int i = 0; i < Long.SIZE; i++) {
            if ((bits & 1L << i) != 0) {
                out[n++] = i;
            }
        }
        return n == 0 ? none : out;
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
        Cursor cursor = new Cursor(text, region.end());
        // as a regex find() would, a production resumes after its previous reading
        List<TimeExpression> candidates = new ArrayList<>();
        read(cursor, region.start(), region.end(), new int[productions.length], anchor, candidates);
        return settle(candidates, text, region);
    }

    @Override
    public RegionReader regions(CharSequence chars, LocalDate anchor) {
        return new Regions(chars.toString(), anchor);
    }

    /**
     * Answers region by region exactly what the whole text's scan keeps inside each, scanning only near the
     * regions asked about. It keeps the state of the whole scan over a run of the text (each production's
     * resume point, the end of the last kept expression, candidates not yet settled): a region that starts
     * at most {@value #REACH} characters after the run's end extends the run (the characters between are
     * scanned, as the whole scan would); a region further on starts a new run. A new run at position
     * {@code s} is in the whole scan's state when no reading that starts before {@code s} ends after it: then
     * no production's resume point and no kept expression's end lies past {@code s}. A reading consumes at
     * most {@value #REACH} characters other than white space (a bounded number of steps, each a bounded
     * number of digits, signs or vocabulary letters; {@code RegionReaderMatchesWholeScanTest} checks the
     * bound with room to spare), so one that ends past {@code s} begins among the {@value #REACH} non-space
     * characters before it: every production that may begin at a position there is read, whatever the whole
     * scan's resume points (a superset of the readings the whole scan makes there), and when any ends past
     * {@code s} the region gets no answer (null). Readings run to the text's end, as the whole scan's do;
     * kept expressions ending past a region are left out of its answer, as
     * {@code AnalyzedNote.timeExpressions(Span)} leaves them out. The one other link to the text before a run
     * is a clock time given the date of a day right before it ("12/4 at 3pm"): when a run's first kept
     * expression is a clock time whose gap to such a day could begin before the run, a region holding it
     * gets no answer. Confined to one thread.
     */
    private final class Regions implements RegionReader {
        private final Cursor cursor;
        private final String text;
        private final LocalDate anchor;
        private final int[] resume = new int[productions.length];
        /** Candidates read but not yet settled, in the order read. */
        private final List<TimeExpression> pending = new ArrayList<>();
        /** The run's kept expressions, in text order. */
        private final List<TimeExpression> kept = new ArrayList<>();
        /** Where the run began; -1 before the first. */
        private int runStart = -1;
        /** Every position of [runStart, scanned) has been read. */
        private int scanned;
        private int covered;
        /** The start of a kept clock time whose date a day before the run might give, else -1. */
        private int unsure = -1;

        Regions(String text, LocalDate anchor) {
            this.text = text;
            this.anchor = anchor;
            // one copy of the text's characters for every region asked about; consuming steps may run to its end
            this.cursor = new Cursor(text, text.length());
        }

        @Override
        public List<TimeExpression> inside(Span region) {
            int a = region.start();
            int b = region.end();
            if (runStart < 0 || a < runStart || a - scanned > REACH) {
                if (crossesInto(cursor, reachBack(a), a)) {
                    return null;
                }
                runStart = a;
                scanned = a;
                covered = a;
                pending.clear();
                kept.clear();
                unsure = -1;
                java.util.Arrays.fill(resume, 0);
            }
            if (b > scanned) {
                read(cursor, scanned, b, resume, anchor, pending);
                scanned = b;
                settleBefore(b);
            }
            List<TimeExpression> out = new ArrayList<>();
            for (int i = firstStartingAt(a); i < kept.size() && kept.get(i).start() < b; i++) {
                TimeExpression e = kept.get(i);
                if (e.start() == unsure) {
                    return null;
                }
                if (e.end() <= b) {
                    out.add(e);
                }
            }
            return out;
        }

        /** The index of the first kept expression starting at or after {@code a}. */
        private int firstStartingAt(int a) {
            int lo = 0;
            int hi = kept.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (kept.get(mid).start() < a) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /**
         * Settles the candidates starting before {@code end} (every one of them has been read: a candidate
         * read at a position starts there or later), as {@link #settle} does: the earliest, then the longest.
         */
        private void settleBefore(int end) {
            if (pending.isEmpty()) {
                return;
            }
            pending.sort(Comparator.comparingInt(TimeExpression::start)
                    .thenComparing(Comparator.comparingInt((TimeExpression e) -> e.span().length()).reversed()));
            int n = 0;
            while (n < pending.size() && pending.get(n).start() < end) {
                TimeExpression e = pending.get(n++);
                if (e.start() >= covered) {
                    TimeExpression previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                    if (previous == null && e.kind() == Kind.TIME && TimeValues.dayGapFrom(text, e.start()) <= runStart) {
                        unsure = e.start();
                    }
                    kept.add(clockOfDay(previous, e, text));
                    covered = e.end();
                }
            }
            pending.subList(0, n).clear();
        }

        /** The position {@value #REACH} non-space characters before {@code a} (or the text's start). */
        private int reachBack(int a) {
            char[] chars = cursor.chars;
            int from = a;
            for (int seen = 0; from > 0 && seen < REACH; from--) {
                if (!Cursor.space(chars[from - 1])) {
                    seen++;
                }
            }
            return from;
        }
    }

    /** Whether a production may read, from a position in {@code [from, to)}, past {@code to}. */
    private boolean crossesInto(Cursor cursor, int from, int to) {
        char[] a = cursor.chars;
        char prev = from == 0 ? ' ' : a[from - 1];
        for (int p = from; p < to; p++) {
            char c = a[p];
            char before = prev;
            prev = c;
            int[] leads = leadsAt(a, p, c, before);
            for (int i : leads) {
                cursor.top = 0;
                Groups g = productions[i].reading().read(cursor, p);
                if (g != null && g.end() > to) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Reads every production that may begin at a position of {@code [from, to)} into {@code candidates}, a
     * production resuming after its previous reading ({@code resume}: where each may read again).
     */
    private void read(Cursor cursor, int from, int to, int[] resume, LocalDate anchor, List<TimeExpression> candidates) {
        String text = cursor.text;
        char[] a = cursor.chars;
        char prev = from == 0 ? ' ' : a[from - 1];
        for (int p = from; p < to; p++) {
            char c = a[p];
            char before = prev;
            prev = c;
            int[] leads = leadsAt(a, p, c, before);
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
    }

    /** The productions that may begin at {@code p}, where {@code c} stands after {@code before}. */
    private int[] leadsAt(char[] a, int p, char c, char before) {
        // most positions are inside a word or a number: turned away by these two tests alone
        if (Cursor.digit(c)) {
            return Cursor.digit(before) ? none : digitLeads;
        }
        if (before < 128 ? Cursor.asciiLetterOrDigit(before) : Character.isLetterOrDigit(before)) {
            return none;
        }
        return wordLeads(a, p, c);
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
        return node != 0 ? wordLeads[node] : c < 128 ? signLeads[c] : none;
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
