package io.notelint.core.output;

/**
 * Characters a terminal report must not print as they are: control characters (an ANSI escape in a
 * note or an id could recolour, move or retitle the user's terminal; a line break in an id would forge
 * a report line) and bidirectional controls (they reorder what is shown, so a line would read other
 * than it is). Each prints as one space.
 */
final class Printable {

    private Printable() {
    }

    static boolean unsafe(int cp) {
        return Character.isISOControl(cp) || cp == 0x061C || cp == 0x200E || cp == 0x200F
                || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }
}
