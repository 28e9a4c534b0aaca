package io.notelint.output;

/**
 * Characters a terminal report must not print as they are: control characters (an ANSI escape in a
 * note or an id could recolour, move or retitle the user's terminal; a line break in an id would forge
 * a report line) and bidirectional controls (they reorder what is shown, so a line would read other
 * than it is), and the Unicode line and paragraph separators U+2028 and U+2029 (editors, pagers and
 * some terminals break the line there, so one finding would print as two lines). Each prints as one space.
 */
public final class Printable {

    private Printable() {
    }

    static boolean unsafe(int cp) {
        return Character.isISOControl(cp) || cp == 0x061C || cp == 0x200E || cp == 0x200F
                || cp >= 0x2028 && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    /** {@code s} with every unsafe char as a space (same length: columns do not move). */
    public static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            if (unsafe(s.charAt(i))) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? s : b.toString();
    }
}
