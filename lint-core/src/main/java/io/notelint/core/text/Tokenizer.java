package io.notelint.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast rule-based tokenizer used for lexicon matching and assertion windows (the statistical
 * tokenizer runs only where POS tags are asked for). Words keep internal apostrophes and hyphens
 * ("don't", "panic-free", "GAD-7"); numbers keep internal '/', '.', ':' and ',' ("6/10", "12/03",
 * "16:00", "2.5"); every other non-space character is a token of its own.
 */
public final class Tokenizer {

    private final Normalizer normalizer;

    public Tokenizer(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    public List<Token> tokenize(String text, Span region) {
        List<Token> out = new ArrayList<>();
        int i = region.start();
        int end = region.end();
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i = wordEnd(text, i, end);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                i += 2; // keep a surrogate pair whole
            } else {
                i++;
            }
            String tokenText = text.substring(start, i);
            String fold = Normalizer.fold(tokenText);
            out.add(new Token(new Span(start, i), tokenText, fold, normalizer.normalizeFolded(fold)));
        }
        return out;
    }

    private static int wordEnd(String text, int i, int end) {
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            if (i + 1 < end && i > 0) {
                char prev = text.charAt(i - 1);
                char next = text.charAt(i + 1);
                boolean joinsWord = (c == '\'' || c == '\u2019' || c == '-') && Character.isLetterOrDigit(prev)
                        && Character.isLetterOrDigit(next);
                boolean joinsNumber = (c == '/' || c == '.' || c == ':' || c == ',') && Character.isDigit(prev)
                        && Character.isDigit(next);
                if (joinsWord || joinsNumber) {
                    i++;
                    continue;
                }
            }
            break;
        }
        return i;
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || Character.getType(c) == Character.CONTROL;
    }
}
