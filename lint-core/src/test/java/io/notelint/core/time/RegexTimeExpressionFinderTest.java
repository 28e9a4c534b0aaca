package io.notelint.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.text.Span;
import io.notelint.core.time.TimeExpression.Kind;
import io.notelint.core.time.TimeExpression.Orientation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegexTimeExpressionFinderTest {

    private static final LocalDate SESSION = LocalDate.of(2026, 11, 20);
    private final TimeExpressionFinder finder = TimeExpressionFinder.standard();

    private List<TimeExpression> find(String text) {
        return finder.find(text, SESSION);
    }

    /** The single expression found in {@code text}; fails when there is not exactly one. */
    private TimeExpression only(String text) {
        List<TimeExpression> found = find(text);
        assertThat(found).as("expressions in '%s'", text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Next session 12/4.|12/4|2026-12-04",
        "Next session 12/04.|12/04|2026-12-04",
        "Scheduled for 12/04/2026.|12/04/2026|2026-12-04",
        "Seen on 12/4/26.|12/4/26|2026-12-04",
        "Return Dec 4.|Dec 4|2026-12-04",
        "Return Dec. 4.|Dec. 4|2026-12-04",
        "Return December 4th.|December 4th|2026-12-04",
        "Return December 4th, 2026.|December 4th, 2026|2026-12-04",
        "Return the 4th of December.|the 4th of December|2026-12-04",
        "Follow-up 2026-12-04.|2026-12-04|2026-12-04",
        "Next visit 1/6 at noon.|1/6|2027-01-06",
        "Seen 11/02.|11/02|2026-11-02"})
    void usDates(String text, String span, String date) {
        TimeExpression e = find(text).get(0);
        assertThat(e.kind()).isEqualTo(Kind.DATE);
        assertThat(e.span().in(text)).isEqualTo(span);
        assertThat(e.date()).isEqualTo(LocalDate.parse(date));
    }

    @Test
    void datesResolveToTheYearNearestTheSessionAndKnowTheirDirection() {
        assertThat(only("Next session 1/6.").date()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(only("Next session 1/6.").orientation()).isEqualTo(Orientation.FUTURE);
        assertThat(only("Seen 11/02.").orientation()).isEqualTo(Orientation.PAST);
        assertThat(only("Seen on 11/20.").orientation()).isEqualTo(Orientation.PRESENT);
        TimeExpression noAnchor = finder.find("Next session 12/4.", null).get(0);
        assertThat(noAnchor.value()).isEqualTo("--12-04");
        assertThat(noAnchor.date()).isNull();
        assertThat(noAnchor.orientation()).isEqualTo(Orientation.UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Client rates anxiety 7/10.",
        "Mood 6/10 today.",
        "Anxiety went from 8/10 to 6/10.",
        "Used the planner on 5/7 days.",
        "Rated 3/5 on confidence.",
        "Took 1/2 tab.",
        "Scored 4/10 out of habit.",
        "Available 24/7.",
        "Ratio 50/50."})
    void ratingsAndFractionsAreNotDates(String text) {
        assertThat(find(text)).noneMatch(e -> e.kind() == Kind.DATE);
    }

    @Test
    void aTenthOfTheMonthIsADateWhenSomethingSaysSo() {
        assertThat(only("Next session 12/10.").kind()).isEqualTo(Kind.DATE);
        assertThat(find("See 7/10 at 3pm.").get(0).kind()).isEqualTo(Kind.DATE);
        assertThat(find("Mood 7/10.")).isEmpty();
    }

    @Test
    void weekdays() {
        List<TimeExpression> found = find("Return Tuesday at 3pm; next Thursday; last Monday; Sat 12/5.");
        assertThat(found).extracting(TimeExpression::kind).containsExactly(Kind.WEEKDAY, Kind.TIME, Kind.WEEKDAY,
                Kind.WEEKDAY, Kind.WEEKDAY, Kind.DATE);
        assertThat(found.get(0).value()).isEqualTo("TUESDAY");
        assertThat(found.get(2).orientation()).isEqualTo(Orientation.FUTURE);
        assertThat(found.get(3).orientation()).isEqualTo(Orientation.PAST);
        assertThat(found.get(4).value()).isEqualTo("SATURDAY");
        // "Sat" and "Sun" are weekdays only before a date or time, or after next/this/on
        assertThat(find("She sat down. The sun was out.")).isEmpty();
        assertThat(only("Tele-session next Wed.").value()).isEqualTo("WEDNESDAY");
        assertThat(only("Tele-session next Wed.").orientation()).isEqualTo(Orientation.FUTURE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "at 3pm|3pm|15:00",
        "at 3 PM|3 PM|15:00",
        "at 15:00|15:00|15:00",
        "at 3:30 p.m.|3:30 p.m.|15:30",
        "at 9:00|9:00|09:00",
        "at 12 am|12 am|00:00",
        "at noon|noon|12:00",
        "reassess at 1500.|1500|15:00",
        "day RN to reassess at 0800|0800|08:00"})
    void clockTimes(String text, String span, String value) {
        TimeExpression e = only(text);
        assertThat(e.kind()).isEqualTo(Kind.TIME);
        assertThat(e.span().in(text)).isEqualTo(span);
        assertThat(e.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Follow up in two weeks.|in two weeks|INTERVAL|P2W",
        "Follow up in 1 month.|in 1 month|INTERVAL|P1M",
        "See within a month.|within a month|INTERVAL|P1M",
        "Return in 2-3 weeks.|in 2-3 weeks|INTERVAL|P2W/P3W",
        "Back a couple of weeks from now.|a couple of weeks from now|INTERVAL|P2W",
        "Back in a fortnight.|in a fortnight|INTERVAL|P2W",
        "RTC 2 wks.|2 wks|DURATION|P2W",
        "Slept 8 hours.|8 hours|DURATION|PT8H",
        "A 45-minute session.|45-minute|DURATION|PT45M",
        "RTC 2w.|2w|DURATION|P2W",
        "Next week.|Next week|RELATIVE|P1W",
        "Since last week.|last week|RELATIVE|P1W",
        "Two weeks ago.|Two weeks ago|RELATIVE|P2W",
        "See tomorrow.|tomorrow|RELATIVE|P1D",
        "Meet the week after next.|the week after next|RELATIVE|P2W"})
    void intervalsDurationsAndRelativeTimes(String text, String span, String kind, String value) {
        TimeExpression e = only(text);
        assertThat(e.kind()).isEqualTo(Kind.valueOf(kind));
        assertThat(e.span().in(text)).isEqualTo(span);
        assertThat(e.value()).isEqualTo(value);
    }

    @Test
    void intervalsResolveAgainstTheSession() {
        assertThat(only("Follow up in two weeks.").date()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(only("Follow up in two weeks.").orientation()).isEqualTo(Orientation.FUTURE);
        assertThat(only("Two weeks ago.").date()).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(only("Two weeks ago.").orientation()).isEqualTo(Orientation.PAST);
        assertThat(only("Since last week.").orientation()).isEqualTo(Orientation.PAST);
        assertThat(only("Calmer since Monday.").orientation()).isEqualTo(Orientation.PAST);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Continue weekly therapy.|weekly|1/P1W",
        "Sessions every other week.|every other week|1/P2W",
        "Sessions biweekly.|biweekly|1/P2W",
        "Sessions bi-weekly.|bi-weekly|1/P2W",
        "Practice twice a day.|twice a day|2/P1D",
        "Exercise 2x/week.|2x/week|2/P1W",
        "Walk three times per week.|three times per week|3/P1W",
        "Sessions every 2 weeks.|every 2 weeks|1/P2W",
        "Therapy q2 weeks.|q2 weeks|1/P2W",
        "Group on Tuesdays.|on Tuesdays|1/P1W",
        "Homework daily.|daily|1/P1D",
        "Walk 3 days a week.|3 days a week|3/P1W",
        "Lithium 300 mg BID.|BID|2/P1D",
        "Check in monthly.|monthly|1/P1M",
        "Counseling twice weekly.|twice weekly|2/P1W"})
    void frequencies(String text, String span, String value) {
        TimeExpression e = find(text).stream().filter(x -> x.kind() == Kind.FREQUENCY).findFirst().orElseThrow();
        assertThat(e.span().in(text)).isEqualTo(span);
        assertThat(e.value()).isEqualTo(value);
    }

    @Test
    void yearsAndMonthsAfterAPreposition() {
        TimeExpression year = only("Hospitalized in 2019.");
        assertThat(year.kind()).isEqualTo(Kind.DATE);
        assertThat(year.value()).isEqualTo("2019");
        assertThat(year.orientation()).isEqualTo(Orientation.PAST);
        TimeExpression month = only("Move planned for mid-December.");
        assertThat(month.value()).isEqualTo("--12");
        assertThat(find("She may go. The march was long.")).isEmpty();
    }

    @Test
    void expressionsDoNotOverlapAndComeInTextOrder() {
        String text = "Next appointment Monday 11/23 at 09:00, then every other week; practice twice a day; "
                + "slept 8 hours since last week; hospitalized in 2019.";
        List<TimeExpression> found = find(text);
        assertThat(found).extracting(e -> e.span().in(text)).containsExactly("Monday", "11/23", "09:00",
                "every other week", "twice a day", "8 hours", "last week", "2019");
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
        }
    }

    @Test
    void findsOnlyInsideTheRegion() {
        String text = "Seen 11/02. Next session 12/4.";
        List<TimeExpression> found = finder.find(text, new Span(12, text.length()), SESSION);
        assertThat(found).extracting(e -> e.span().in(text)).containsExactly("12/4");
    }

    @Test
    void plainTextHasNoTimes() {
        assertThat(find("Client reports low mood and poor sleep. A: MDD. P: CBT.")).isEmpty();
        assertThat(find("PHQ-9 12, GAD-7 9, C-SSRS negative.")).isEmpty();
    }
}
