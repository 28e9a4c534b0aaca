package io.notelint.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.text.Span;
import io.notelint.core.time.TimeExpression;
import io.notelint.core.time.TimeExpression.Kind;
import io.notelint.core.time.TimeExpression.Orientation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SUTime resolved against the date of service, a Friday. */
class SuTimeFinderTest {

    private static final LocalDate SESSION = LocalDate.of(2026, 11, 20);

    private final SuTimeFinder finder = new CoreNlpBackend().capability(SuTimeFinder.class).orElseThrow();

    private List<TimeExpression> find(String text, LocalDate anchor) {
        return finder.find(text, new Span(0, text.length()), anchor);
    }

    private static TimeExpression only(String text, List<TimeExpression> found, String surface) {
        assertThat(found).hasSize(1);
        assertThat(found.get(0).span().in(text)).isEqualTo(surface);
        return found.get(0);
    }

    @Test
    void nextTuesdayIsTheComingTuesday() {
        String text = "Next session next Tuesday.";
        TimeExpression m = only(text, find(text, SESSION), "next Tuesday");
        assertThat(m.kind()).isEqualTo(Kind.WEEKDAY);
        assertThat(m.value()).isEqualTo("TUESDAY");
        assertThat(m.date()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(m.orientation()).isEqualTo(Orientation.FUTURE);
    }

    @Test
    void inTwoWeeksCountsFromTheSession() {
        String text = "Will meet again in two weeks.";
        TimeExpression m = only(text, find(text, SESSION), "two weeks");
        assertThat(m.kind()).isEqualTo(Kind.INTERVAL);
        assertThat(m.value()).isEqualTo("P2W");
        assertThat(m.date()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(m.orientation()).isEqualTo(Orientation.FUTURE);
    }

    @Test
    void aBareDurationIsNotAnInterval() {
        String text = "She slept 4 hours.";
        TimeExpression m = only(text, find(text, SESSION), "4 hours");
        assertThat(m.kind()).isEqualTo(Kind.DURATION);
        assertThat(m.date()).isNull();
    }

    @Test
    void everyOtherWeekIsAFrequency() {
        String text = "Sessions every other week.";
        TimeExpression m = only(text, find(text, SESSION), "every other week");
        assertThat(m.kind()).isEqualTo(Kind.FREQUENCY);
        assertThat(m.value()).isEqualTo("1/P2W");
    }

    @Test
    void twiceAWeekIsAFrequencyOfTwo() {
        String text = "Meets twice a week.";
        TimeExpression m = only(text, find(text, SESSION), "a week");
        assertThat(m.kind()).isEqualTo(Kind.FREQUENCY);
        assertThat(m.value()).isEqualTo("2/P1W");
    }

    @Test
    void numericDatesResolve() {
        String text = "Return 12/4/2026.";
        TimeExpression m = only(text, find(text, SESSION), "12/4/2026");
        assertThat(m.kind()).isEqualTo(Kind.DATE);
        assertThat(m.date()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(m.orientation()).isEqualTo(Orientation.FUTURE);
    }

    @Test
    void aBareWeekdayFollowsTheTenseOfItsSentence() {
        String plan = "Return Tuesday.";
        assertThat(only(plan, find(plan, SESSION), "Tuesday").date()).isEqualTo(LocalDate.of(2026, 11, 24));
        String history = "She had a panic attack on Tuesday.";
        TimeExpression past = only(history, find(history, SESSION), "Tuesday");
        assertThat(past.date()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(past.orientation()).isEqualTo(Orientation.PAST);
    }

    @Test
    void aClockTimeWithADay() {
        String text = "Return Tuesday at 3pm.";
        TimeExpression m = only(text, find(text, SESSION), "Tuesday at 3pm");
        assertThat(m.kind()).isEqualTo(Kind.TIME);
        assertThat(m.value()).isEqualTo("15:00");
        assertThat(m.date()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void relativeDatesAndThePast() {
        String text = "Seen two weeks ago; next visit next week.";
        List<TimeExpression> found = find(text, SESSION);
        assertThat(found).extracting(m -> m.span().in(text)).containsExactly("two weeks ago", "next week");
        assertThat(found.get(0).orientation()).isEqualTo(Orientation.PAST);
        assertThat(found.get(0).date()).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(found.get(1).kind()).isEqualTo(Kind.RELATIVE);
        assertThat(found.get(1).date()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(found.get(1).orientation()).isEqualTo(Orientation.FUTURE);
    }

    @Test
    void withoutASessionDateNothingIsResolvedAndTheClockIsNeverRead() {
        String text = "Return next Tuesday, in two weeks, or tomorrow.";
        List<TimeExpression> found = find(text, null);
        assertThat(found).extracting(m -> m.span().in(text)).containsExactly("next Tuesday", "two weeks", "tomorrow");
        assertThat(found).allSatisfy(m -> {
            assertThat(m.date()).isNull();
            assertThat(m.orientation()).isEqualTo(Orientation.UNKNOWN);
        });
    }

    @Test
    void offsetsAreAbsoluteAndExactAfterNonAsciiText() {
        String text = "😀 İ “quote”\u00A0— Plan: follow up next Tuesday.";
        int start = text.indexOf("Plan");
        List<TimeExpression> found = finder.find(text, new Span(start, text.length()), SESSION);
        assertThat(found).extracting(m -> m.span().in(text)).containsExactly("next Tuesday");
    }
}
