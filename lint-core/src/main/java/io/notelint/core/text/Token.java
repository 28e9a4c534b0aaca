package io.notelint.core.text;

import java.util.Objects;

/**
 * A token of the fast tokenizer: its span, its text, its case-folded surface form ("Sessions" reads
 * "sessions"), and its normal form (case-folded and reduced to a cheap lemma, so "Talked", "talking" and
 * "talks" all read "talk"). Each form also comes as a 64-bit key, computed once when the token is made,
 * so that every lexicon of every rule looks the token up by a number instead of hashing its strings again
 * ({@code io.notelint.core.lexicon.TokenTrie}). The tokenizer makes both keys in the same pass as the
 * forms ({@link FoldedWord}); a token is used by one note's lint on one thread, but nothing in it is
 * computed lazily, so it is safe to share anyway. Immutable; equal when span, text and normal form are.
 */
public final class Token {

    private final Span span;
    private final String text;
    private final String fold;
    private final String norm;
    private final long foldKey;
    private final long normKey;

    /** A token whose folded form is computed from its text. */
    public Token(Span span, String text, String norm) {
        this(span, text, Normalizer.fold(text), norm);
    }

    /** A token whose folded form the caller has already made. */
    Token(Span span, String text, String fold, String norm) {
        this(span, text, fold, norm, FoldedWord.keyOf(fold), FoldedWord.keyOf(norm));
    }

    /** A token whose forms and their keys the tokenizer has made in one pass ({@link FoldedWord}). */
    Token(Span span, String text, String fold, String norm, long foldKey, long normKey) {
        this.span = Objects.requireNonNull(span);
        this.text = Objects.requireNonNull(text);
        this.fold = Objects.requireNonNull(fold);
        this.norm = Objects.requireNonNull(norm);
        this.foldKey = foldKey;
        this.normKey = normKey;
    }

    /** The same token read with another normal form (a matcher's own view of the token). */
    public Token withNorm(String newNorm) {
        return new Token(span, text, fold, newNorm, foldKey, FoldedWord.keyOf(newNorm));
    }

    public Span span() {
        return span;
    }

    public String text() {
        return text;
    }

    /** The text case-folded character by character ({@link Normalizer#fold}): same length, same offsets. */
    public String fold() {
        return fold;
    }

    public String norm() {
        return norm;
    }

    /** {@link #keyOf} of {@link #fold()}. */
    public long foldKey() {
        return foldKey;
    }

    /** {@link #keyOf} of {@link #norm()}. */
    public long normKey() {
        return normKey;
    }

    public boolean isWord() {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c < 128 ? c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetterOrDigit(c);
    }

    public boolean hasDigit() {
        // ASCII without a call per char: clone detection asks this of every word of a note and its history
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /**
     * The 64-bit key of a form: FNV-1a over its chars, then a finaliser that spreads the bits. Equal
     * strings have equal keys; different ones almost never do, and matchers compare the strings on a hit,
     * so a collision costs a comparison, never a wrong match.
     */
    public static long keyOf(CharSequence s) {
        return keyOf(s, 0, s.length());
    }

    /** {@link #keyOf(CharSequence)} of {@code s.subSequence(from, to)}, without making it. */
    public static long keyOf(CharSequence s, int from, int to) {
        long h = FoldedWord.FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * FoldedWord.FNV_PRIME;
        }
        return FoldedWord.finish(h);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && span.equals(t.span) && text.equals(t.text) && norm.equals(t.norm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(span, text, norm);
    }

    @Override
    public String toString() {
        return "Token[span=" + span + ", text=" + text + ", norm=" + norm + "]";
    }
}
