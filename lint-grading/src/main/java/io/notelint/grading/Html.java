package io.notelint.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** HTML helpers shared by the report pages: escaping, the inline style sheet, number formats. */
final class Html {

    /** One style sheet for every page, inlined so each page is a single file with no external resources. */
    static final String CSS = load("grading.css");

    private Html() {
    }

    /**
     * Escapes text for element content and attribute values. Control characters other than tab and line
     * breaks become spaces: they have no business in a note and some browsers render them as boxes.
     */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n' -> out.append(c);
                case '\r' -> { }
                default -> out.append(c < 0x20 || c == 0x7f ? ' ' : c);
            }
        }
        return out.toString();
    }

    static String percent(int score, int max) {
        return max == 0 ? "0" : String.format(Locale.ROOT, "%.0f", 100.0 * score / max);
    }

    static String percent1(double fraction) {
        return String.format(Locale.ROOT, "%.1f", 100.0 * fraction);
    }

    /** Page head with title and inline CSS; the caller writes the body and calls {@link #end}. */
    static void begin(StringBuilder out, String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    }

    static void end(StringBuilder out) {
        out.append("<footer>Graded by NoteLint from automated checks of the note's wording, structure and fields."
                + " The score counts what a linter can check; it does not replace an instructor's reading of the"
                + " clinical reasoning.</footer>\n</body>\n</html>\n");
    }

    /** A small horizontal bar showing a fraction, drawn with CSS only. */
    static String bar(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        return bar(f, f >= 0.9 ? "good" : f >= 0.7 ? "fair" : "poor");
    }

    /** The bar of a grade: red for a note that did not pass, whatever its score. */
    static String bar(Grade g) {
        return g.outcome() == Grade.Outcome.FAILED ? bar(g.fraction(), "poor") : bar(g.fraction());
    }

    private static String bar(double fraction, String cls) {
        double f = Math.max(0, Math.min(1, fraction));
        return "<span class=\"bar\"><span class=\"fill " + cls + "\" style=\"width:"
                + String.format(Locale.ROOT, "%.1f", 100 * f) + "%\"></span></span>";
    }

    private static String load(String resource) {
        try (InputStream in = Html.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
