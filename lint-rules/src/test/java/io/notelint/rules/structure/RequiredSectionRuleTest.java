package io.notelint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.rule.ExampleNote;
import io.notelint.core.rule.Finding;
import io.notelint.testing.ExampleNotes;
import io.notelint.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequiredSectionRuleTest {

    private final RuleTester tester = RuleTester.of(new RequiredSectionRule());

    private static ExampleNote declared(String format, String text) {
        return ExampleNote.note(text).format(format);
    }

    @Test
    void completeNotesInEveryFormatStaySilent() {
        tester
                .good("S: Two panic-free days.\nO: Calm.\nA: Improving.\nP: Next session 12/4.")
                .good(declared("DAP", "Data: Three arguments with roommate.\nAssessment: Anger.\nPlan: Weekly."))
                .good(declared("BIRP", "Behaviour: Paced.\nIntervention: Grounding.\nClient response: Calmer.\nPlan: "
                        + "Weekly."))
                .good(declared("GIRP", "Goal(s)/Objective(s) addressed: G2.\nIntervention: Exposure.\nResponse: SUDS "
                        + "65 to 30.\nPlan: 12/3."))
                .good(declared("PIE", "P#1: Insomnia.\nI#1: CBT-I.\nE#1: Agreed; review 1/21 at 07:30."))
                .good(declared("FREE", "Client reports low mood. Next session 12/4."))
                .good("## Subjective\nLow motivation.\n### Objective\nPoorly groomed.\n## Assessment\nMDD.\n## Plan\nWeekly.")
                .good("SUBJECTIVE:\nLow mood.\nOBJECTIVE:\nFlat.\nASSESSMENT:\nMDD.\nPLAN:\nWeekly.")
                .good("Subjective - Improved sleep.\nObjective - Bright affect.\nAssessment - Resolving.\nPlan - F/u 3 weeks.")
                .good("S: Reports mood 5/10.\nO: Constricted affect.\nA/P: Improving; continue sertraline; RTC 4 weeks.")
                .good(declared("SOAP", "Client Report: low mood\nMental Status: flat, linear\nAssessment: MDD\nPlan: weekly"))
                .good("Client reports a good week.\nAssessment: Stable.\nPlan: Monthly check-ins.")
                .good("Goals: G1 reduce panic.\nPlan: Weekly sessions.")
                // a PIRP note is no format we know: with Problem beside Response, BIRP is not evident
                .good("Problem: Panic.\nIntervention: Exposure.\nResponse: SUDS 60 to 30.\nPlan: Weekly.")
                .run();
    }

    @Test
    void absentSectionsAreFlagged() {
        tester
                .bad("S: 4 hours of sleep.\nO: Hypervigilant.\nP: Continue PE; next session 11/25.")
                .bad(declared("DAP", "Data: Low mood after a move.\nPlan: Next session 11/20."))
                .bad(declared("GIRP", "Goal: Decrease isolation.\nIntervention: Problem solving.\nPlan: 12/1."))
                .bad(declared("SOAP", "Client reports improved sleep. Calm and smiling. Next session 12/2."))
                .bad("Subjective: Drinking less.\nObjective: Alert.\nPlan: Continue MI; next session 12/3.")
                .bad("Problem: Withdrawal.\nIntervention: Activation scheduling.")
                .bad("S: Stable mood. A: Euthymic. P: Next session 11/17.")
                .run();
    }

    @Test
    void emptyOrPlaceholderSectionsAreFlagged() {
        tester
                .bad("Behavior: N/A\nIntervention: PMR.\nResponse: Tension 3/10.\nPlan: 12/9.")
                .bad("Subjective: Irritable.\nObjective:\nAssessment: Bipolar II.\nPlan: Mood chart; 11/27.")
                .bad(declared("SOAP", "S: -\nO: Calm.\nA: Stable.\nP: Weekly."))
                .run();
    }

    @Test
    void aMissingPlanIsNeverAlsoAMissingSection() {
        tester
                .good(declared("BIRP", "Behavior: Checks the stove 15 times.\nIntervention: ERP.\nResponse: SUDS 70 to 35."))
                .good("S: Low mood.\nO: Flat.\nA: MDD.\nP: N/A")
                .good(declared("SOAP", "S: Low mood.\nO: Flat.\nA: MDD."))
                .run();
    }

    @Test
    void oneFindingPerMissingSectionNamingIt() {
        Linter linter = Linter.builder().addRule(new RequiredSectionRule()).build();
        LintResult result = linter.lint(ExampleNotes.toNote(declared("SOAP", "S: Low mood.\nP: Weekly."), "n1"));
        List<String> messages = result.findings().stream().map(Finding::message).toList();
        assertThat(messages).containsExactlyInAnyOrder("The SOAP note has no Objective section",
                "The SOAP note has no Assessment section");
    }

    @Test
    void requireDeclaredLeavesInferredFormatsAlone() {
        RuleTester.of(new RequiredSectionRule()).withOptions(Map.of("requireDeclared", true))
                .good("S: 4 hours of sleep.\nO: Hypervigilant.\nP: Continue PE.")
                .bad(declared("SOAP", "S: 4 hours of sleep.\nO: Hypervigilant.\nP: Continue PE."))
                .run();
    }
}
