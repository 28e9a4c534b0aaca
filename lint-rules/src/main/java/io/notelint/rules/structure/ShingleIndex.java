package io.notelint.rules.structure;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.model.Note;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A note and its history ready for clone detection, built once per lint (an {@link AnalyzedNote#derived}
 * value): every note's {@link MaskedWords} turned into primitive arrays once, so comparing the note with
 * each earlier one hashes no string and allocates only a few arrays of its length. The edit distance,
 * when it is needed at all, is computed 64 words at a time (bit-parallel), not cell by cell.
 *
 * <p>Words become ids from the current note's own vocabulary (1 to its distinct words); a word of an
 * earlier note that the current note lacks becomes 0, which equals no current id. A word 3-gram shingle
 * is one {@code long}: the three ids side by side (20 bits each; ids stay below {@value MaskedWords#MAX_WORDS})
 * and the number of words (1 or 2 for a note that short): two shingles are equal exactly when their
 * words are, with no hash collision possible. An earlier shingle with a word the current note lacks can
 * match no current shingle and is left out. Each note's shingles are a sorted array of distinct keys,
 * and containment is a merge of two such arrays.
 *
 * <p>Bounds: at most {@value MaskedWords#MAX_WORDS} words a note (as before this index: the words past
 * it were never compared), so at most that many ids and shingles a note; at most as many earlier notes
 * as the engine's {@code maxHistoryEntries} limit lets a note carry (100 by default: a note over it is an
 * error result, never linted), so at most about 36 KB a note and 3.6 MB a lint, freed after it. No
 * other cap: within those limits every word and every earlier note is compared, as before.
 */
final class ShingleIndex {

    private static final int ID_BITS = 20;
    private static final int LENGTH_SHIFT = 3 * ID_BITS;

    /** An earlier note: its word ids (0 for words the current note lacks) and its shingles that can match. */
    private record Earlier(int[] words, long[] shingles) {
    }

    private final int[] words;
    private final long[] shingles;
    private final int[] counts;
    private final Map<String, Integer> vocabulary;
    private final List<Earlier> earlier;
    /** Built on first use and never changed after: the index is confined to the thread linting the note. */
    private long[] matchVectors;

    private ShingleIndex(List<String> current) {
        Map<String, Integer> ids = new HashMap<>();
        this.words = new int[current.size()];
        for (int i = 0; i < words.length; i++) {
            Integer id = ids.get(current.get(i));
            if (id == null) {
                id = ids.size() + 1;
                ids.put(current.get(i), id);
            }
            words[i] = id;
        }
        this.vocabulary = ids;
        this.counts = new int[ids.size() + 1];
        for (int id : words) {
            counts[id]++;
        }
        this.shingles = shingles(words);
        this.earlier = new ArrayList<>();
    }

    /** The masked words of the note under lint (computed once per lint, shared with whoever asks). */
    static List<String> currentWords(AnalyzedNote now) {
        return now.derived(MaskedWords.class, a -> MaskedWords.of(a.sections(), a.tokens()));
    }

    /** The index of the note under lint and of every note of its history, in history order. */
    static ShingleIndex of(AnalyzedNote now) {
        ShingleIndex index = new ShingleIndex(currentWords(now));
        Note previous = now.note().previous().orElse(null);
        for (Note note : now.note().history()) {
            now.deadline().check("clone detection");
            String text = note.text();
            AnalyzedNote analysis = now.analysisOf(note);
            // the earlier note's sections come from its analysis (shared with the other rules that read it);
            // so do the most recent note's tokens, which the unfollowed-step rule reads there too (one
            // tokenisation of it per lint, not two); an older note's tokens are used once, here, and not kept
            List<Token> tokens = note == previous ? analysis.tokens()
                    : now.tools().tokenizer().tokenize(text, new Span(0, text.length()));
            index.earlier.add(index.encode(MaskedWords.of(analysis.sections(), tokens)));
        }
        return index;
    }

    /** Words of the note under lint. */
    int wordCount() {
        return words.length;
    }

    /**
     * How much of the current note is a copy of earlier note {@code i}, in [0, 1]: the higher of the edit
     * similarity and the containment of the current note's shingles in the earlier note's; 0 when either
     * has no words. The quadratic edit similarity is computed only when it could reach {@code needed}: it
     * never exceeds the share of words the two notes have in common.
     */
    double similarity(int i, double needed) {
        Earlier e = earlier.get(i);
        if (words.length == 0 || e.words().length == 0) {
            return 0;
        }
        double containment = containment(e.shingles());
        double edit = bagBound(e.words()) >= needed ? editSimilarity(e.words()) : 0;
        return Math.max(containment, edit);
    }

    private Earlier encode(List<String> masked) {
        int[] ids = new int[masked.size()];
        for (int i = 0; i < ids.length; i++) {
            Integer id = vocabulary.get(masked.get(i));
            ids[i] = id == null ? 0 : id;
        }
        return new Earlier(ids, shingles(ids));
    }

    /** Sorted distinct shingle keys; one key of all the words when there are fewer than three. */
    private static long[] shingles(int[] ids) {
        if (ids.length == 0) {
            return new long[0];
        }
        int width = Math.min(3, ids.length);
        long[] out = new long[ids.length - width + 1];
        int n = 0;
        for (int i = 0; i + width <= ids.length; i++) {
            long key = (long) width << LENGTH_SHIFT;
            boolean known = true;
            for (int k = 0; k < width; k++) {
                known &= ids[i + k] != 0;
                key |= (long) ids[i + k] << ((2 - k) * ID_BITS);
            }
            if (known) {
                out[n++] = key;
            }
        }
        Arrays.sort(out, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || out[distinct - 1] != out[i]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    /** The share of the current note's distinct shingles that the earlier note also has. */
    private double containment(long[] other) {
        if (shingles.length == 0) {
            return 0;
        }
        int common = 0;
        int j = 0;
        for (long key : shingles) {
            while (j < other.length && other[j] < key) {
                j++;
            }
            if (j < other.length && other[j] == key) {
                common++;
                j++;
            }
        }
        return (double) common / shingles.length;
    }

    /** Words in common (as multisets) over the longer length: an upper bound of the edit similarity. */
    private double bagBound(int[] other) {
        int[] left = counts.clone();
        int common = 0;
        for (int id : other) {
            if (id != 0 && left[id] > 0) {
                common++;
                left[id]--;
            }
        }
        return (double) common / Math.max(words.length, other.length);
    }

    /**
     * One minus the word-level edit distance over the longer length. The distance is Myers' bit-parallel
     * algorithm in blocks of 64 words (Myers 1999, J. ACM 46(3), "A fast bit-vector algorithm for
     * approximate string matching based on dynamic programming", its Advance_Block step, with the first
     * row's +1 carried in for a global distance): the same number as the textbook table, one column of
     * the earlier note at a time, 64 of the current note's words per step instead of one.
     */
    private double editSimilarity(int[] other) {
        int n = words.length;
        int m = other.length;
        int blocks = (n + 63) >>> 6;
        long[] peq = matchVectors(blocks);
        long[] pv = new long[blocks];
        long[] mv = new long[blocks];
        Arrays.fill(pv, -1L);
        int lastBit = (n - 1) & 63;
        int distance = n;
        for (int j = 0; j < m; j++) {
            int row = other[j] * blocks;
            int hin = 1; // the first row of the table counts up: D[0][j] = j
            for (int b = 0; b < blocks; b++) {
                long p = pv[b];
                long mm = mv[b];
                long eq = peq[row + b];
                long xv = eq | mm;
                if (hin < 0) {
                    eq |= 1L;
                }
                long xh = (((eq & p) + p) ^ p) | eq;
                long ph = mm | ~(xh | p);
                long mh = p & xh;
                if (b == blocks - 1) {
                    // the last row of the table lies inside the last block: its horizontal step is the distance's
                    distance += (int) ((ph >>> lastBit) & 1L) - (int) ((mh >>> lastBit) & 1L);
                }
                int hout = ph < 0 ? 1 : mh < 0 ? -1 : 0;
                ph <<= 1;
                mh <<= 1;
                if (hin < 0) {
                    mh |= 1L;
                } else if (hin > 0) {
                    ph |= 1L;
                }
                pv[b] = mh | ~(xv | ph);
                mv[b] = ph & xv;
                hin = hout;
            }
        }
        return 1.0 - (double) distance / Math.max(n, m);
    }

    /**
     * For each word id (0 included, which matches nothing), the bits of the current note's positions
     * holding it, {@code blocks} longs an id; built on the first edit distance of the lint.
     */
    private long[] matchVectors(int blocks) {
        if (matchVectors == null) {
            long[] out = new long[counts.length * blocks];
            for (int i = 0; i < words.length; i++) {
                out[words[i] * blocks + (i >>> 6)] |= 1L << (i & 63);
            }
            matchVectors = out;
        }
        return matchVectors;
    }
}
