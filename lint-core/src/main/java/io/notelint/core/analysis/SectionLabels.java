package io.notelint.core.analysis;

import static io.notelint.core.text.CharClasses.asciiDigit;
import static io.notelint.core.text.CharClasses.asciiLetter;
import static io.notelint.core.text.CharClasses.space;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the section labels a note's kind is read from, in one pass each and without a regular
 * expression (two of them tried at every offset cost more than the rest of kind detection):
 * <ul>
 *   <li>line labels: at the start of a line, after list marks ({@code > * # • - –}) and an optional
 *       number ("2.", "IV)"), a label of a letter and 1 to 60 letters, spaces or {@code /&'’()-}, the
 *       shortest one followed (after stars and white space) by a colon, a spaced dash, or the line's end
 *       ("Reason for referral:", "## Impression", "1. Family History -");</li>
 *   <li>capitals labels anywhere: an upper-case letter not after a letter, 2 to 60 upper-case letters,
 *       spaces or {@code /&'-}, an upper-case letter, white space and a colon ("IMPRESSION:").</li>
 * </ul>
 * It returns what the expressions {@code (?m)^[ \t>*#•\-–]*(?:\d{1,2}[.)]\s*|[IVX]{1,4}[.)]\s*)?\**([A-Za-z]
 * [A-Za-z /&'’()\-]{1,60}?)\**\s*(?::|\s[-–]\s|$)} and {@code (?<![A-Za-z])([A-Z][A-Z /&'\-]{2,60}[A-Z])\s*:}
 * found, match for match (a differential test keeps them side by side); stateless.
 */
final class SectionLabels {

    private static final int LONGEST = 60;

    private SectionLabels() {
    }

    /** Group spans {start, end} of the line labels, in text order. */
    static List<int[]> lineLabels(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        boolean onlyLineFeeds = text.indexOf('\r') < 0 && text.indexOf('\u0085') < 0 && text.indexOf('\u2028') < 0
                && text.indexOf('\u2029') < 0;
        int from = 0;
        while (true) {
            int p = onlyLineFeeds ? lineFeedStart(text, from) : lineStart(text, from);
            if (p < 0) {
                return out;
            }
            int[] m = lineLabelAt(text, p);
            if (m != null) {
                out.add(new int[] {m[0], m[1]});
                from = m[2];
            } else {
                from = p + 1;
            }
            if (from > n) {
                return out;
            }
        }
    }

    /**
     * Group spans {start, end} of the capitals labels, in text order. Found from the colons back: a label's
     * class of characters holds no colon, so each start reaches only the first colon after it, and the first
     * start before a colon that reaches it is the match the expression finds scanning forward.
     */
    static List<int[]> capsLabels(String text) {
        List<int[]> out = new ArrayList<>();
        int free = 0; // where the next match may start: after the previous colon
        for (int colon = text.indexOf(':'); colon >= 0; free = colon + 1, colon = text.indexOf(':', colon + 1)) {
            int last = colon - 1; // the closing capital: the first char before the colon that is not \s
            while (last >= free && space(text.charAt(last))) {
                last--;
            }
            if (last < free || !upper(text.charAt(last))) {
                continue;
            }
            // the middle: 2 to 60 label chars right before the closing capital
            int first = last; // the first of the label chars that run up to the closing capital
            while (first - 1 >= free && last - (first - 1) <= LONGEST && capsLabelChar(text.charAt(first - 1))) {
                first--;
            }
            // the opening capital is at i with i + 1 >= first, i + 3 <= last; the leftmost valid one
            for (int i = Math.max(free, first - 1); i + 3 <= last; i++) {
                if (upper(text.charAt(i)) && (i == 0 || !asciiLetter(text.charAt(i - 1)))) {
                    out.add(new int[] {i, last + 1});
                    break;
                }
            }
        }
        return out;
    }

    /** {@link #lineStart} for a text whose only line terminator is the line feed. */
    private static int lineFeedStart(String text, int from) {
        if (from == 0) {
            return text.isEmpty() ? -1 : 0;
        }
        int lf = text.indexOf('\n', from - 1);
        return lf < 0 || lf + 1 >= text.length() ? -1 : lf + 1;
    }

    /** The first position at or after {@code from} where {@code (?m)^} holds, or -1. */
    private static int lineStart(String text, int from) {
        int n = text.length();
        for (int p = from; p < n; p++) {
            if (p == 0 || lineTerminator(text.charAt(p - 1)) && !(text.charAt(p - 1) == '\r' && text.charAt(p) == '\n')) {
                return p;
            }
        }
        return -1;
    }

    /** The line label starting at line start {@code p}: {group start, group end, match end}, or null. */
    private static int[] lineLabelAt(String text, int p) {
        int n = text.length();
        int q = p;
        while (q < n && listMark(text.charAt(q))) {
            q++;
        }
        int numbered = numbering(text, q);
        if (numbered >= 0) {
            int[] m = labelAt(text, numbered);
            if (m != null) {
                return m;
            }
        }
        return labelAt(text, q);
    }

    /** After {@code \d{1,2}[.)]\s*} or {@code [IVX]{1,4}[.)]\s*} at {@code q}: its end, or -1. */
    private static int numbering(String text, int q) {
        int n = text.length();
        int k = q;
        if (q < n && asciiDigit(text.charAt(q))) {
            while (k < n && k - q < 2 && asciiDigit(text.charAt(k))) {
                k++;
            }
        } else {
            while (k < n && k - q < 4 && roman(text.charAt(k))) {
                k++;
            }
        }
        if (k == q || k >= n || text.charAt(k) != '.' && text.charAt(k) != ')') {
            return -1;
        }
        return skipSpaces(text, k + 1);
    }

    /** {@code \**} then the label and what ends it, from {@code s}: {group start, group end, match end}, or null. */
    private static int[] labelAt(String text, int s) {
        int n = text.length();
        while (s < n && text.charAt(s) == '*') {
            s++;
        }
        if (s >= n || !asciiLetter(text.charAt(s))) {
            return null;
        }
        // the label is lazy: the shortest one that a valid ending follows
        for (int k = 1; k <= LONGEST; k++) {
            int c = s + k;
            if (c >= n || !lineLabelChar(text.charAt(c))) {
                return null;
            }
            int end = labelEnd(text, c + 1);
            if (end >= 0) {
                return new int[] {s, c + 1, end};
            }
        }
        return null;
    }

    /** {@code \**\s*(?::|\s[-–]\s|$)} at {@code g}: the match end, or -1. */
    private static int labelEnd(String text, int g) {
        int n = text.length();
        int t = g;
        while (t < n && text.charAt(t) == '*') {
            t++;
        }
        int w = skipSpaces(text, t);
        for (int e = w; e >= t; e--) { // white space given back one char at a time
            if (e < n && text.charAt(e) == ':') {
                return e + 1;
            }
            if (e + 2 < n && space(text.charAt(e)) && dash(text.charAt(e + 1)) && space(text.charAt(e + 2))) {
                return e + 3;
            }
            if (lineEnd(text, e)) {
                return e;
            }
        }
        return -1;
    }

    /** {@code (?m)$} at {@code e}: before a line terminator (not between CR and LF) or at the end. */
    private static boolean lineEnd(String text, int e) {
        if (e >= text.length()) {
            return true;
        }
        char c = text.charAt(e);
        if (c == '\n') {
            return e == 0 || text.charAt(e - 1) != '\r';
        }
        return c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static int skipSpaces(String text, int i) {
        return io.notelint.core.text.CharClasses.skipSpaces(text, i);
    }

    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean listMark(char c) {
        return c == ' ' || c == '\t' || c == '>' || c == '*' || c == '#' || c == '\u2022' || c == '-' || c == '\u2013';
    }

    private static boolean roman(char c) {
        return c == 'I' || c == 'V' || c == 'X';
    }

    private static boolean dash(char c) {
        return c == '-' || c == '\u2013';
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean lineLabelChar(char c) {
        return asciiLetter(c) || c == ' ' || c == '/' || c == '&' || c == '\'' || c == '\u2019' || c == '('
                || c == ')' || c == '-';
    }

    private static boolean capsLabelChar(char c) {
        return upper(c) || c == ' ' || c == '/' || c == '&' || c == '\'' || c == '-';
    }
}
