package io.notelint.rules.clinical;

import static io.notelint.rules.clinical.TestNotes.note;

import io.notelint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ElevatedRiskNoInterventionRuleTest {

    private static String risk(String level) {
        return "\"riskLevel\": \"" + level + "\"";
    }

    @Test
    void flagsElevatedLevelsWithoutIntervention() {
        RuleTester.of(new ElevatedRiskNoInterventionRule())
                .bad(note("Client reports hopelessness and passive SI. Explored losses. Next session in one week.", risk("moderate")))
                .bad(note("Client tearful, not sleeping. Processed the breakup.", risk("high")))
                .bad(note("Risk imminent. Client has no safety plan yet. Next session tomorrow.", risk("imminent")))
                .run();
    }

    /** Interventions only in the past do not count; the assertion classifier decides which are. */
    @Test
    void pastInterventionsDoNotCount() {
        RuleTester.of(new ElevatedRiskNoInterventionRule())
                .bad(note("Client was hospitalized in 2019 after an overdose. Reports SI this week; explored triggers.",
                        risk("high")))
                .bad(note("History of psychiatric hospitalization in 2018. Client reports SI; next session Friday.",
                        risk("moderate")))
                .run();
    }

    @Test
    void silentWhenAnInterventionIsDocumentedOrTheLevelIsNotElevated() {
        RuleTester.of(new ElevatedRiskNoInterventionRule())
                .good(note("Passive SI without plan. Safety plan updated; 988 saved in phone.", risk("moderate")))
                .good(note("SI with intent. Client agreed to voluntary inpatient admission.", risk("high")))
                .good(note("HI toward neighbor; duty to warn discussed with supervisor and police notified.", risk("high")))
                .good(note("Mother agreed to lock up all medications and remove the hunting rifles.", risk("moderate")))
                .good(note("Referred to intensive outpatient program starting Monday; crisis line reviewed.", risk("moderate")))
                .good(note("Mobile crisis team called; client transported to the emergency department.", risk("imminent")))
                .good(note("If urges return she will call 988 or go to the ER.", risk("moderate")))
                .good(note("Client reports mood 5/10 and denies SI/HI.", risk("low")))
                .good(note("Client reports mood 5/10.", risk("none")))
                .good(note("Client reports SI. Discussed triggers.", null))
                .run();
    }
}
