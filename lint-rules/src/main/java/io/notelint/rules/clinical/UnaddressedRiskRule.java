package io.notelint.rules.clinical;

import static io.notelint.core.rule.ExampleNote.note;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * An affirmed, current mention of suicidal ideation, self-harm or thoughts of harming others, in a note
 * that does not document both a risk assessment and a safety intervention (categories.md,
 * risk-documentation). Negated ("denies SI/HI"), hypothetical ("if urges return"), past-only
 * ("hospitalised for SI in 2019") and other people's ("her brother attempted suicide") mentions do not
 * count; telling them apart is the assertion classifier's job (see {@link RiskMentions}).
 */
public final class UnaddressedRiskRule implements Rule {

    static final String ID = "risk-documentation/unaddressed-risk";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.RISK_DOCUMENTATION)
            .appliesToAllKinds()
            .severity(Severity.ERROR)
            .description("Current suicidal ideation, self-harm or homicidal ideation is documented without a risk "
                    + "assessment or without a safety intervention.")
            .rationale("Joint Commission NPSG 15.01.01 requires that a positive screen be followed by an assessment "
                    + "and that the overall risk level and the plan to mitigate it be documented (EP3, EP4); SAFE-T "
                    + "step 5 asks for the risk level, its rationale, the intervention and follow-up. A note that "
                    + "records suicidal or homicidal thoughts and stops there is the gap malpractice reviews and "
                    + "auditors look for. Denials, past history, conditional plans and other people's histories "
                    + "are not current risk and are left alone.")
            .reference("The Joint Commission, NPSG 15.01.01 Reduce the risk for suicide (EP2-EP5), 2019")
            .reference("SAMHSA/SPRC, SAFE-T: Suicide Assessment Five-step Evaluation and Triage (pocket card)")
            .reference("Stanley B, Brown GK. Safety Planning Intervention (six steps incl. crisis lines and means restriction)")
            .reference("NYSED Practice Guideline 3.1 for licensed clinical social workers (documenting steps taken to assess and treat danger)")
            .option(OptionSpec.bool("requireBoth", true,
                    "Flag when either the assessment or the intervention is missing (true), or only when both are (false)."))
            .option(OptionSpec.bool("structuredLevelCounts", true,
                    "A structured riskLevel field counts as a documented risk level."))
            .message("missing", "'{term}' is documented as current risk, but the note has no {missing}")
            .suggestion("missing", "Document the risk level and its basis (e.g. C-SSRS, SAFE-T) and the safety response: "
                            + "safety plan, 988 or crisis line, means restriction, emergency contact or level of care.")
            .good("Client reports passive SI without plan or intent. C-SSRS screen: moderate risk. Safety plan "
                    + "updated and 988 reviewed; client agreed to remove the firearm from the home.")
            .good("Client denies SI/HI. Mood 6/10, sleeping 7 hours.")
            .good("SI/HI: denied. AVH: none.")
            .good("Client was screened for SI, HI and AVH: negative.")
            .good("Client reports thoughts of killing herself since Monday. Risk assessed as high; client agreed to "
                    + "voluntary inpatient admission and was escorted to the emergency department.")
            .good("Client reports urges to cut on two evenings. Risk low per SAFE-T; she used the coping steps of "
                    + "her safety plan and called the crisis line once.")
            .good("Client is cutting back on caffeine and reports better sleep.")
            .good("Reviewed 988 Suicide & Crisis Lifeline number with the family as part of psychoeducation.")
            .bad("Client reports [[suicidal ideation]] with a plan to overdose on her stored medication this weekend. "
                    + "Reviewed the argument with her mother. Next appointment Monday.")
            .bad("Client states \"I wish I wouldn't wake up\" most nights this week. Risk low. Continue CBT weekly.")
            .bad("Client reports [[thoughts of hurting him]] when her ex-partner calls. Safety plan reviewed. "
                    + "Next session Friday.")
            .bad("Denies HI. Endorses [[passive SI]], no plan or intent. Worked on behavioral activation.")
            .bad(note("Client reports cutting her forearm twice this week after arguments at home. Explored triggers. "
                        + "Next session 12/4.")
                    .field("riskLevel", "low"))
            .good("Suicidal ideation: patient denies any current suicidal ideation, intent or plan.")
            .good("Admitted for suicidal ideation; kept on suicide precautions with 15-minute checks until discharge.")
            .good("Suicidal thoughts prior to admission. Today she is without suicidal ideation at present.")
            .good("She had suicidal ideation on admission, which resolved by the third hospital day.")
            .bad("Her mother reports he [[wants to kill himself]]; he denies this. Next session Tuesday.")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        AnalyzedNote note = ctx.analysis();
        List<RiskMention> mentions = RiskMentions.affirmed(note);
        if (mentions.isEmpty()) {
            return;
        }
        boolean assessed = RiskEvidence.assessment(note).isPresent()
                || ctx.options().bool("structuredLevelCounts") && ctx.note().fields().risk().isPresent();
        boolean intervened = RiskEvidence.intervention(note).isPresent();
        boolean flag = ctx.options().bool("requireBoth") ? !(assessed && intervened) : !assessed && !intervened;
        if (!flag) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (!assessed) {
            missing.add("documented risk assessment (risk level, C-SSRS or similar)");
        }
        if (!intervened) {
            missing.add("safety intervention (safety plan, 988/crisis line, means restriction, emergency contact or "
                    + "level-of-care decision)");
        }
        RiskMention first = mentions.get(0);
        ctx.report(Report.of("missing").at(first.span())
                .arg("term", first.term())
                .arg("missing", String.join(" and no ", missing))
                .suggest("missing"));
    }
}
