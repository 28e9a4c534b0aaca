package io.notelint.rules.clinical;

import static io.notelint.core.rule.ExampleNote.note;

import io.notelint.core.model.RiskLevel;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;

/**
 * The structured {@code riskLevel} is moderate, high or imminent and the note documents no safety
 * intervention (categories.md, risk-documentation, second sentence). An absent or low level keeps it
 * silent.
 */
public final class ElevatedRiskNoInterventionRule implements Rule {

    static final String ID = "risk-documentation/elevated-risk-no-intervention";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.RISK_DOCUMENTATION)
            .appliesToAllKinds()
            .severity(Severity.ERROR)
            .description("The risk level is moderate, high or imminent but the note documents no safety intervention.")
            .rationale("An elevated risk level calls for a documented plan to mitigate it (Joint Commission NPSG "
                    + "15.01.01 EP4; SAFE-T step 4 matches each level to interventions). Recording the level in a "
                    + "field while the narrative names no safety plan, crisis resource, means restriction, "
                    + "emergency contact or level-of-care decision leaves the record unable to show that the risk "
                    + "was acted on.")
            .reference("The Joint Commission, NPSG 15.01.01 EP4 (document overall risk level and the plan to mitigate it)")
            .reference("SAMHSA/SPRC, SAFE-T step 4 (risk level and intervention) and step 5 (documentation)")
            .reference("Stanley B, Brown GK. Safety Planning Intervention")
            .reference("Colorado behavioral-health audit tool B6 (safety plan, emergency instructions, referral to higher level of care)")
            .message("noIntervention", "riskLevel is {level} but the note documents no safety intervention")
            .suggestion("noIntervention", "Document the safety response to {level} risk: safety plan, 988 or crisis line, means "
                                + "restriction, emergency contact, or a level-of-care decision.")
            .good(note("Client endorses passive SI without plan. Safety plan reviewed and updated; 988 saved in her "
                        + "phone.")
                    .field("riskLevel", "moderate"))
            .good(note("Client reports SI with intent. Risk high. Client agreed to voluntary inpatient admission; "
                        + "mobile crisis team contacted.")
                    .field("riskLevel", "high"))
            .good(note("Client reports mood 5/10 and denies SI/HI.")
                    .field("riskLevel", "low"))
            .good(note("Client reports mood 5/10. Discussed sleep routine."))
            .good(note("Firearms were removed from the home by her husband this week; lethal means counseling repeated.")
                    .field("riskLevel", "moderate"))
            .bad(note("Client reports passive SI and hopelessness. Explored recent losses. Next session in one week.")
                    .field("riskLevel", "moderate"))
            .bad(note("Client tearful, reports not sleeping. Processed the breakup. Will follow up next week.")
                    .field("riskLevel", "high"))
            .bad(note("Risk imminent. Client states she has no safety plan yet. Next session tomorrow.")
                    .field("riskLevel", "imminent"))
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        RiskLevel level = ctx.note().fields().riskLevel();
        if (level == null || !level.elevated()) {
            return;
        }
        if (RiskEvidence.intervention(ctx.analysis()).isEmpty()) {
            ctx.report(Report.of("noIntervention")
                    .arg("level", level.id())
                    .suggest("noIntervention"));
        }
    }
}
