package io.notelint.grading;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the report pages share: rendering a template, the inline style sheet, number formats and the
 * score bar. The pages' markup lives in {@code src/main/jte}; jte compiles it to classes of this
 * package at build time and escapes every value a template inserts for where it goes (element text or
 * attribute), so note text can never become markup.
 */
final class Html {

    /** One style sheet for every page, inlined so each page is a single file with no external resources. */
    static final String CSS = load("grading.css");

    /** The templates compiled at build time (jte-maven-plugin); no template compiler at run time. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Html.class.getClassLoader(), Html.class.getPackageName());

    private Html() {
    }

    /**
     * The page or fragment of {@code template} ({@code src/main/jte/<template>}) for {@code model}. Control
     * characters other than tab and line feed become spaces and carriage returns are dropped: they have no
     * business in a note and some browsers render them as boxes (the templates themselves have none).
     */
    static String render(String template, Object model) {
        Page out = new Page();
        TEMPLATES.render(template, model, out);
        return out.toString();
    }

    /** A score bar: its colour class and its width in percent, drawn with CSS only ({@code bar.jte}). */
    record Bar(String cls, String width) {

        static Bar of(double fraction) {
            double f = Math.max(0, Math.min(1, fraction));
            return of(f, f >= 0.9 ? "good" : f >= 0.7 ? "fair" : "poor");
        }

        /** The bar of a grade: red for a note that did not pass, whatever its score. */
        static Bar of(Grade g) {
            return g.outcome() == Grade.Outcome.FAILED ? of(g.fraction(), "poor") : of(g.fraction());
        }

        private static Bar of(double fraction, String cls) {
            double f = Math.max(0, Math.min(1, fraction));
            return new Bar(cls, String.format(Locale.ROOT, "%.1f", 100 * f));
        }
    }

    static String percent(int score, int max) {
        return max == 0 ? "0" : String.format(Locale.ROOT, "%.0f", 100.0 * score / max);
    }

    static String percent1(double fraction) {
        return String.format(Locale.ROOT, "%.1f", 100.0 * fraction);
    }

    /** The page being written, without control characters (see {@link #render}). */
    private static final class Page implements TemplateOutput {
        private final StringBuilder out = new StringBuilder(8192);

        @Override
        public void writeContent(String s) {
            writeContent(s, 0, s.length());
        }

        @Override
        public void writeContent(String s, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c == '\t' || c == '\n') {
                    out.append(c);
                } else if (c != '\r') {
                    out.append(c < 0x20 || c == 0x7f ? ' ' : c);
                }
            }
        }

        @Override
        public String toString() {
            return out.toString();
        }
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
