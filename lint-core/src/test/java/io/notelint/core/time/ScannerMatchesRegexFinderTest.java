package io.notelint.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.text.CorpusTexts;
import io.notelint.core.text.LookAlikeText;
import io.notelint.core.text.Span;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The default finder is a one-pass scanner; before it, a cascade of regular expressions
 * ({@link RegexTimeExpressionFinder}, kept in test code for this comparison only) defined what a time
 * expression is. This differential test holds the scanner to exactly the regex finder's expressions
 * (spans, kinds, values, dates, orientations) on generated text dense with time words, numbers, case
 * and white-space variants and look-alike characters, and on every note of the corpora beside the
 * checkout, whole and sentence by sentence, as they are and with their case and spacing changed.
 */
class ScannerMatchesRegexFinderTest {

    private static final String[] PIECES = {
        "12/4", "12/04/2026", "4/7", "7/10", "3/4", "1-2", "12-4-2026", "2026-11-20", "9", "10", "3pm", "3 p.m.",
        "15:00", "3:30", "10:61", "o'clock", "noon", "Noon", "midnight", "Dec", "Dec.", "December", "4th", "Sept", "MAY",
        "may", "May", "Mon", "Tues", "monday", "Fridays", "weekends", "next", "last", "this", "coming", "past", "in",
        "within", "over", "the", "since", "by", "of", "every", "each", "other", "second", "once", "twice", "thrice",
        "x", "times", "a", "an", "one", "two", "three", "twelve", "a couple of", "few", "several", "week", "wks",
        "days", "hrs", "mins", "months", "yrs", "ago", "later", "earlier", "from now", "daily", "bi-weekly",
        "biweekly", "q2wks", "q.", "BID", "bid", "b.i.d.", "q.h.s.", "today", "tomorrow", "yesterday", "end of",
        "beginning", "fortnight", "per", "/", "2x/week", "3w", "2d", "rates", "out of", "score", "at", "@", ",", ".",
        "-", "\u2013", "(", ")", "\n", "  ", "\t", "\r\n", "\u000B", "\u00A0", "\u017Fince", "\u212Aeep", "\u0130n",
        "F\u0130VE", "\u0663", "x12/4", "a3:30", "on12/4/26", "\uD83D\uDE00", "\uD835\uDC00", "1\u00BD", "\u2167",
        "e\u0301", "Client", "reports", "session", "follow-up", "RTC", "to", "or", "week after next", "weekday",
        "the 4th of December", "the 21st of may, 2026", "in two weeks", "in 2 wks' time", "every other week",
        "q2 wks", "q 4 weeks", "the week after next", "end of the month", "the beginning of next year",
        "Next Tuesday", "this Fri", "on Thurs.", "in 2026", "since March", "mid-June", "later this week",
        "over the next few days", "in the coming weeks", "a couple of weeks ago", "three times a week",
        "twice per month", "2x/wk", "on Mondays", "each morning", "every 3 days", "3-4 days a week",
        "two to three sessions per week", "approximately 6 months", "within the next 2 weeks", "3 days from now",
        "in a fortnight", "everyday", "semi-monthly", "Dec. 4th", "December 2026", "tomorrow at 3pm",
        "Tuesday 12/4 at 10:00", "1 year", "6 mos", "QHS", "12 o'clock", "10am", "4:30 p.m.", "4:30 P.M",
        "twox", "threetimes", "oncea", "onceper week", "couplex", "adays", "anor", "Dec4", "Sept.12", "Thurs.3",
        "q2wks", "evening", "another", "ator", "fewdays", "sixmos", "onetimes", "several-day", "tenhrs",
        "in a week", "per day", "a day", "each week", "every month", "/wk", "an hour", "an evening",
        "3\u20134 weeks", "12th of May", "7a.m.", "5oclock", "10x", "3times", "2 or 3", "2to3", "3.5 hours",
        "2-day", "45min", "2h", "at 1500", "@0930", "by 2300 hrs", "@ 1200", "until 0800h", "at 1500 hrsx",
        "Sep.", "Sep.x", "Junes", "JUNE 4", "Thu.", "Thursday", "TUES", "Wed 3", "Mon., 4", "a.m.x", "p.m",
        "2 weekss time", "2 week's time", "2 weeks times", "approx. 2 wks", "~3 days", "in ~ 2 weeks",
        "over the next couple of weeks", "later in the day", "earlier that month", "the middle of this week",
        "start of next month", "every weekday", "every a day", "every couple of weeks", "every second", "twotoone",
        "2 to 3pm", "six x a week", "sixx a day", "11/13 at 10:00", "12/4, @ 3pm", "12/4 from 2:00", "12/4 AT 3 PM",
        "19:60", "24:00", "23:59", "0900", "2/29", "2/30", "13/1", "1/32", "1/2", "10/10", "5/7", "on 4/7",
        "4/7 days", "6/10 scale", "session 1/4", "appt 7/10", "99/99/9999", "1/1/99", "1/1/999", "1-1-20266",
        "2026-13-40", "1999-1-1", "in 1999", "of 2050", "since 20201", "in 2026-", "q.4d", "Q4H", "q12hrs", "q 2 months",
        "every other Monday", "every 2nd week", "2 times per day", "three or four times a week", "once in a while",
        "once in a week", "2 to 3 times a week", "a few times a week", "several times monthly", "4x daily",
        "this evening", "later this afternoon", "later tonight", "this morning", "next 2 weeks", "past several months",
        "previous weekend", "prior year", "following week", "coming months", "last few days", "the end of next week",
        // one reading shared by the productions that begin alike at a position (amounts, counts, amount and unit)
        "in 2 weeks ago", "in 3 days from now", "within 2-3 wks later", "2 or 3 times a week", "2 or 3x weekly",
        "a couple of days a week", "in two to three weeks' time", "3 sessions per week ago", "once weekly a week",
        "twice 2 days", "in a couple of days from today", "2 - 3 weeks", "2 to three hrs ago", "next 2 weeks ago",
    };

    private static final RegexTimeExpressionFinder OLD = RegexTimeExpressionFinder.INSTANCE;
    private static final TimeExpressionFinder NEW = TimeExpressionFinder.standard();

    /** How many random texts; the build runs 30,000, -Dnotelint.time.texts=150000 was run once (equal). */
    private static final int TEXTS = Integer.getInteger("notelint.time.texts", 30_000);

    @Test
    void generatedTextsGiveExactlyTheRegexFindersExpressions() {
        Random random = new Random(15);
        int found = 0;
        for (int i = 0; i < TEXTS; i++) {
            String text = text(random);
            LocalDate anchor = random.nextBoolean() ? null : LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
            Span region = random.nextInt(4) == 0 && text.length() > 4
                    ? new Span(random.nextInt(text.length() / 2), text.length() - random.nextInt(text.length() / 2))
                    : new Span(0, text.length());
            List<TimeExpression> expected = OLD.find(text, region, anchor);
            assertThat(NEW.find(text, region, anchor)).as("text '%s' region %s anchor %s", text, region, anchor)
                    .isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).as("the generated texts are dense with expressions").isGreaterThan(TEXTS);
    }

    @Test
    void everyPairOfPiecesGluedOrSpacedGivesTheSame() {
        int found = 0;
        for (String a : PIECES) {
            for (String b : PIECES) {
                for (String glue : new String[] {"", " "}) {
                    String text = "Plan: " + a + glue + b + " week";
                    List<TimeExpression> expected = OLD.find(text, LocalDate.of(2026, 11, 20));
                    assertThat(NEW.find(text, LocalDate.of(2026, 11, 20))).as("text '%s'", text).isEqualTo(expected);
                    found += expected.size();
                }
            }
        }
        assertThat(found).isGreaterThan(PIECES.length * PIECES.length);
    }

    @Test
    void corpusNotesGiveTheSameWholeAndBySentenceAsTheyAreAndAltered() throws IOException {
        List<String[]> notes = CorpusTexts.dated(false);
        assertThat(notes).as("the repository's corpora are found").hasSizeGreaterThan(100);
        Random random = new Random(1515);
        int found = 0;
        for (String[] note : notes) {
            LocalDate anchor = note[1] == null ? null : LocalDate.parse(note[1]);
            for (String text : new String[] {note[0], note[0].toUpperCase(Locale.ROOT), note[0].toLowerCase(Locale.ROOT),
                    note[0].replace(' ', '\t').replace(". ", ".\n"), LookAlikeText.altered(note[0], random, 200, SWAPS)}) {
                List<TimeExpression> expected = OLD.find(text, anchor);
                assertThat(NEW.find(text, anchor)).as("note text '%s'", text).isEqualTo(expected);
                found += expected.size();
                int start = 0;
                for (int i = 0; i <= text.length(); i++) {
                    if (i == text.length() || text.charAt(i) == '.' || text.charAt(i) == '\n') {
                        Span sentence = new Span(start, i);
                        assertThat(NEW.find(text, sentence, null)).as("sentence %s of '%s'", sentence, text)
                                .isEqualTo(OLD.find(text, sentence, null));
                        start = i + 1;
                    }
                }
            }
        }
        assertThat(found).as("the corpora hold many expressions").isGreaterThan(notes.size());
    }

    /** Look-alikes that fold to s, k and i, and a space doubled, broken or hyphened. */
    private static final Map<Character, List<String>> SWAPS = Map.of(
            's', List.of("\u017F"),
            'k', List.of("\u212A"),
            'i', List.of("\u0130"),
            ' ', List.of("  ", "\n", "-"));

    private static String text(Random random) {
        int n = 1 + random.nextInt(14);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int glue = random.nextInt(8);
            b.append(glue == 0 ? "" : glue == 1 ? "/" : glue == 2 ? "-" : glue == 3 ? ", " : " ")
                    .append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
