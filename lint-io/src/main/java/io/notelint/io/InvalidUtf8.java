package io.notelint.io;

/** What the readers do with bytes that are not UTF-8 (a Latin-1 export, a truncated character). */
public enum InvalidUtf8 {
    /**
     * Each bad sequence reads as U+FFFD, one replacement character per bad byte sequence: the note is
     * linted, and a Latin-1 letter keeps its place (one byte, one char), so offsets stay meaningful.
     */
    REPLACE,
    /** The record becomes an error result ({@code invalid-utf8}) naming the byte offset of the first bad byte. */
    REPORT;

    /** From a command-line or config word: "replace" or "report". */
    public static InvalidUtf8 parse(String word) {
        return switch (word.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "replace" -> REPLACE;
            case "report" -> REPORT;
            default -> throw new IllegalArgumentException("expected replace or report");
        };
    }
}
