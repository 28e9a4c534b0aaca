package io.notelint.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast rule-based tokenizer used for lexicon matching and assertion windows (the statistical
 * tokenizer runs only where POS tags are asked for). Words keep internal apostrophes and hyphens
 * ("don't", "panic-free", "GAD-7"); numbers keep internal '/', '.', ':' and ',' ("6/10", "12/03",
 * "16:00", "2.5"); every other non-space character is a token of its own.
 *
 * <p>It reads the region as one char array and classes ASCII chars by comparisons (in ASCII the
 * {@link Character} predicates it asks of every other char reduce to: space and controls are skipped,
 * letters are A-Z and a-z, digits 0-9), so a note (mostly ASCII) costs no call per char in C1-compiled
 * code; each token is folded, keyed and normalised in place ({@link FoldedWord}).
 * {@code TokenizerMatchesLegacyTest} holds every token, form and key equal to the previous version's.
 */
public final class Tokenizer {

    private static final byte SKIP = 0;
    private static final byte OTHER = 1;
    private static final byte LETTER = 2;
    private static final byte DIGIT = 3;

    private final Normalizer normalizer;

    public Tokenizer(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    public List<Token> tokenize(String text, Span region) {
        List<Token> out = new ArrayList<>();
        int from = region.start();
        int end = region.end() - from;
        char[] cs = new char[end];
        text.getChars(from, region.end(), cs, 0);
        FoldedWord w = new FoldedWord();
        int i = 0;
        while (i < end) {
            char c = cs[i];
            byte kind = c < 128 ? asciiClass(c) : classOf(c);
            if (kind == SKIP) {
                i++;
                continue;
            }
            int start = i;
            if (kind >= LETTER) {
                i = wordEnd(cs, i + 1, end);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(cs[i + 1])) {
                i += 2; // keep a surrogate pair whole
            } else {
                i++;
            }
            String tokenText = new String(cs, start, i - start);
            w.fold(cs, start, i, tokenText);
            normalizer.normalize(w);
            out.add(new Token(new Span(from + start, from + i), tokenText, w.fold, w.norm, w.foldKey, w.normKey));
        }
        return out;
    }

    /** The end of the word or number whose first char (letter or digit) is just before {@code i}. */
    private static int wordEnd(char[] cs, int i, int end) {
        while (i < end) {
            char c = cs[i];
            if (isLetterOrDigit(c)) {
                i++;
                continue;
            }
            if (i + 1 < end) {
                char prev = cs[i - 1];
                char next = cs[i + 1];
                boolean joinsWord = (c == '\'' || c == '\u2019' || c == '-') && isLetterOrDigit(prev)
                        && isLetterOrDigit(next);
                boolean joinsNumber = (c == '/' || c == '.' || c == ':' || c == ',') && isDigit(prev)
                        && isDigit(next);
                if (joinsWord || joinsNumber) {
                    i++;
                    continue;
                }
            }
            break;
        }
        return i;
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetterOrDigit(c);
    }

    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** {@link #classOf} of an ASCII char, by comparisons ({@code TokenizerMatchesLegacyTest} checks each). */
    private static byte asciiClass(char c) {
        if (c <= ' ' || c == 127) {
            return SKIP;
        }
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? LETTER : OTHER;
    }

    /** What the tokenizer does with a char: skips it (space, control, invisible), starts a word, or not. */
    private static byte classOf(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c)) {
            return SKIP;
        }
        if (Character.isDigit(c)) {
            return DIGIT;
        }
        return Character.isLetterOrDigit(c) ? LETTER : OTHER;
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || Character.getType(c) == Character.CONTROL;
    }
}
