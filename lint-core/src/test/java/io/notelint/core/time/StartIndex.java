package io.notelint.core.time;

import java.util.Arrays;
import java.util.List;

/**
 * Which patterns of a grammar can start a match at a position, as a bit mask: the cheap test that
 * lets the finder run the regex engine at a few positions of a note instead of at every one.
 *
 * <p>Each pattern declares how its matches begin, as space-separated items:
 * <ul>
 *   <li>{@code #}: with a digit; {@code #/-_t}: with digits directly followed by one of the characters
 *       after the {@code #} ({@code _} for white space);</li>
 *   <li>{@code word}: with that whole word (lower case), the letters ending there ("in" then a space);</li>
 *   <li>{@code word+xt}: with the word alone or directly followed by one of the letters after the
 *       {@code +} ("2x", "threetimes"); {@code word+} alone: followed by anything;</li>
 *   <li>a single ASCII character that is neither letter nor digit ({@code @}): with that character,
 *       where no letter or digit precedes it.</li>
 * </ul>
 * A word-led pattern's lookbehind demands that no letter or digit precede it, so only word starts
 * are looked at; the run of letters there is walked through a trie of the declared words. A run
 * with a letter outside ASCII may match through Unicode case folding ("ſince"), so it gets every
 * word-led pattern. At a digit not preceded by a digit (some numeric dates may follow a letter:
 * "x12/4") the character after the run of digits picks the digit-led patterns. The result is a superset of the patterns that can match, so the
 * regex engine still decides; a differential test holds the finder to a full scan.
 */
final class StartIndex {

    private static final int LETTERS = 26;

    private final long wordLed;
    /** Digit-led patterns by the character after the digits: ASCII (lower case), white space, others. */
    private final long[] afterDigits = new long[128];
    private long afterDigitsSpace;
    private final java.util.Map<Character, Long> afterDigitsOther = new java.util.HashMap<>();
    /** Trie over a-z: children[node * 26 + letter], 0 = none (node 0 is the root, never a child). */
    private int[] children = new int[LETTERS * 64];
    /** Patterns for which the word ending at a node is a start when the letters end there. */
    private long[] whole = new long[64];
    /** Patterns for which it is a start when the next letter is the given one: next[node * 26 + letter]. */
    private long[] next = new long[LETTERS * 64];
    private int nodes = 1;
    private long anyAfterDigits;
    /** Patterns that begin with a given ASCII symbol. */
    private final long[] symbols = new long[128];

    StartIndex(List<String> starts) {
        if (starts.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 patterns");
        }
        long words = 0;
        for (int i = 0; i < starts.size(); i++) {
            long bit = 1L << i;
            for (String item : starts.get(i).trim().split("\\s+")) {
                if (item.startsWith("#")) {
                    digitLed(item.length() == 1 ? null : item.substring(1), bit);
                    continue;
                }
                if (item.length() == 1 && item.charAt(0) < 128 && !Character.isLetterOrDigit(item.charAt(0))) {
                    symbols[item.charAt(0)] |= bit;
                    continue;
                }
                int plus = item.indexOf('+');
                int node = node(plus < 0 ? item : item.substring(0, plus));
                whole[node] |= bit;
                if (plus >= 0) {
                    String after = plus == item.length() - 1 ? "abcdefghijklmnopqrstuvwxyz" : item.substring(plus + 1);
                    for (char c : after.toCharArray()) {
                        next[node * LETTERS + letter(c, item)] |= bit;
                    }
                }
                words |= bit;
            }
        }
        this.wordLed = words;
    }

    /** Registers a digit-led pattern for the characters that may follow its digits (null: any). */
    private void digitLed(String after, long bit) {
        if (after == null) {
            Arrays.setAll(afterDigits, i -> afterDigits[i] | bit);
            afterDigitsSpace |= bit;
            anyAfterDigits |= bit;
            return;
        }
        for (char c : after.toCharArray()) {
            if (c == '_') {
                afterDigitsSpace |= bit;
            } else if (c < 128) {
                afterDigits[Character.toLowerCase(c)] |= bit;
                afterDigits[Character.toUpperCase(c)] |= bit;
            } else {
                afterDigitsOther.merge(c, bit, (x, y) -> x | y);
            }
        }
    }

    private static int letter(char c, String item) {
        if (c < 'a' || c > 'z') {
            throw new IllegalArgumentException("start words are lower-case a-z: " + item);
        }
        return c - 'a';
    }

    private int node(String word) {
        int node = 0;
        for (int k = 0; k < word.length(); k++) {
            int slot = node * LETTERS + letter(word.charAt(k), word);
            if (children[slot] == 0) {
                if (nodes == whole.length) {
                    whole = Arrays.copyOf(whole, nodes * 2);
                    children = Arrays.copyOf(children, nodes * 2 * LETTERS);
                    next = Arrays.copyOf(next, nodes * 2 * LETTERS);
                }
                children[slot] = nodes++;
            }
            node = children[slot];
        }
        return node;
    }

    private long afterDigits(CharSequence text, int p) {
        int end = p;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        if (end == text.length()) {
            return anyAfterDigits;
        }
        char f = text.charAt(end);
        if (f == ' ' || f == '\t' || f == '\n' || f == '\u000B' || f == '\f' || f == '\r') { // regex \s
            return afterDigitsSpace;
        }
        return f < 128 ? afterDigits[f] : afterDigitsOther.getOrDefault(f, 0L) | anyAfterDigits;
    }

    /** The patterns that may match starting at {@code p}. */
    long at(CharSequence text, int p) {
        char c = text.charAt(p);
        char prev = p == 0 ? ' ' : text.charAt(p - 1);
        if (c >= '0' && c <= '9') {
            return prev >= '0' && prev <= '9' ? 0 : afterDigits(text, p);
        }
        if (Character.isLetterOrDigit(prev)) {
            return 0;
        }
        if (!Character.isLetter(c)) {
            return c < 128 ? symbols[c] : 0;
        }
        int end = p;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            if (text.charAt(end) >= 128) {
                return wordLed;
            }
            end++;
        }
        long mask = 0;
        int node = 0;
        for (int k = p; k < end; k++) {
            node = children[node * LETTERS + ((text.charAt(k) | 0x20) - 'a')];
            if (node == 0) {
                return mask;
            }
            mask |= k + 1 == end ? whole[node] : next[node * LETTERS + ((text.charAt(k + 1) | 0x20) - 'a')];
        }
        return mask;
    }
}
