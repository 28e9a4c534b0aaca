package io.notelint.io;

/**
 * Follows JSON text char by char for its strings (with their escapes) without parsing it, so that a
 * scanner of brackets and commas sees only the chars that are structure. One per scan; not shared.
 */
final class JsonStrings {

    private boolean inString;
    private boolean escaped;

    /** Takes the next char; true when it is outside any string and is not a string's opening quote. */
    boolean structural(int c) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            return false;
        }
        if (c == '"') {
            inString = true;
            return false;
        }
        return true;
    }

    /** Whether the chars taken so far end inside a string. */
    boolean inString() {
        return inString;
    }
}
