package io.notelint.core.time;

import java.util.ArrayList;
import java.util.List;

/**
 * An amount's ends: "2-3" is 2 and 3, "two or three" two and three. Splits at a dash, an en dash, or
 * the whole words "to" and "or", with the white space around them; "2to3" and "twotoone" stay whole
 * (a word touches "to"), as "every other" stays one piece of an amount. A word character is a letter,
 * digit or underscore, and a combining mark after one.
 */
final class RangeSplit {

    private RangeSplit() {
    }

    /** The pieces of a lower-case amount, in order; the whole amount when it has no separator. */
    static List<String> split(String s) {
        List<String> pieces = new ArrayList<>(2);
        int index = 0;
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && Cursor.space(s.charAt(j))) {
                j++;
            }
            int sep = separator(s, j);
            if (sep > 0) {
                pieces.add(s.substring(index, i));
                int end = j + sep;
                while (end < s.length() && Cursor.space(s.charAt(end))) {
                    end++;
                }
                index = end;
                i = end;
            } else {
                i++;
            }
        }
        pieces.add(s.substring(index));
        // as String.split: no empty pieces at the end
        int n = pieces.size();
        while (n > 1 && pieces.get(n - 1).isEmpty()) {
            pieces.remove(--n);
        }
        if (n == 1 && pieces.get(0).isEmpty() && !s.isEmpty()) {
            pieces.clear();
        }
        return pieces;
    }

    /** The length of a separator at {@code j}, or 0. */
    private static int separator(String s, int j) {
        if (j >= s.length()) {
            return 0;
        }
        char c = s.charAt(j);
        if (c == '-' || c == '\u2013') {
            return 1;
        }
        if ((s.startsWith("to", j) || s.startsWith("or", j)) && boundary(s, j) && boundary(s, j + 2)) {
            return 2;
        }
        return 0;
    }

    private static boolean boundary(String s, int x) {
        boolean left = x > 0 && word(s, x - 1, Character.codePointBefore(s, x));
        boolean right = x < s.length() && word(s, x, Character.codePointAt(s, x));
        return left != right;
    }

    private static boolean word(String s, int at, int cp) {
        if (cp == '_' || Character.isLetterOrDigit(cp)) {
            return true;
        }
        if (Character.getType(cp) != Character.NON_SPACING_MARK) {
            return false;
        }
        for (int x = at - 1; x >= 0; x--) {
            int ch = s.charAt(x);
            if (Character.isLetterOrDigit(ch)) {
                return true;
            }
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }
}
