package io.notelint.core.assertion;

import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a term in a sentence for the string-based entry points. Matching ignores case one char at a
 * time (never {@code toLowerCase} on the whole string, which can change its length: "İ" lower-cases
 * to two chars and would shift every later offset) and treats any run of white space as one.
 */
public final class TermLocator {

    private TermLocator() {
    }

    /**
     * Where {@code term} occurs in {@code text}. Among several occurrences it prefers one written all in
     * upper case (the NegEx test kit marks the concept that way), then one with the term's exact case,
     * then the first; occurrences on word boundaries come before ones inside a word.
     */
    public static Optional<Span> find(String text, String term) {
        List<Span> found = occurrences(text, term);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Span> bounded = found.stream().filter(s -> onBoundaries(text, s)).toList();
        List<Span> pool = bounded.isEmpty() ? found : bounded;
        for (Span s : pool) {
            if (isUpperCase(text, s)) {
                return Optional.of(s);
            }
        }
        for (Span s : pool) {
            if (s.length() == term.length() && text.startsWith(term, s.start())) {
                return Optional.of(s);
            }
        }
        return Optional.of(pool.get(0));
    }

    /**
     * Like {@link #find}, but when the whole term is absent falls back to its longest leading or
     * trailing run of whole words that is present (at least one word): a sentence splitter may have cut
     * a term that spanned two sentences.
     */
    public static Optional<Span> findOrPart(String text, String term) {
        Optional<Span> whole = find(text, term);
        if (whole.isPresent()) {
            return whole;
        }
        String[] words = term.strip().split("\\s+");
        for (int n = words.length - 1; n >= 1; n--) {
            Optional<Span> head = find(text, String.join(" ", java.util.Arrays.copyOfRange(words, 0, n)));
            if (head.isPresent()) {
                return head;
            }
            Optional<Span> tail = find(text, String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length)));
            if (tail.isPresent()) {
                return tail;
            }
        }
        return Optional.empty();
    }

    private static List<Span> occurrences(String text, String term) {
        String[] pieces = term.strip().split("\\s+");
        List<Span> out = new ArrayList<>();
        if (pieces.length == 0 || pieces[0].isEmpty()) {
            return out;
        }
        for (int at = 0; at + pieces[0].length() <= text.length(); at++) {
            int end = matchAt(text, at, pieces);
            if (end >= 0) {
                out.add(new Span(at, end));
            }
        }
        return out;
    }

    /** The end of a match of the pieces at {@code at}, separated by white space, or -1. */
    private static int matchAt(String text, int at, String[] pieces) {
        int i = at;
        for (int p = 0; p < pieces.length; p++) {
            if (p > 0) {
                int ws = i;
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i == ws) {
                    return -1;
                }
            }
            String piece = pieces[p];
            if (!text.regionMatches(true, i, piece, 0, piece.length())) {
                return -1;
            }
            i += piece.length();
        }
        return i;
    }

    private static boolean onBoundaries(String text, Span s) {
        boolean startOk = s.start() == 0 || !Character.isLetterOrDigit(text.charAt(s.start() - 1))
                || !Character.isLetterOrDigit(text.charAt(s.start()));
        boolean endOk = s.end() == text.length() || !Character.isLetterOrDigit(text.charAt(s.end()))
                || !Character.isLetterOrDigit(text.charAt(s.end() - 1));
        // "PE's" is one token of its own, not the term "PE" followed by something
        boolean midToken = s.end() + 1 < text.length() && isApostrophe(text.charAt(s.end()))
                && Character.isLetter(text.charAt(s.end() + 1)) && Character.isLetterOrDigit(text.charAt(s.end() - 1));
        return startOk && endOk && !midToken;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isUpperCase(String text, Span s) {
        boolean letter = false;
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }
}
