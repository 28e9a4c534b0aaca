package io.notelint.rules.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatedDurationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Client attended a 45-minute session.|45|45",
        "A 45 min individual session via video.|45|45",
        "Completed a fifty-three minute psychotherapy session.|53|53",
        "Forty five minute session.|45|45",
        "An hour-long session with the couple.|60|60",
        "A one-hour family therapy session.|60|60",
        "Half-hour telehealth session.|30|30",
        "Session lasted 38 minutes.|38|38",
        "Session length: 55 min.|55|55",
        "The session ran approximately 50 minutes.|50|50",
        "Session duration was 1.5 hours.|90|90",
        "The visit lasted 1 hour 15 minutes.|75|75",
        "The session lasted an hour and a half.|90|90",
        "Met with client for 45 minutes.|45|45",
        "Met with the parents for 30 min.|30|30",
        "Client was seen for 53 minutes.|53|53",
        "Spent 60 minutes face-to-face with the client.|60|60",
        "Provided 38 minutes of individual psychotherapy.|38|38",
        "Total time: 53 minutes.|53|53",
        "Total session time 47 mins.|47|47",
        "Client was seen for a 45-50 minute session.|45|50",
        "A 30-minute session focused on mindfulness skills.|30|30",
        "Completed a 45-minute session reviewing her daily mood log.|45|45",
        // issue 11: lengths written the way real notes write them
        "The client was seen for a 90-minute intake.|90|90",
        "Thirty-minute face-to-face appointment with the patient.|30|30",
        "Approximately 25 minutes spent with patient, more than half in counseling.|25|25",
        "I spent about 30 minutes with him discussing his sleep.|30|30",
        "The interview was approximately two hours in length.|120|120",
        "About 40 minutes were spent face-to-face with the patient.|40|40",
        "Duration of session: 45 minutes.|45|45",
    })
    void readsSessionLengths(String text, int low, int high) {
        List<StatedDuration> found = StatedDurations.find(text);
        assertThat(found).as(text).isNotEmpty();
        assertThat(found.get(0).low()).isEqualTo(low);
        assertThat(found.get(0).high()).isEqualTo(high);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Client walked 20 minutes daily.",
        "She meditated for 10 minutes each night.",
        "A 10-minute break was taken mid-session.",
        "Exposure lasted 25 minutes; SUDS fell from 80 to 30.",
        "Practiced a 5-minute breathing exercise.",
        "Spent the first 15 minutes of the session on the mood log.",
        "The remaining 20 minutes of therapy focused on sleep.",
        "Next session will be a 30-minute check-in.",
        "Continue weekly 45-minute sessions.",
        "Client requested 60-minute sessions going forward.",
        "Last session lasted 60 minutes.",
        "Her usual 45-minute session was cut short.",
        "Client's AA meeting lasted 90 minutes.",
        "Her doctor's appointment lasted 2 hours.",
        "Her job interview lasted 2 hours.",
        "I spent 10 minutes reviewing the records before the visit.",
        "Sessions are 50 minutes each.",
        "Client reports sleeping 5 hours a night.",
        "Falls asleep after 45 minutes in bed.",
        "Session scheduled for 12/4 at 10:00 for 45 minutes.",
        "Client practices a 10-minute session of mindfulness daily.",
        "She listened to the 20-minute session recording twice.",
        "Spent 15 minutes with the mother reviewing the chart.",
    })
    void ignoresOtherLengths(String text) {
        assertThat(StatedDurations.find(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Provided 25 minutes of psychotherapy.", "Psychotherapy time: 25 min.", "A 25-minute psychotherapy session."})
    void marksPsychotherapyTime(String text) {
        assertThat(StatedDurations.find(text)).singleElement().extracting(StatedDuration::psychotherapyOnly).isEqualTo(true);
    }
}
