package io.notelint.rules.language;

import io.notelint.core.text.Span;

/**
 * Tells the words of a heading from the words of a sentence, from the text alone: a label before a
 * colon ("Substance Abuse History:", "MENTAL HEALTH AND SUBSTANCE ABUSE:", "Noncompliance: none"), a
 * title line in capitals ("THERAPY SESSION PROGRESS NOTE"), and, for a span after a colon, the label of
 * the field it fills ("Mood: somewhat anxious"). A heading names a topic; it describes nobody, so the
 * language rules leave its words alone. A label must look like one: written in capitals, in title case,
 * or at most three words; "Client is noncompliant with meds: missed 4 doses" is a sentence, not a label.
 * Stateless.
 */
final class Headings {

    private static final int MAX_LABEL_WORDS = 7;
    private static final int SHORT_LABEL_WORDS = 3;
    private static final int MAX_TITLE_WORDS = 10;

    private Headings() {
    }

    /** True when {@code span} lies in a heading: a label before a colon, or a title line. */
    static boolean inHeading(String text, Span span) {
        int lineStart = lineStart(text, span.start());
        int lineEnd = lineEnd(text, span.end());
        int colon = text.indexOf(':', span.end());
        if (colon >= 0 && colon < lineEnd) {
            int start = Math.max(lineStart, sentenceStart(text, lineStart, span.start()));
            String label = text.substring(start, colon);
            if (!label.contains(":") && looksLikeLabel(label)) {
                return true;
            }
        }
        String line = text.substring(lineStart, lineEnd).strip();
        return line.indexOf(':') < 0 && words(line) <= MAX_TITLE_WORDS && capitals(line) && !line.endsWith(".");
    }

    /**
     * The label of the field whose value holds {@code span} ("Mood" for "Mood: somewhat anxious"), or
     * the empty string when the span is not in a field value. The label is the heading-like words
     * before the last colon before the span on its line (or in its sentence).
     */
    static String fieldLabel(String text, Span span) {
        int lineStart = lineStart(text, span.start());
        int colon = text.lastIndexOf(':', span.start() - 1);
        if (colon < lineStart) {
            return "";
        }
        int start = Math.max(lineStart, sentenceStart(text, lineStart, colon));
        start = Math.max(start, text.lastIndexOf(':', colon - 1) + 1); // "O: Mood: ..." -> "Mood"
        String label = text.substring(start, colon).strip();
        return looksLikeLabel(label) ? label : "";
    }

    /**
     * The label that opens the block holding {@code offset}: the nearest line before it (or its own line)
     * that starts with a heading label and a colon ("FAMILY HISTORY: , Her mother ..."), upper case
     * for MTSamples-style exports and any case otherwise. Empty when no line before it starts so.
     */
    static String blockLabel(String text, int offset) {
        int lineStart = lineStart(text, offset);
        while (true) {
            int colon = text.indexOf(':', lineStart);
            int lineEnd = lineEnd(text, lineStart);
            if (colon >= 0 && colon < lineEnd && colon < Math.max(offset, lineStart + 1) + 200) {
                String label = text.substring(lineStart, colon).strip();
                if (!label.contains(". ") && looksLikeLabel(label)) {
                    return label;
                }
            }
            if (lineStart == 0) {
                return "";
            }
            lineStart = lineStart(text, lineStart - 1);
        }
    }

    private static boolean looksLikeLabel(String label) {
        String s = label.strip();
        int n = words(s);
        if (n == 0 || n > MAX_LABEL_WORDS || s.endsWith(".") || s.contains(". ")) {
            return false;
        }
        return n <= SHORT_LABEL_WORDS || capitals(s) || titleCase(s);
    }

    /** The start of the sentence that holds {@code at}: after the last ". " (or line start) before it. */
    private static int sentenceStart(String text, int lineStart, int at) {
        for (int i = at - 1; i > lineStart; i--) {
            char c = text.charAt(i);
            if ((c == ' ' || c == '\t') && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == ';')) {
                return i + 1;
            }
        }
        return lineStart;
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    }

    private static int lineEnd(String text, int at) {
        int end = text.indexOf('\n', at);
        return end < 0 ? text.length() : end;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    /** Every letter upper case, and at least two letters. */
    private static boolean capitals(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Every word of four letters or more starts with a capital ("Substance Abuse History", "Plan of Care"). */
    private static boolean titleCase(String s) {
        for (String w : s.split("[\\s/&()-]+")) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4 && !Character.isUpperCase(letters.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
