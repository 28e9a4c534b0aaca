package io.notelint.rules.clinical;

import static io.notelint.rules.clinical.TestNotes.note;
import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Finding;
import io.notelint.testing.ExampleNotes;
import io.notelint.testing.RuleTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnaddressedRiskRuleTest {

    private final UnaddressedRiskRule rule = new UnaddressedRiskRule();

    @Test
    void flagsAffirmedRiskMissingAssessmentOrIntervention() {
        RuleTester.of(rule)
                // neither assessment nor intervention
                .bad("Client reports [[suicidal ideation]] with a plan to overdose on pills this weekend. Discussed "
                        + "the argument with her partner. Next session Monday.")
                .bad("Pt stated \"[[everyone would be better off without me]]\" and has been giving away belongings.")
                .bad("Client reports [[homicidal ideation]] toward her ex-partner with a plan to use a knife. Explored anger.")
                .bad("Client disclosed [[thoughts of hurting her]] coworker after a reprimand; processed the incident.")
                .bad("She reports [[cutting]] her thighs twice this week when alone.")
                .bad("Client reports a [[passive death wish]] most mornings since the divorce.")
                .bad("Client says she [[wishes she wouldn't wake up]] and sleeps 12 hours a day.")
                .bad("Endorses [[self-harm]] urges; scratched her wrist with a paperclip on Saturday.")
                .bad("Client reports [[urges to burn]] her arm when the flashbacks start.")
                .bad("[[Urges to cut]] 6/10, no cutting this week; explored the trigger.")
                .bad("Client disclosed she has been having thoughts of [[not wanting to live]] since the move.")
                .bad("Client expressed a [[desire to hurt the]] man who assaulted her.")
                .bad("Suicidal ideation: endorsed, passive. Explored the loss of her job.")
                .bad("Adolescent disclosed that she has been [[cutting on her forearms]]; parents unaware.")
                // assessment, no intervention
                .bad("Client endorses [[passive SI]], no plan or intent. Risk low. Continue weekly CBT.")
                .bad("Client reports [[SI]] nightly. C-SSRS screen positive for ideation without intent.")
                .bad("Client reports [[active SI]] with intent. Risk high. Will see client Monday.")
                // intervention, no assessment
                .bad("Client reports [[SI]] nightly this week. Safety plan completed and 988 given.")
                .bad("Client voiced [[thoughts of killing herself]] after the breakup; reviewed crisis line numbers.")
                .run();
    }

    @Test
    void staysSilentOnNegatedScreenedAndAddressedRisk() {
        RuleTester.of(rule)
                .good("Client denies SI/HI.")
                .good("SI/HI: denied.")
                .good("SI: none. HI: none. AVH: none.")
                .good("Suicidal ideation: denied. Homicidal ideation: denied.")
                .good("Client was screened for SI and HI; both negative.")
                .good("Client denies suicidal ideation, intent, or plan.")
                .good("Self-harm risk: low. Violence risk: low.")
                .good("Client is cutting back on alcohol, down to 2 drinks a week.")
                .good("She cut back her work hours and cut down on caffeine.")
                .good("Client reports cutting down to 2 coffees a day and cutting her hours at the store.")
                .good("SI and HI denied by client. SI - not present.")
                .good("She wants to live with her aunt next year.")
                .good("Client reports a desire to die on two nights. Imminent danger judged low. Her husband will hold "
                        + "her medications and the guns are stored at his brother's house.")
                .good("Client said hi to a new coworker for the first time.")
                .good("Client reports mood 4/10; PHQ-9 item 9 score 0.")
                .good("Reviewed the 988 Suicide & Crisis Lifeline and the crisis text line with client and parent.")
                .good("Client endorsed passive SI without plan or intent. C-SSRS: low risk. Safety plan reviewed; "
                        + "client has 988 saved in her phone.")
                .good("Client reports thoughts of hurting her stepfather. Violence risk assessed as moderate; duty to "
                        + "warn consultation completed and police notified; safety plan reviewed.")
                .good("Client reports SI with plan; risk assessed as high; client agreed to voluntary hospitalization "
                        + "and went to the ER with her sister.")
                .good("Reports urges to self-harm 3/10. SAFE-T completed: low risk. Lethal means counseling done; "
                        + "razors locked up by her mother.")
                .good("Risk assessment:\nPassive SI, no plan. Protective factors: children, faith.\nSafety plan:\n"
                        + "Updated; coping steps and crisis line.")
                .run();
    }

    @Test
    void structuredRiskLevelCountsAsAssessmentUnlessDisabled() {
        String text = "Client reports SI after the layoff. Safety plan reviewed and 988 saved in phone.";
        RuleTester.of(rule).good(note(text, "\"riskLevel\": \"moderate\"")).run();
        RuleTester.of(rule).withOptions(Map.of("structuredLevelCounts", false))
                .bad(note(text, "\"riskLevel\": \"moderate\"")).run();
    }

    @Test
    void requireBothFalseFlagsOnlyWhenBothAreMissing() {
        RuleTester.of(rule).withOptions(Map.of("requireBoth", false))
                .good("Client reports SI nightly this week. Safety plan completed and 988 given.")
                .good("Client endorses passive SI, no plan or intent. Risk low.")
                .bad("Client reports SI nightly this week. Explored triggers.")
                .run();
    }

    @Test
    void findingPointsAtTheFirstAffirmedMentionAndNamesWhatIsMissing() {
        Note n = ExampleNotes.toNote(note("Denies HI. Reports passive SI and urges to cut. Risk low.", null), "n");
        LintResult r = Linter.builder().addRule(rule).build().lint(n);
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.excerpt()).isEqualTo("passive SI");
        assertThat(f.message()).contains("safety intervention").doesNotContain("risk assessment (");
    }

    /** Cases whose polarity the shared assertion classifier decides: a regression there fails here. */
    @Test
    void contextCasesDecidedByTheAssertionClassifier() {
        RuleTester.of(rule)
                .good("Client denies SI, HI, and self-harm.")
                .good("No SI, HI, or self-harm reported this week.")
                .good("Screen negative for SI and HI.")
                .good("History of cutting in high school; none since 2020.")
                .good("Client was hospitalized for SI in 2019 and has not had ideation since.")
                .good("Her brother attempted suicide last year; client is worried about him.")
                .good("Family history of suicide (maternal uncle).")
                .good("If urges to self-harm return, she will use her coping card and call 988.")
                .good("Client has never had thoughts of killing herself.")
                .good("Her ex-husband has threatened to kill her; she obtained a protective order.")
                .good("Client's daughter has been cutting; client is worried about her.")
                .good("Client has a remote history of self-harm (last episode 2018).")
                .bad("Client denies current SI but reports urges to burn her arm.")
                .bad("Denies HI. Client endorses SI since Tuesday; explored the trigger.")
                .run();
    }
}
