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
    /** The text's characters: reading an array costs the C1 compiler's code less than String.charAt's checks. */
    final char[] chars;
    final int limit;
    private int[] stack = new int[64];
    /** The first free slot of the stack. */
    int top;
    /** The ends of the amounts ("2", "a couple of", "two to three") at one position: four productions begin with one. */
    final Ends amounts = new Ends();
    /** The ends of the counts ("once", "2x", "three times") at one position: two productions begin with one. */
    final Ends counts = new Ends();
    /** The amounts of time ("2 weeks", "a couple of days") at one position, as triples: four productions read one. */
    final Ends amountUnits = new Ends();

    Cursor(String text, int limit) {
        this.text = text;
        this.chars = text.toCharArray();
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

    /** Pushes the ends {@code memo} holds for position {@code p}; false when it holds another position's. */
    boolean pushRemembered(Ends memo, int p) {
        if (p != memo.at) {
            return false;
        }
        for (int k = 0; k < memo.count; k++) {
            push(memo.ends[k]);
        }
        return true;
    }

    /**
     * The ends of one reading (an amount, a count) at one position, in the order they are tried: read once
     * and pushed again for each further production that begins with the same reading there.
     */
    static final class Ends {
        private int at = -1;
        private int[] ends = new int[8];
        private int count;

        /** Starts over for position {@code p}, forgetting another position's ends. */
        void start(int p) {
            at = p;
            count = 0;
        }

        void add(int end) {
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = end;
        }
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
        while (p < limit && space(chars[p])) {
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
        while (q < limit && q - p < max && digit(chars[q])) {
            q++;
        }
        return q - p;
    }

    /** Whether {@code c} stands at {@code p} inside the region. */
    boolean is(int p, char c) {
        return p >= 0 && p < limit && chars[p] == c;
    }

    /** Whether {@code c} (lower case) stands at {@code p} inside the region, in any case. */
    boolean isFolded(int p, char c) {
        return p >= 0 && p < limit && fold(chars[p]) == c;
    }

    boolean digitAt(int p) {
        return p < limit && digit(chars[p]);
    }

    /** The character at {@code p} anywhere in the text, or 0 past its end. */
    char after(int p) {
        return p < chars.length ? chars[p] : 0;
    }

    /** The character before {@code p} anywhere in the text, or 0 at its start. */
    char before(int p) {
        return p > 0 ? chars[p - 1] : 0;
    }

    /**
     * No letter, number or slash before {@code p}: where a word-led expression may begin. Only the one
     * character before is looked at, so the second half of a surrogate pair counts as no letter.
     */
    boolean wordStart(int p) {
        if (p == 0) {
            return true;
        }
        char b = chars[p - 1];
        return b != '/' && !letterOrNumber(b);
    }

    /** No letter or number at {@code p}: where an expression may end. */
    boolean wordEnd(int p) {
        return p >= chars.length || !letterOrNumber(Character.codePointAt(chars, p));
    }

    /** No letter at {@code p} (a digit may follow: "Dec 4th2026" is not, "3pm2" is). */
    boolean noLetter(int p) {
        return p >= chars.length || !Character.isLetter(Character.codePointAt(chars, p));
    }

    static boolean letterOrNumber(int cp) {
        if (cp < 128) {
            // ASCII has no letter-number or other-number characters: its letters and digits only
            return asciiLetterOrDigit(cp);
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** A letter or digit, for an ASCII character ({@link Character#isLetterOrDigit(int)} there). */
    static boolean asciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
