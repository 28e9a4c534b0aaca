package io.notelint.core.text;

/**
 * The forms of one token while it is being made: its chars case-folded (with room for the 'y' a normal
 * form may end in), the folded string and its key, then the normal form and its key. One instance serves
 * every token of one {@link Tokenizer#tokenize} call (or one {@link Normalizer#normalize} call) and never
 * leaves it, so the mutable fields are confined to one thread; what a {@link Token} keeps are the strings
 * and keys copied out of it. It exists so that folding, keying and normalising read one char array in
 * place, without a String made per step, a Map lookup per token or a virtual call per char: the linting of
 * a large batch runs in C1-compiled code, which inlines little (docs/performance.md, issue 15).
 */
final class FoldedWord {

    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    /** Folded chars in [0, length); one more for a normal form's 'y'. */
    char[] chars = new char[32];
    int length;
    String fold;
    long foldKey;
    String norm;
    long normKey;

    /**
     * Folds {@code text[from, to)} as {@link Normalizer#fold} does and keys it as {@link Token#keyOf}
     * does; {@code whole} is that range as a String already made (the token's text), reused as the fold
     * when folding changes no char.
     */
    void fold(char[] text, int from, int to, String whole) {
        int n = to - from;
        if (chars.length <= n) {
            chars = new char[n + 16];
        }
        char[] w = chars;
        System.arraycopy(text, from, w, 0, n);
        boolean changed = false;
        long h = FNV_OFFSET;
        for (int i = 0; i < n; i++) {
            char c = w[i];
            char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : foldNonAscii(c);
            if (f != c) {
                w[i] = f;
                changed = true;
            }
            h = (h ^ f) * FNV_PRIME;
        }
        length = n;
        fold = changed ? new String(w, 0, n) : whole;
        foldKey = finish(h);
    }

    /** {@link Normalizer#fold}'s rule for one char outside ASCII (inside it, folding is A-Z to a-z). */
    static char foldNonAscii(char c) {
        return c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c);
    }

    /** Sets the normal form to the first {@code n} folded chars, then a 'y' when {@code y}. */
    void normToStem(int n, boolean y) {
        if (n == length && !y) {
            norm = fold;
            normKey = foldKey;
            return;
        }
        char[] w = chars;
        if (y) {
            w[n++] = 'y'; // the folded chars from n on are no longer read: the fold is already a String
        }
        long h = FNV_OFFSET;
        for (int i = 0; i < n; i++) {
            h = (h ^ w[i]) * FNV_PRIME;
        }
        norm = new String(w, 0, n);
        normKey = finish(h);
    }

    /** {@link Token#keyOf}'s hash of a whole string, char by char, without the CharSequence interface. */
    static long keyOf(String s) {
        long h = FNV_OFFSET;
        for (int i = 0, n = s.length(); i < n; i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return finish(h);
    }

    /** The finaliser of {@link Token#keyOf}: spreads the FNV-1a bits. */
    static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
