package io.notelint.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.text.CorpusTexts;
import io.notelint.core.text.LookAlikeText;
import io.notelint.core.text.Span;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The default finder reads a region (a sentence) on its own when a rule needs only some regions
 * ({@link TimeExpressionFinder#regions}). This differential test holds every such answer to the eager
 * computation: the whole text's expressions lying wholly inside the region, as
 * {@code AnalyzedNote.timeExpressions(Span)} takes them. Regions are every sentence and line of every note
 * of the corpora (real notes too, when present beside the checkout), as written and altered, asked for all
 * in order, some in order and some out of order, and random stretches of generated text dense with time
 * words, sentence ends and line breaks. A null answer (the
 * reader cannot tell) is allowed, and must stay rare on notes, or the laziness would buy nothing.
 * It also checks the bound the reader relies on: no reading consumes more than half of
 * {@link ScanningTimeExpressionFinder#REACH} characters other than white space.
 */
class RegionReaderMatchesWholeScanTest {

    private static final TimeExpressionFinder FINDER = TimeExpressionFinder.standard();

    private static final String[] PIECES = {
        "12/4", "12/04/2026", "4/7", "3pm", "3 p.m.", "15:00", "at", "@", "from", ",", "Dec.", "Dec", "December", "4th",
        "Mon", "Tues.", "Tuesday", "next", "last", "this", "in", "within", "over the next", "the", "since", "every",
        "other", "once", "twice", "x", "times", "a", "two", "a couple of", "few", "week", "wks.", "wks", "days",
        "hrs", "ago", "later", "from now", "daily", "biweekly", "q.", "q2wks", "q", "today", "tomorrow", "end of",
        "per", "/", "2x/week", "2", "10", "or", "to", "Next session", "follow up", "RTC", "Client", "reports", "sleep",
        ".", ". ", ".\n", "\n", "\n\n", "  ", "\t", ";", ":", "(", ")", "-", "~", "+", "P:", "Plan:", "\u00A0", "\u2013",
    };

    /** How many generated texts; each is cut into regions several ways. */
    private static final int TEXTS = Integer.getInteger("notelint.time.texts", 6_000);

    @Test
    void everySentenceAndLineOfTheCorporaGetsTheWholeScansExpressions() throws IOException {
        List<String[]> notes = CorpusTexts.dated(true);
        assertThat(notes).as("the repository's corpora are found").hasSizeGreaterThan(100);
        Random random = new Random(1515);
        int[] counts = new int[3];
        for (String[] note : notes) {
            LocalDate anchor = note[1] == null ? null : LocalDate.parse(note[1]);
            for (String text : new String[] {note[0], note[0].toLowerCase(Locale.ROOT), note[0].replace(". ", ".\n"),
                    LookAlikeText.altered(note[0], random, 200, LookAlikeText.COMMON)}) {
                List<Span> sentences = sentences(text);
                checkAll(text, sentences, anchor, counts);
                checkAll(text, lines(text), anchor, counts);
                // some sentences only, in order (the reader scans the gaps or starts anew) and then out of order
                List<Span> some = new ArrayList<>();
                for (Span s : sentences) {
                    if (random.nextInt(3) == 0) {
                        some.add(s);
                    }
                }
                checkAll(text, some, anchor, counts);
                java.util.Collections.shuffle(some, random);
                checkAll(text, some, anchor, counts);
            }
        }
        assertThat(counts[1]).as("regions the reader answered on its own").isGreaterThan(10_000);
        assertThat(counts[0]).as("regions holding expressions").isGreaterThan(1_000);
        assertThat(counts[2]).as("regions it could not answer alone (%s of %s)", counts[2], counts[1] + counts[2])
                .isLessThan((counts[1] + counts[2]) / 20);
    }

    @Test
    void generatedTextsCutAnywhereGetTheWholeScansExpressions() {
        Random random = new Random(16);
        int[] counts = new int[3];
        for (int i = 0; i < TEXTS; i++) {
            String text = text(random);
            LocalDate anchor = random.nextBoolean() ? null : LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
            List<Span> regions = new ArrayList<>(sentences(text));
            for (int k = 0; k < 6; k++) {
                int a = random.nextInt(text.length() + 1);
                int b = a + random.nextInt(text.length() - a + 1);
                regions.add(new Span(a, b));
            }
            checkAll(text, regions, anchor, counts);
        }
        assertThat(counts[0]).as("regions holding expressions").isGreaterThan(TEXTS);
        assertThat(counts[2]).as("regions the reader could not answer alone (the checks above then ran on fewer)")
                .isGreaterThan(0);
    }

    @Test
    void noReadingConsumesMoreThanHalfTheReach() throws IOException {
        TimeVocabulary vocabulary = TimeVocabulary.load();
        List<TimeGrammar.Production> productions = new TimeGrammar(vocabulary).productions(new TimeValues(vocabulary));
        List<String> texts = new ArrayList<>();
        for (String[] note : CorpusTexts.dated(true)) {
            texts.add(note[0]);
        }
        Random random = new Random(17);
        for (int i = 0; i < 3_000; i++) {
            texts.add(text(random));
        }
        // the longest ways the grammar reads, written out: hedges, ranges, amounts in words, suffixes
        texts.add("within the next approximately two to three weeks' time; over the next couple of weeks from now");
        texts.add("every other Tuesday at 10:30 a.m.; three or four times per week; the 21st of December, 2026 at 3 p.m.");
        texts.add("later on in the week after next; q. 12 wks; twice a week every other week; a couple of days ago");
        int longest = 0;
        for (String text : texts) {
            Cursor cursor = new Cursor(text, text.length());
            for (int p = 0; p < text.length(); p++) {
                for (TimeGrammar.Production production : productions) {
                    cursor.top = 0;
                    Groups g = production.reading().read(cursor, p);
                    if (g != null) {
                        longest = Math.max(longest, nonSpace(text, p, g.end()));
                    }
                }
            }
        }
        assertThat(longest).as("the most non-space characters one reading consumed").isGreaterThan(20)
                .isLessThanOrEqualTo(ScanningTimeExpressionFinder.REACH / 2);
    }

    private static int nonSpace(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += Cursor.space(text.charAt(i)) ? 0 : 1;
        }
        return n;
    }

    /** counts: [regions with expressions, regions answered alone, regions not answered alone]. */
    private static void checkAll(String text, List<Span> regions, LocalDate anchor, int[] counts) {
        List<TimeExpression> whole = FINDER.find(text, anchor);
        TimeExpressionFinder.RegionReader reader = FINDER.regions(text, anchor);
        for (Span region : regions) {
            List<TimeExpression> expected = new ArrayList<>();
            for (TimeExpression e : whole) {
                if (region.contains(e.span())) {
                    expected.add(e);
                }
            }
            List<TimeExpression> got = reader.inside(region);
            if (got == null) {
                counts[2]++;
                continue;
            }
            counts[1]++;
            counts[0] += expected.isEmpty() ? 0 : 1;
            assertThat(got).as("region %s of '%s' anchor %s", region, text, anchor).isEqualTo(expected);
        }
    }

    /** Sentence-like stretches: cut after . ; ! ? and at line breaks, white space trimmed, as sentences are. */
    private static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean line = i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
            boolean stop = i < text.length() && ".;!?".indexOf(text.charAt(i)) >= 0;
            if (line || stop) {
                int end = stop ? i + 1 : i;
                add(text, start, end, out);
                start = end;
            }
        }
        return out;
    }

    private static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                add(text, start, i, out);
                start = i + 1;
            }
        }
        return out;
    }

    private static void add(String text, int a, int b, List<Span> out) {
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (a < b) {
            out.add(new Span(a, b));
        }
    }

    private static String text(Random random) {
        int n = 1 + random.nextInt(24);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int glue = random.nextInt(6);
            b.append(glue == 0 ? "" : glue == 1 ? ". " : glue == 2 ? "\n" : " ").append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
