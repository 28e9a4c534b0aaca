package io.notelint.core.time;

import java.util.Arrays;

/**
 * The text one search reads, the end of the region it may consume, and a stack of candidate ends.
 * Consuming steps stop at the region's end; look-arounds (what may or may not stand before or after
 * an expression) see the whole text, so an expression cut by the region's edge is not mistaken for a
 * whole one. One per search: not shared between threads.
 */
final class Cursor {

    final String text;
    final int limit;
    private int[] stack = new int[64];
    /** The first free slot of the stack. */
    int top;
    /**
     * Where an amount ("2", "a couple of", "two to three") can end when it stands at {@code amountAt}
     * (see TimeGrammar.amounts): four productions begin with an amount, so they share one reading per position.
     */
    private int amountAt = -1;
    private int[] amountEnds = new int[8];
    private int amountCount;

    Cursor(String text, int limit) {
        this.text = text;
        this.limit = limit;
    }

    void push(int end) {
        if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
        }
        stack[top++] = end;
    }

    int at(int slot) {
        return stack[slot];
    }

    /** Pushes the remembered ends of the amount at {@code p}; false when they are not remembered. */
    boolean pushAmounts(int p) {
        if (p != amountAt) {
            return false;
        }
        for (int k = 0; k < amountCount; k++) {
            push(amountEnds[k]);
        }
        return true;
    }

    /** Starts remembering the ends of the amount at {@code p}, forgetting those of another position. */
    void rememberAmounts(int p) {
        amountAt = p;
        amountCount = 0;
    }

    /** Adds an end to those of the amount being remembered. */
    void amountEnd(int end) {
        if (amountCount == amountEnds.length) {
            amountEnds = Arrays.copyOf(amountEnds, amountCount * 2);
        }
        amountEnds[amountCount++] = end;
    }

    /** White space as the notes' grammar counts it: space, tab, the line breaks, form feed, vertical tab. */
    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A character with its case folded the way the grammar compares words: upper case, then lower,
     * so the long s matches "s" and the Kelvin sign "k".
     */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** After any white space at {@code p}. */
    int spaces(int p) {
        while (p < limit && space(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /** After the white space at {@code p}, or -1 when there is none. */
    int spaces1(int p) {
        int q = spaces(p);
        return q > p ? q : -1;
    }

    /** How many digits (at most {@code max}) stand at {@code p} inside the region. */
    int digits(int p, int max) {
        int q = p;
        while (q < limit && q - p < max && digit(text.charAt(q))) {
            q++;
        }
        return q - p;
    }

    /** Whether {@code c} stands at {@code p} inside the region. */
    boolean is(int p, char c) {
        return p >= 0 && p < limit && text.charAt(p) == c;
    }

    /** Whether {@code c} (lower case) stands at {@code p} inside the region, in any case. */
    boolean isFolded(int p, char c) {
        return p >= 0 && p < limit && fold(text.charAt(p)) == c;
    }

    boolean digitAt(int p) {
        return p < limit && digit(text.charAt(p));
    }

    /** The character at {@code p} anywhere in the text, or 0 past its end. */
    char after(int p) {
        return p < text.length() ? text.charAt(p) : 0;
    }

    /** The character before {@code p} anywhere in the text, or 0 at its start. */
    char before(int p) {
        return p > 0 ? text.charAt(p - 1) : 0;
    }

    /**
     * No letter, number or slash before {@code p}: where a word-led expression may begin. Only the one
     * character before is looked at, so the second half of a surrogate pair counts as no letter.
     */
    boolean wordStart(int p) {
        if (p == 0) {
            return true;
        }
        char b = text.charAt(p - 1);
        return b != '/' && !letterOrNumber(b);
    }

    /** No letter or number at {@code p}: where an expression may end. */
    boolean wordEnd(int p) {
        return p >= text.length() || !letterOrNumber(Character.codePointAt(text, p));
    }

    /** No letter at {@code p} (a digit may follow: "Dec 4th2026" is not, "3pm2" is). */
    boolean noLetter(int p) {
        return p >= text.length() || !Character.isLetter(Character.codePointAt(text, p));
    }

    static boolean letterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
