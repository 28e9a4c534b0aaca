package io.notelint.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The finder tries its patterns only at candidate starts whose first character fits (a speed-up worth
 * most of a note's linting time). This differential test holds it to the plain scan that tries every
 * position: on generated text dense with time words, numbers, punctuation and look-alike characters,
 * both must return exactly the same expressions.
 */
class CandidateScanEquivalenceTest {

    private static final String[] PIECES = {
        "12/4", "12/04/2026", "4/7", "7/10", "3/4", "1-2", "12-4-2026", "2026-11-20", "9", "10", "3pm", "3 p.m.",
        "15:00", "3:30", "10:61", "o'clock", "noon", "midnight", "Dec", "Dec.", "December", "4th", "Sept", "MAY",
        "may", "Mon", "Tues", "monday", "Fridays", "weekends", "next", "last", "this", "coming", "past", "in", "within",
        "over", "the", "since", "by", "of", "every", "each", "other", "second", "once", "twice", "thrice", "x", "times",
        "a", "an", "one", "two", "three", "twelve", "a couple of", "few", "several", "week", "wks", "days", "hrs",
        "mins", "months", "yrs", "ago", "later", "earlier", "from now", "daily", "bi-weekly", "biweekly", "q2wks",
        "q.", "BID", "q.h.s.", "today", "tomorrow", "yesterday", "end of", "beginning", "fortnight", "per", "/",
        "2x/week", "3w", "2d", "rates", "out of", "score", "at", "@", ",", ".", "-", "\u2013", "(", ")", "\n", "  ",
        "\u017Fince", "\u212Aeep", "\u0130n", "\u0663", "x12/4", "a3:30", "on12/4/26", "\uD83D\uDE00", "1\u00BD",
        "Client", "reports", "session", "follow-up", "RTC", "to", "or", "week after next", "weekday",
        // whole phrases, so multi-word patterns are exercised at their first word
        "the 4th of December", "the 21st of may, 2026", "in two weeks", "in 2 wks' time", "every other week",
        "q2 wks", "q 4 weeks", "the week after next", "end of the month", "the beginning of next year",
        "Next Tuesday", "this Fri", "on Thurs.", "in 2026", "since March", "mid-June", "later this week",
        "over the next few days", "in the coming weeks", "a couple of weeks ago", "three times a week",
        "twice per month", "2x/wk", "on Mondays", "each morning", "every 3 days", "3-4 days a week",
        "two to three sessions per week", "approximately 6 months", "within the next 2 weeks", "3 days from now",
        "in a fortnight", "everyday", "semi-monthly", "Dec. 4th", "December 2026", "tomorrow at 3pm",
        "Tuesday 12/4 at 10:00", "1 year", "6 mos", "b.i.d.", "QHS", "noon", "12 o'clock", "10am", "4:30 p.m.",
        // words glued to what follows them, which some patterns allow
        "twox", "threetimes", "oncea", "onceper week", "couplex", "adays", "anor", "Dec4", "Sept.12", "Thurs.3",
        "q2wks", "everyday", "evening", "another", "ator", "fewdays", "sixmos", "onetimes", "several-day", "tenhrs",
        "in a week", "per day", "a day", "each week", "every month", "/wk", "an hour",
        "3\u20134 weeks", "12th of May", "7a.m.", "5oclock", "10x", "3times", "2 or 3", "2to3", "3.5 hours", "2-day", "45min", "2h", "at 1500", "@0930", "by 2300 hrs", "@ 1200", "until 0800h",
    };

    private static final RegexTimeExpressionFinder FINDER = RegexTimeExpressionFinder.INSTANCE;

    @Test
    void candidateScanFindsExactlyWhatAFullScanFinds() {
        Random random = new Random(41);
        int compared = 0;
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = text(random);
            LocalDate anchor = random.nextBoolean() ? null : LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
            Span region = random.nextInt(4) == 0 && text.length() > 4
                    ? new Span(random.nextInt(text.length() / 2), text.length() - random.nextInt(text.length() / 2))
                    : new Span(0, text.length());
            List<TimeExpression> fast = FINDER.find(text, region, anchor);
            List<TimeExpression> full = FINDER.findByScanningEveryPosition(text, region, anchor);
            assertThat(fast).as("text %s region %s", text, region).isEqualTo(full);
            compared++;
            found += full.size();
        }
        assertThat(compared).isEqualTo(20_000);
        assertThat(found).as("the generated texts contain many expressions").isGreaterThan(20_000);
    }

    @Test
    void everyPairOfPiecesGluedOrSpacedFindsTheSame() {
        // systematic where the random texts are thin: each piece directly followed by each other one
        int found = 0;
        for (String a : PIECES) {
            for (String b : PIECES) {
                for (String glue : new String[] {"", " "}) {
                    String text = "Plan: " + a + glue + b + " week";
                    List<TimeExpression> full = FINDER.findByScanningEveryPosition(text, new Span(0, text.length()), null);
                    assertThat(FINDER.find(text, new Span(0, text.length()), null)).as("text %s", text).isEqualTo(full);
                    found += full.size();
                }
            }
        }
        assertThat(found).isGreaterThan(PIECES.length * PIECES.length);
    }

    private static String text(Random random) {
        int n = 1 + random.nextInt(14);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(PIECES[random.nextInt(PIECES.length)]);
        }
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            int glue = random.nextInt(6);
            b.append(glue == 0 ? "" : glue == 1 ? "/" : " ").append(p);
        }
        return b.toString();
    }
}
