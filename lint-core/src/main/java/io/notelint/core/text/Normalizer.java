package io.notelint.core.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A cheap normal form for matching: case-folded per character (so offsets never shift), curly
 * apostrophes straightened, irregular forms mapped, and regular inflection stripped ("talked",
 * "talking", "talks" -> "talk"; "issues" -> "issu"). Not a linguistic lemma: what matters is that a
 * lexicon entry and a word of the note reduce to the same string. OpenNLP's statistical lemmatiser is
 * ten times slower than tagging (design.md), so it stays off the hot path. Forms whose reduction would
 * collide with a different word are pinned in irregular-forms.tsv ("noted" must not become "not").
 *
 * <p>Every token of every note passes through here, in code that a large batch runs C1-compiled: the
 * reduction reads the folded chars in place and makes at most one String (the normal form, when it
 * differs from the fold), and the irregular forms are found by the fold's 64-bit key in a small
 * open-addressing table instead of hashing a new String for a Map. {@code NormalizerMatchesLegacyTest}
 * holds every form equal to the String-by-String version this replaced.
 */
public final class Normalizer {

    /** Irregular forms by the key of their fold: slot i holds a form, its normal form and that one's key. */
    private final long[] keys;
    private final String[] forms;
    private final String[] norms;
    private final long[] normKeys;
    private final int mask;

    private Normalizer(Map<String, String> irregular) {
        int size = Integer.highestOneBit(Math.max(4, irregular.size()) * 4);
        keys = new long[size];
        forms = new String[size];
        norms = new String[size];
        normKeys = new long[size];
        mask = size - 1;
        for (Map.Entry<String, String> e : irregular.entrySet()) {
            String form = e.getKey();
            String base = e.getValue();
            // "=form" is final: words whose regular reduction would collide with another word ("noted" -> "not")
            String norm = base.startsWith("=") ? base.substring(1) : stripE(base);
            long key = FoldedWord.keyOf(form);
            int slot = (int) key & mask;
            while (forms[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            forms[slot] = form;
            norms[slot] = norm;
            normKeys[slot] = FoldedWord.keyOf(norm);
        }
    }

    public static Normalizer load() {
        Map<String, String> map = new HashMap<>();
        for (String[] row : ResourceLines.tsv(Normalizer.class, "irregular-forms.tsv", 2)) {
            map.put(row[0].toLowerCase(Locale.ROOT), row[1].toLowerCase(Locale.ROOT));
        }
        return new Normalizer(map);
    }

    /**
     * Case-folds without changing length: one char in, one char out (curly apostrophes straightened, every
     * other char {@link Character#toLowerCase(char)}). Rules fold whole notes with it, so it reads the
     * chars as one array and folds ASCII without a call per char.
     */
    public static String fold(CharSequence s) {
        char[] out = s.toString().toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    out[i] = (char) (c + 32);
                }
            } else {
                out[i] = FoldedWord.foldNonAscii(c);
            }
        }
        return new String(out);
    }

    /** The normal form of one token. */
    public String normalize(CharSequence token) {
        String s = token.toString();
        FoldedWord w = new FoldedWord();
        w.fold(s.toCharArray(), 0, s.length(), s);
        normalize(w);
        return w.norm;
    }

    /** Sets the normal form (and its key) of a word already folded. */
    void normalize(FoldedWord w) {
        for (int slot = (int) w.foldKey & mask; forms[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot] == w.foldKey && forms[slot].equals(w.fold)) {
                w.norm = norms[slot];
                w.normKey = normKeys[slot];
                return;
            }
        }
        int stem = regularStem(w.chars, w.length);
        w.normToStem(stem >>> 1, (stem & 1) != 0);
    }

    /**
     * The regular reduction of the folded chars {@code w[0, len)}: which prefix is kept, and whether a 'y'
     * follows it, as {@code kept << 1 | y}. Plural first ("worries" -> "worry", "boxes" -> "box", "talks" ->
     * "talk", "client's" -> "client"), then "-ing", then "-ed" (an "i" before them turns to "y", a doubled
     * consonant is undoubled: "chatting" -> "chat"), then a final "e" ("issue" -> "issu"). Once a 'y' is
     * added, no later step can apply: each looks for an ending that a 'y' is not.
     */
    static int regularStem(char[] w, int len) {
        if (len < 4 || !isLetter(w[len - 1])) {
            return len << 1;
        }
        int n = len;
        char last = w[n - 1];
        char before = w[n - 2];
        // plural
        if (last == 's') {
            if (before == 'e' && w[n - 3] == 'i' && n > 4) {
                return (n - 3) << 1 | 1;
            }
            if (before == 'e' && (endsWith(w, n, 's', 's', 'e', 's') || endsWith(w, n, 'c', 'h', 'e', 's')
                    || endsWith(w, n, 's', 'h', 'e', 's') || w[n - 3] == 'x' || w[n - 3] == 'z')) {
                n -= 2;
            } else if (before != 's' && before != 'u' && before != 'i' && before != '\'') {
                n -= 1;
            } else if (before == '\'') {
                n -= 2;
            }
        }
        // -ing, then -ed
        int stem = stripSuffix(w, n, 3, 'i', 'n', 'g');
        if ((stem & 1) != 0) {
            return stem;
        }
        stem = stripSuffix(w, stem >>> 1, 2, 'e', 'd', 'd');
        if ((stem & 1) != 0) {
            return stem;
        }
        n = stem >>> 1;
        // final e, not ee
        if (n >= 4 && w[n - 1] == 'e' && w[n - 2] != 'e') {
            n -= 1;
        }
        return n << 1;
    }

    /**
     * Strips the suffix {@code a b c} (or {@code a b} when {@code size} is 2) from {@code w[0, n)} when at
     * least three chars stay: returns the kept prefix and the 'y' flag as {@link #regularStem} does.
     */
    private static int stripSuffix(char[] w, int n, int size, char a, char b, char c) {
        int sn = n - size;
        if (sn < 3 || w[sn] != a || w[sn + 1] != b || size == 3 && w[sn + 2] != c) {
            return n << 1;
        }
        char last = w[sn - 1];
        if (last == 'i') {
            return (sn - 1) << 1 | 1;
        }
        if (sn >= 4 && last == w[sn - 2] && last != 'l' && last != 's' && last != 'z' && !isVowel(last)) {
            return (sn - 1) << 1; // chatting -> chat
        }
        return sn << 1;
    }

    private static boolean endsWith(char[] w, int n, char a, char b, char c, char d) {
        return w[n - 4] == a && w[n - 3] == b && w[n - 2] == c && w[n - 1] == d;
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    private static String stripE(String w) {
        if (w.length() >= 4 && w.endsWith("e") && !w.endsWith("ee")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
