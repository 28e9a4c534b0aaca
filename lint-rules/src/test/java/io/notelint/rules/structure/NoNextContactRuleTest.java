package io.notelint.rules.structure;

import io.notelint.core.rule.ExampleNote;
import io.notelint.testing.RuleTester;
import org.junit.jupiter.api.Test;
import static io.notelint.core.rule.ExampleNote.note;

class NoNextContactRuleTest {

    private final RuleTester tester = RuleTester.of(new NoNextContactRule());

    private static ExampleNote soap(String plan) {
        return ExampleNote.note("S: Worry about her son's grades, 6/10.\nO: Tense.\nA: GAD.\nP: " + plan)
                .format("SOAP").field("sessionDate", "2026-11-20");
    }

    @Test
    void plansThatNameTheNextContactStaySilent() {
        for (String plan : new String[] {
            "Next session 12/4 at 3pm.",
            "Continue weekly therapy.",
            "Weekly individual therapy.",
            "Continue weekly.",
            "Sessions every other week.",
            "Continue CBT biweekly.",
            "Continue individual therapy q2 weeks",
            "Tuesday at 3pm.",
            "See client Tuesday at 3pm.",
            "Follow up in 1 month.",
            "F/u 2 weeks.",
            "RTC 2 wks.",
            "Return in 2 weeks.",
            "Return 12/15.",
            "Next week.",
            "Will follow up next week by phone.",
            "Next appt 2 weeks",
            "Reassess in 30 days.",
            "Scheduled for 12/04/2026.",
            "Continue EMDR. 12/11 @ 2pm",
            "Parent meeting with her mother on 12/5 at 16:00; CBT continues.",
            "Practice breathing twice a day; continue weekly therapy.",
            "Increase sessions to twice weekly; next session Monday.",
            "Discharge from services; return if symptoms recur."}) {
            tester.good(soap(plan));
        }
        tester.good("Client identified shame. Homework is to practice opposite action daily; we will review it next week.")
                .good("Client reports side effects. Client will return in two weeks for medication review.")
                .good("Problem: Insomnia.\nIntervention: Sleep restriction.\nEvaluation: Sleep efficiency 78%; will "
                        + "reassess next week.")
                .good("S: Mood low.\nO: Flat.\nA: MDD.\nP: Continue behavioral activation.\nFollow-up: 2 weeks")
                .good("Client discussed her week.")
                .run();
    }

    @Test
    void plansWithoutANextContactAreFlagged() {
        for (String plan : new String[] {
            "Continue CBT for ADHD.",
            "Continue current plan.",
            "Pt to continue journaling and mindfulness practice. F/U as needed.",
            "Client will practice breathing 10 minutes twice a day.",
            "Practice breathing twice a day and sleep 8 hours.",
            "Homework: thought record daily.",
            "Bring the sleep diary to the next session.",
            "Continue sessions as scheduled.",
            "Return to clinic prn.",
            "Lights out at 11 pm; rate mood 4/10 or better before bed.",
            "Will meet again after the holidays.",
            "Client given crisis line number. Session ended early.",
            "Continue CBT.\\nNext appointment: TBD",
            "Client will attend NA meetings 3x/week and call sponsor daily.",
            "Add a Sunday call with his brother; keep the work schedule."}) {
            tester.bad(soap(plan));
        }
        tester.bad("Client was hospitalized in 2019. Discussed coping. Will continue to practice mindfulness daily.")
                .bad("Problem: Grief.\nIntervention: Photos and memories.\nEvaluation: Verbalized understanding. Will "
                        + "continue to monitor.")
                .bad("Client no-show. Will reschedule.")
                .run();
    }

    @Test
    void pastTimesAreNotTheNextContact() {
        tester.bad(note("Plan: Continue ERP; session was on 11/13 at 10:00.")
                .field("sessionDate", "2026-11-20"))
                .bad("Plan: Continue ERP; she has felt calmer since last week.")
                .bad("Plan: Continue CBT. Client missed the appointment on Monday.")
                .run();
    }

    @Test
    void aFrequencyAloneCanBeRuledOut() {
        RuleTester.of(new NoNextContactRule()).withOptions(java.util.Map.of("frequencyCounts", false))
                .bad(soap("Continue weekly therapy."))
                .good(soap("Continue weekly therapy; next session 12/4."))
                .run();
    }

    @Test
    void noPlanIsMissingPlansBusinessNotThisRules() {
        tester.good("Client arrived on time and discussed her mother's hospitalization.")
                .good(soap("N/A"))
                .run();
    }
}
