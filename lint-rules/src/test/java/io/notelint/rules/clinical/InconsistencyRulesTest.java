package io.notelint.rules.clinical;

import static io.notelint.rules.clinical.TestNotes.note;
import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.Linter;
import io.notelint.core.rule.Finding;
import io.notelint.testing.ExampleNotes;
import io.notelint.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InconsistencyRulesTest {

    private static final String TEXT = "Individual CBT for panic; interoceptive exposure practiced. Next session 12/4 at 10:00.";

    private static String times(String cpt, Integer minutes, String start, String end) {
        StringBuilder f = new StringBuilder("\"sessionDate\": \"2026-11-20\"");
        if (cpt != null) {
            f.append(", \"cptCode\": \"").append(cpt).append('"');
        }
        if (minutes != null) {
            f.append(", \"durationMinutes\": ").append(minutes);
        }
        if (start != null) {
            f.append(", \"startTime\": \"").append(start).append('"');
        }
        if (end != null) {
            f.append(", \"endTime\": \"").append(end).append('"');
        }
        return f.toString();
    }

    @Test
    void cptCodesAgainstMinutes() {
        RuleTester.of(new CptMinutesMismatchRule())
                .good(note(TEXT, times("90832", 16, null, null)))
                .good(note(TEXT, times("90832", 37, null, null)))
                .good(note(TEXT, times("90834", 38, null, null)))
                .good(note(TEXT, times("90834", 52, null, null)))
                .good(note(TEXT, times("90837", 53, null, null)))
                .good(note(TEXT, times("90837", 120, null, null)))
                .good(note(TEXT, times("90791", 20, null, null)))
                .good(note(TEXT, times("90792", 95, "09:00", "10:35")))
                .good(note(TEXT, times("90846", 26, null, null)))
                .good(note(TEXT, times("90847", 80, null, null)))
                .good(note(TEXT, times("90839", 30, null, null)))
                .good(note(TEXT, times("90839", 74, null, null)))
                .good(note(TEXT, times("90839, 90840", 110, null, null)))
                .good(note(TEXT, times("90839+90840x2", 140, null, null)))
                .good(note(TEXT, times("99214, 90833", 45, null, null)))
                .good(note(TEXT, times("99215 + 90838", 90, null, null)))
                .good(note(TEXT, times("90837-95", 55, null, null)))
                .good(note(TEXT, times("90834 GT", null, "14:00", "14:45")))
                .good(note(TEXT, times("90853", 90, null, null)))
                .good(note(TEXT, times("90785", 45, null, null)))
                .good(note(TEXT, times("90837", null, "23:10", "00:05")))
                .good(note(TEXT, times("90837", null, "14:00", null)))
                .good(note(TEXT, times(null, 20, null, null)))
                .good(note(TEXT, times("H0004", 15, null, null)))
                .good(note(TEXT, times("90837, 90846", 80, null, null)))
                .bad(note(TEXT, times("90832", 15, null, null)))
                .bad(note(TEXT, times("90832", 38, null, null)))
                .bad(note(TEXT, times("90834", 37, null, null)))
                .bad(note(TEXT, times("90834", 53, null, null)))
                .bad(note(TEXT, times("90837", 52, null, null)))
                .bad(note(TEXT, times("90846", 20, null, null)))
                .bad(note(TEXT, times("90847", 25, null, null)))
                .bad(note(TEXT, times("90839", 90, null, null)))
                .bad(note(TEXT, times("90839", 25, null, null)))
                .bad(note(TEXT, times("90839, 90840", 70, null, null)))
                .bad(note(TEXT, times("99214, 90836", 30, null, null)))
                .bad(note(TEXT, times("90837", null, "23:30", "00:10")))
                .bad(note(TEXT, times("90832", null, "15:00", "15:50")))
                .run();
    }

    @Test
    void durationAgainstStartAndEnd() {
        RuleTester.of(new DurationTimesMismatchRule())
                .good(note(TEXT, times("90837", 53, "14:00", "14:53")))
                .good(note(TEXT, times("90837", 55, "14:00", "14:50")))
                .good(note(TEXT, times("90837", 60, "23:30", "00:30")))
                .good(note(TEXT, times("90837", 53, null, "14:53")))
                .good(note(TEXT, times("90837", null, "14:00", "14:53")))
                .bad(note(TEXT, times("90837", 53, "14:00", "14:45")))
                .bad(note(TEXT, times("90834", 45, "09:00", "10:00")))
                .bad(note(TEXT, times("90837", 60, "23:30", "00:10")))
                .bad(note(TEXT, times("90834", 45, "10:45", "10:00")))
                .run();
        RuleTester.of(new DurationTimesMismatchRule()).withOptions(Map.of("toleranceMinutes", 0))
                .bad(note(TEXT, times("90837", 55, "14:00", "14:53")))
                .run();
    }

    @Test
    void statedSessionLengthAgainstFields() {
        String f53 = times("90837", 53, "14:00", "14:53");
        RuleTester.of(new StatedDurationMismatchRule())
                .good(note("Completed a 53-minute individual psychotherapy session via telehealth.", f53))
                .good(note("Session length: 55 min. CBT for panic.", f53))
                .good(note("Client walked 20 minutes on 5 days and meditated for 10 minutes nightly.", f53))
                .good(note("Exposure: stayed in the crowded store for 30 minutes; SUDS 70 to 40.", f53))
                .good(note("Spent the first 20 minutes of the session reviewing the log.", f53))
                .good(note("Client prefers weekly 45-minute sessions; next session 12/4.", f53))
                .good(note("Next session will be a 30-minute check-in.", f53))
                .good(note("Last session was 45 minutes because of the late start.", f53))
                .good(note("Her psychiatrist's appointment lasted 2 hours.", f53))
                .good(note("Client attended a 90-minute AA meeting and a 60-minute yoga class.", f53))
                .good(note("Met with client for about an hour.", times("90837", 57, null, null)))
                .good(note("A 45-minute session.", times("90834", null, null, null)))
                .good(note("Met with the family for 50 minutes.", times("90847", null, "16:00", "16:50")))
                .good(note("Provided 25 minutes of psychotherapy after medication management.", times("99214, 90833", 45, null, null)))
                .good(note("Client was seen for a 45-50 minute session.", times("90834", 48, null, null)))
                .bad(note("Client attended a [[45-minute session]] focused on exposure planning.", f53))
                .bad(note("[[Session lasted 30 minutes]] due to a late arrival.", f53))
                .bad(note("[[Met with client for 60 minutes]] to review the safety plan.", times("90834", null, "10:00", "10:40")))
                .bad(note("Provided [[forty-five minutes of individual psychotherapy]].", times("90837", 60, "09:00", "10:00")))
                .bad(note("This [[30-minute telehealth session]] addressed sleep.", f53))
                .bad(note("Completed [[an hour-long session]] with the couple.", times("90847", 40, null, null)))
                .bad(note("Total time: 40 minutes. Session duration: 40 minutes.", f53))
                .bad(note("CBT for insomnia. Total face-to-face time spent with client: 35 min.", f53))
                .good(note("E/M 15 minutes; psychotherapy time: 25 minutes.", times("99213, 90833", 40, null, null)))
                .good(note("Time spent on the exposure: 20 minutes.", f53))
                .run();
    }

    @Test
    void signedBeforeTheSession() {
        String text = TEXT;
        RuleTester.of(new SignedBeforeSessionRule())
                .good(note(text, times("90837", 53, "14:00", "14:53") + ", \"signedAt\": \"2026-11-20T15:00:00Z\""))
                .good(note(text, times("90837", 53, "14:00", "14:53") + ", \"signedAt\": \"2026-11-20T10:00:00Z\""))
                .good(note(text, times("90837", 53, "14:00", "14:53") + ", \"signedAt\": \"2026-11-20T10:00:00-08:00\""))
                .good(note(text, times("90837", 50, "23:30", "00:20") + ", \"signedAt\": \"2026-11-21T00:25:00Z\""))
                .good(note(text, times("90837", 53, "09:00", "09:53") + ", \"signedAt\": \"2026-11-20T20:00:00Z\", "
                        + "\"timeZone\": \"Australia/Sydney\""))
                .good(note(text, times("90837", 53, "14:00", "14:53") + ", \"signedAt\": \"not a time\""))
                .bad(note(text, times("90837", 53, "14:00", "14:53") + ", \"signedAt\": \"2026-11-19T18:00:00Z\""))
                .bad(note(text, times("90837", 53, null, null) + ", \"signedAt\": \"2026-11-01T09:00:00Z\""))
                .bad(note(text, times("90837", 53, "14:00", "14:53") + ", \"signedAt\": \"2026-11-20T18:00:00Z\", "
                        + "\"timeZone\": \"America/Los_Angeles\""))
                .run();
    }

    @Test
    void messagesNameTheNumbers() {
        var n = ExampleNotes.toNote(note(TEXT, times("90832", 50, "15:00", "15:50")), "n");
        List<Finding> f = Linter.builder().addRule(new CptMinutesMismatchRule()).build().lint(n).findings();
        assertThat(f).singleElement().extracting(Finding::message)
                .isEqualTo("CPT 90832 covers 16-37 minutes but the session lasted 50 minutes (durationMinutes)");
    }
}
