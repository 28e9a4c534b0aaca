package io.notelint.rules.structure;

import io.notelint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NoPlanRuleTest {

    private final RuleTester tester = RuleTester.of(new NoPlanRule());

    @Test
    void notesWithAPlanStaySilent() {
        tester
                .good("S: Reports low mood.\nO: Flat.\nA: MDD.\nP: Continue CBT; next session 12/4.")
                .good("Client processed anger toward his father using the empty chair technique. Next visit in 3 weeks.")
                .good("Client reports improved concentration at work. Plan is to see client every week.")
                .good("Discussed medication side effects with client. Client plans to talk to her prescriber.")
                .good("Session via telehealth. Panic attacks dropped from 5 to 2 per week. Next telehealth session "
                        + "1/6/2027 at 9 am.")
                .good("Client completed 12 sessions; PHQ-9 fell from 18 to 6. Plan: Discharge from services.")
                .good("Client tearful about her divorce. Referred to a divorce support group.")
                .good("Client identified shame behind her withdrawal. Homework is to practice opposite action daily.")
                .good("Explored triggers for drinking. Recommended that he attend SMART Recovery.")
                .good("Reviewed the safety plan; if urges return she will call 988. Writer will call client tomorrow.")
                .good("D: Two arguments with roommate.\nA: Anger improving.\nA/P: Continue anger log; RTC 2 wks.")
                .good("S: Reports stress.\nO: Tense.\nA: GAD.\nP:\nHomework: worry log before the next session.")
                .good("Problem: Grief.\nIntervention: Memory book.\nEvaluation: Will bring photos to the next session.")
                .good("- Continue sertraline per psychiatry\n- Follow up in 4 weeks")
                .run();
    }

    @Test
    void notesWithoutAnyPlanAreFlagged() {
        tester
                .bad("Client arrived on time. She described her week as stressful due to her mother's hospitalization. "
                        + "Explored feelings of guilt. Client tearful at times, affect congruent. Denies SI/HI.")
                .bad("Client states her court date is next Friday and she is worried. Processed fears about testifying.")
                .bad("Client seen for individual therapy. Discussed work stress. Client reports she will start a new "
                        + "job next month.")
                .bad("Client did not attend the scheduled appointment. Writer called and left a voicemail.")
                .bad("Problem: Anxiety about an interview.\nIntervention: Role-played questions.\nEvaluation: "
                        + "Confidence 6/10, up from 3/10.")
                .bad("Client reports suicidal ideation with a plan to overdose. Explored the argument with her mother.")
                .bad("Client missed last week's follow-up. Reports two panic attacks since then.")
                .run();
    }

    @Test
    void placeholderPlanSectionsAreFlagged() {
        for (String placeholder : new String[] {"N/A", "n/a", "None", "none.", "TBD", "-", "--", "deferred",
                "Not applicable", "to be determined", ""}) {
            RuleTester.of(new NoPlanRule())
                    .bad("S: Reports panic 3 times.\nO: Anxious.\nA: Panic disorder.\nP: " + placeholder)
                    .run();
        }
        tester.bad("## Subjective\nLow mood.\n## Plan\n").run();
        tester.bad("Data: Cravings after a family gathering.\nAssessment: Relapse risk.\nPlan: deferred").run();
    }

    @Test
    void aPlanSectionWithRealContentIsAPlanEvenWithoutCueWords() {
        tester.good("S: Things somewhat better at home.\nO: Smiling.\nA: Adjustment disorder.\nP: Keep practicing "
                + "the time-out skill.").run();
    }

    @Test
    void clientSpeechInQuotesIsNotThePlan() {
        tester.bad("Client said \"I will never go back there\" and cried when describing the argument.").run();
    }
}
