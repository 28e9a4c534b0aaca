package io.notelint.core.text;

/**
 * The character classes the hand-written scanners that replaced regular expressions test, each defined
 * exactly as {@code java.util.regex} defines it (without {@code UNICODE_CHARACTER_CLASS}), so a scanner
 * and the expression it replaced agree on every character.
 */
public final class CharClasses {

    private CharClasses() {
    }

    /** {@code [\p{L}\p{N}]}: a letter or a number of any script (decimal digit, letter number, other number). */
    public static boolean letterOrNumber(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * A lookbehind {@code (?<![\p{L}\p{N}])} at {@code i}: true when the one char before is a letter or a
     * number. A regular expression looks behind one char, not one code point: the second half of a
     * surrogate pair is neither.
     */
    public static boolean letterOrNumberBefore(CharSequence text, int i) {
        return i > 0 && letterOrNumber(text.charAt(i - 1));
    }

    /** A lookahead {@code (?![\p{L}\p{N}])} at {@code i} fails: the code point at {@code i} is a letter or a number. */
    public static boolean letterOrNumberAt(CharSequence text, int i) {
        return i < text.length() && letterOrNumber(Character.codePointAt(text, i));
    }

    /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code [A-Za-z]}. */
    public static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** {@code [0-9]}, which is all {@code \d} matches. */
    public static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The index of the first char at or after {@code i} that is not {@code \s}. */
    public static int skipSpaces(CharSequence text, int i) {
        int n = text.length();
        while (i < n && space(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Whether {@code text} holds {@code lowerWord} at {@code i}, ASCII letters compared without case as
     * {@code Pattern.CASE_INSENSITIVE} compares them (and no other letter: "ſ" is not "s").
     */
    public static boolean startsWithIgnoreAsciiCase(CharSequence text, int i, String lowerWord) {
        int n = lowerWord.length();
        if (i < 0 || i + n > text.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = text.charAt(i + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
