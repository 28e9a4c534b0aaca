package io.notelint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.json.NoteJson;
import io.notelint.core.rule.ExampleNote;
import io.notelint.core.rule.Finding;
import io.notelint.testing.ExampleNotes;
import io.notelint.testing.RuleTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnfollowedStepRuleTest {

    private final RuleTester tester = RuleTester.of(new UnfollowedStepRule());

    /** A note dated {@code date} whose most recent earlier note, dated 4/15, says {@code previous}. */
    private static ExampleNote note(String date, String text, String previous) {
        return ExampleNote.note(text).field("sessionDate", date)
                .previous(ExampleNote.note(previous).id("p").field("sessionDate", "2026-04-15"));
    }

    @Test
    void aPassedSessionDateWithNoWordOfItIsFlagged() {
        tester
                .bad(note("2026-04-29", "S: Worry 6/10.\nA: GAD.\nP: Next session 5/6.", "P: Next session 4/22 at 15:00."))
                .bad(note("2026-04-23", "Client reports worry 6/10. Next session 4/30.", "Plan: next appt 4/22."))
                .bad(note("2026-05-06", "Client reports worry 6/10. Next session 5/13.",
                        "Client practiced grounding. Will meet again on 4/22 to review the trigger log."))
                // a missed dose is not a missed session
                .bad(note("2026-04-29", "She missed one dose this week. Next session 5/6.",
                        "P: Next session 4/22."))
                .run();
    }

    @Test
    void aSessionThatTookPlaceWasMissedOrMovedIsNotFlagged() {
        tester
                .good(note("2026-04-22", "Worry 6/10. Next session 4/29.", "P: Next session 4/22 at 15:00."))
                .good(note("2026-04-20", "Crisis walk-in. Worry 9/10. Keep the 4/22 session.", "P: Next session 4/22."))
                .good(note("2026-04-29", "No-show 4/22. Worry 6/10. Next session 5/6.", "P: Next session 4/22."))
                .good(note("2026-04-29", "Client cancelled last week's session (flu). Worry 6/10.", "P: Next session 4/22."))
                .good(note("2026-04-29", "Session moved from 4/22 at her request. Worry 6/10.", "P: Next session 4/22."))
                .good(note("2026-04-29", "Rescheduled by phone. Worry 6/10.", "P: Next session 4/22."))
                .good(note("2026-04-29", "Client cancelled due to illness. Worry 6/10.", "P: Next session 4/22."))
                .good(note("2026-04-29", "Client was ill last week and did not attend. Worry 6/10.", "P: Next session 4/22."))
                // a weekly frequency or an interval is not a date: nothing to check against the calendar
                .good(note("2026-05-06", "Worry 6/10. Next session 5/13.", "P: Continue weekly sessions."))
                .good(note("2026-05-06", "Worry 6/10. Next session 5/13.", "P: Return in 2 weeks."))
                // the date of the previous note's own session, or a past date, is not a next session
                .good(note("2026-04-29", "Worry 6/10. Next session 5/6.", "Seen 4/15. Prescriber visit was 4/10."))
                .run();
    }

    @Test
    void graceDaysLetASessionMoveQuietly() {
        ExampleNote movedOneDay = note("2026-04-23", "Client reports worry 6/10. Next session 4/30.", "P: Next session 4/22.");
        tester.bad(movedOneDay).run();
        RuleTester.of(new UnfollowedStepRule()).withOptions(Map.of("graceDays", 1)).good(movedOneDay).run();
    }

    @Test
    void homeworkAndTasksNotNamedAgainAreFlagged() {
        tester
                .bad(note("2026-04-22", "Client reports worry 5/10. Next session 4/29.", "P: Thought record daily. Next session 4/22."))
                .bad(note("2026-04-22", "Mood 5/10. Next session 4/29.", "P: Client to call the pharmacy about the pillbox."))
                .bad(note("2026-04-22", "Mood 5/10. Next session 4/29.", "P: Repeat hyperventilation trials at home."))
                .bad(note("2026-04-22", "Mood 5/10. Next session 4/29.", "Homework: sleep diary every morning."))
                .bad(note("2026-04-22", "Mood 5/10. Next session 4/29.",
                        "Client learned paced breathing and agreed to practice paced breathing before bed."))
                .bad(note("2026-04-22", "Mood 5/10. Next session 4/29.", "R: She will track night sweats in a notebook."))
                .bad(note("2026-04-22", "Mood 5/10. Next session 4/29.", "Plan: Client plans to attend an AA meeting this week."))
                .bad(note("2026-04-22", "Mood 5/10. Next session 4/29.", "Encouraged client to call her cousin on Sunday."))
                // a thought record is not named again by the mental status exam's "thought process"
                .bad(note("2026-04-22", "O: Thought process linear. Mood 5/10. Next session 4/29.",
                        "P: Thought record daily."))
                // "at home" says how the step is assigned, not what it is: "home" elsewhere does not name it
                .bad(note("2026-04-22", "Teacher sent 1 note home this week. Next session 4/29.", "Plan: Token chart at home."))
                .run();
    }

    @Test
    void homeworkNamedAgainInAnyFormIsNotFlagged() {
        String previous = "P: Thought record daily. Next session 4/22.";
        tester
                .good(note("2026-04-22", "Reviewed thought record: 5 entries.", previous))
                .good(note("2026-04-22", "Client did not complete the thought records this week (work travel).", previous))
                .good(note("2026-04-22", "Homework not done; barriers discussed.", previous))
                .good(note("2026-04-22", "Client did not complete the assigned entries (flu).", previous))
                .good(note("2026-04-22", "Reviewed her mood log with her.", previous))
                // what the record records, reported, may well come from it: the rule stays silent
                .good(note("2026-04-22", "Client slept 6 hours on 4 nights. Next session 4/29.", "P: Sleep diary nightly."))
                .good(note("2026-04-22", "She went to the gym 3 times: 3 pleasant activities. Next session 4/29.",
                        "P: Activity log."))
                .good(note("2026-04-22", "Pillbox not yet set up.", "P: Client to call the pharmacy about the pillbox."))
                .good(note("2026-04-22", "She walked on 4 days for 20 minutes.", "P: Start a walking routine of 20 minutes."))
                .good(note("2026-04-22", "Completed hyperventilation practice 3 times, SUDS 70 to 30.",
                        "P: Repeat hyperventilation trials at home."))
                .run();
    }

    @Test
    void whatIsNoStepIsNotFlagged() {
        tester
                // techniques and therapy plans, not a step anyone can check
                .good(note("2026-04-22", "Mood 5/10. Next session 4/29.", "P: Worry postponement. Continue CBT."))
                .good(note("2026-04-22", "Mood 5/10. Next session 4/29.", "Plan: Activity scheduling; interoceptive exposure."))
                // what was done in the session
                .good(note("2026-04-22", "Mood 5/10. Next session 4/29.", "P: Safety plan updated with 988 and her aunt's number."))
                .good(note("2026-04-22", "Mood 5/10. Next session 4/29.", "Data: Reviewed the thought log; she completed 6 entries."))
                // a contact is judged by its date, not as a task
                .good(note("2026-04-22", "Mood 5/10. Next session 4/29.", "P: Phone check-in 4/17 at 12:00; session 4/22."))
                // the client's own words are not the plan
                .good(note("2026-04-22", "Mood 5/10. Next session 4/29.", "Client said \"I will call my sister every day.\""))
                // no history, or an empty one
                .good(ExampleNote.note("Mood 5/10. Next session 4/29.").field("sessionDate", "2026-04-22"))
                .good(ExampleNote.note("Mood 5/10.").previous(ExampleNote.note("").id("p")))
                .run();
    }

    @Test
    void realPlanWordingThatSetsNoStepForTheClient() {
        // each a class of error found by reading the steps taken from real notes' plans (in our own words)
        tester
                .good(note("2026-04-22", "Mood 5/10. Next session 4/29.",
                        "Plan: We are unable to refer her to the eating disorder program without insurance."))
                .good(note("2026-04-22", "Mood 5/10. Next session 4/29.",
                        "Client states her PCP will refer her to a sleep clinic."))
                .good(note("2026-04-22", "Mood 5/10. Next session 4/29.", "Plan: I will call her with the lab results."))
                .good(note("2026-04-22", "Mood 5/10. Next session 4/29.", "Plan: She will stay with her aunt this weekend."))
                .good(note("2026-04-22", "Mood 5/10. Next session 4/29.", "Plan: I will review the chart before ordering tests."))
                .good(note("2026-04-22", "Mood 5/10. Next session 4/29.",
                        "P - PLAN (interventions, homework, next session, safety)\nContinue CBT. Next session 4/22."))
                .run();
    }

    @Test
    void aStepWrittenTwiceIsReportedOnce() {
        Linter linter = Linter.builder().addRule(new UnfollowedStepRule()).build();
        ExampleNote example = note("2026-04-22", "Mood 5/10. Next session 4/29.",
                "A: Knee pain, we will refer to Lakeside Orthopedics.\nP: Refer to Lakeside Orthopedics.");
        assertThat(linter.lint(ExampleNotes.toNote(example, "n")).findings()).hasSize(1);
    }

    @Test
    void referralsAndSafetyStepsNeedAWordAboutThem() {
        String referral = "Plan: Referred to the DBT skills group at Riverside.";
        String safety = "P: Sister to lock up the firearms this week.";
        tester
                .bad(note("2026-04-22", "Cravings 4/10. Next session 4/29.", referral))
                .good(note("2026-04-22", "Intake with the DBT group set for 5/2.", referral))
                .good(note("2026-04-22", "Referral still pending; waitlist 3 weeks.", referral))
                .bad(note("2026-04-22", "Mood 4/10. Next session 4/29.", safety))
                .good(note("2026-04-22", "Firearms now locked at her sister's house, confirmed by phone.", safety))
                .good(note("2026-04-22", "Safety plan reviewed; means restriction in place.", safety))
                .bad(note("2026-04-22", "Mood 4/10. Next session 4/29.",
                        "Plan: Safety plan completed; brother to take the shotgun out of the house tonight."))
                .run();
    }

    @Test
    void onlyProgressAndGroupNotesAreJudged() {
        String previous = "P: Thought record daily. Next session 4/22.";
        String evaluation = "{\"kind\": \"evaluation\", \"fields\": {\"sessionDate\": \"2026-04-29\"}, \"text\": "
                + "\"Reason for referral: low mood. Impressions: MDD. Recommendations: CBT.\", \"history\": [{\"id\": \"p\", "
                + "\"fields\": {\"sessionDate\": \"2026-04-15\"}, \"text\": \"" + previous + "\"}]}";
        Linter linter = Linter.builder().addRule(new UnfollowedStepRule()).build();
        assertThat(linter.lint(NoteJson.parseNote(evaluation, "e")).findings()).isEmpty();
        assertThat(linter.lint(NoteJson.parseNote(evaluation.replace("\"evaluation\"", "\"group\""), "g")).findings())
                .isNotEmpty();
    }

    @Test
    void theFindingQuotesThePreviousStepAndPointsAtThisPlan() {
        Linter linter = Linter.builder().addRule(new UnfollowedStepRule()).build();
        ExampleNote example = note("2026-04-29", "S: Worry 6/10.\nP: Next session 5/6.", "P: Thought record daily. Next session 4/22.");
        LintResult result = linter.lint(ExampleNotes.toNote(example, "n"));
        assertThat(result.findings()).hasSize(2);
        Finding session = result.findings().stream().filter(f -> f.message().contains("session")).findFirst().orElseThrow();
        assertThat(session.message()).contains("'Next session 4/22'").contains("2026-04-15").contains("2026-04-29");
        assertThat(session.excerpt()).isEqualTo("P: Next session 5/6.");
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.message()).contains("'Thought record daily'"));
    }
}
