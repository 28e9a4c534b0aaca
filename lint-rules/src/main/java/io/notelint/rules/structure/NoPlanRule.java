package io.notelint.rules.structure;

import static io.notelint.core.rule.ExampleNote.note;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Section;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;

/**
 * missing-plan: the note has no plan at all. No plan section and no forward-looking statement
 * anywhere (next session, follow up, homework, referral, "will ...", an imperative such as "Continue
 * CBT."), or plan sections that hold only a placeholder (empty, N/A, none, TBD, "-"). Any format,
 * free text included; in a PIE note (which has no Plan section) a next-session sentence in the
 * Evaluation is the plan.
 */
public final class NoPlanRule implements Rule {

    private static final RuleMeta META = RuleMeta.builder("missing-plan/no-plan", Category.MISSING_PLAN)
            .appliesToAllKinds()
            .severity(Severity.ERROR)
            .description("The note documents no plan: no plan section with content and no next step, follow-up, "
                    + "homework or referral anywhere in the text.")
            .rationale("A progress note must say what happens next: what will be worked on at the next session, "
                    + "homework, referrals, follow-up. State Medicaid rules require it in every note, and reviewers "
                    + "read a note without a plan as a session that does not advance the treatment plan. A plan "
                    + "section reading 'N/A' or 'TBD' is the same gap.")
            .reference("South Dakota ARSD 67:62:08:12: progress notes state what will be worked on next session")
            .reference("CalAIM BHIN 22-019 progress-note elements: next steps (DHCS)")
            .reference("CMS LCD L33632 Psychiatry and Psychology Services: individualized treatment plan")
            .reference("Cameron & Turtle-Song (2002), Learning to write case notes using the SOAP format, "
                    + "J Counseling & Development 80:286")
            .message("noPlan", "The note has no plan: no plan section, and no next session, follow-up, homework, "
                    + "referral or other next step anywhere in the text")
            .message("emptyPlan", "The {section} section holds no plan: {content}")
            .suggestion("emptyPlan", "State what happens next: the focus and date of the next session, homework, "
                                + "referrals or follow-up.")
            .suggestion("noPlan", "Add a plan: what will be worked on next, homework, referrals, and when the client will "
                            + "be seen again.")
            .good("S: Client reports sleeping 6 hours.\nO: Calm.\nA: Insomnia improving.\nP: Continue CBT-I; next "
                    + "session 12/4.")
            .good("Client reports two panic attacks this week. Practiced interoceptive exposure in session. "
                    + "Will review the panic log at the next session.")
            .good("Problem: Social withdrawal.\nIntervention: Behavioral activation scheduling.\nEvaluation: Client "
                    + "agreed to text one friend before the next session.")
            .good("Client tearful discussing her divorce; used paced breathing with SUDS 80 to 50. Homework: "
                    + "thought record daily. Referral to a divorce support group given.")
            .good("Reviewed coping card. Continue weekly sessions.")
            .good("S: Reports more arguments at home.\nO: Irritable.\nA: Adjustment disorder.\nP:\nHomework: conflict "
                    + "log before the next session.")
            .bad("emptyPlan", "S: Client reports low mood and poor sleep.\nO: Flat affect, psychomotor slowing.\nA: MDD, "
                    + "moderate.\nP: N/A")
            .bad("emptyPlan", "Data: Client described conflict with her supervisor and rated anxiety 7/10.\nAssessment: "
                    + "Anxiety elevated by work stress.\nPlan: TBD")
            .bad("noPlan", note("Behavior: Client reports checking the door locks 12 times nightly.\nIntervention: Exposure with "
                        + "response prevention, 10 minutes.\nResponse: SUDS from 70 to 40; client rated willingness for the "
                        + "next step 8/10.").format("BIRP"))
            .bad("noPlan", "Client discussed her week and the conflict with her sister. She cried when describing the "
                    + "argument. Client reports she will start a new job next month.")
            .bad("noPlan", "Client reports suicidal ideation with a plan to overdose. Explored the argument with her "
                    + "mother. Safety plan reviewed.")
            .build();

    private final PlanDetector plans = PlanDetector.standard();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        AnalyzedNote note = ctx.analysis();
        PlanEvidence plan = plans.assess(note);
        if (!plan.missing()) {
            return;
        }
        if (plan.onlyEmptyPlanSections()) {
            Section s = plan.planSections().get(0);
            String content = s.body().in(ctx.text()).strip();
            ctx.report(Report.of("emptyPlan").at(s.extent().end() > s.headerSpan().end() ? trimmed(ctx.text(), s)
                            : s.headerSpan())
                    .arg("section", s.header())
                    .arg("content", content.isEmpty() ? "it is empty" : "only '" + abbreviate(content) + "'")
                    .suggest("emptyPlan"));
            return;
        }
        ctx.report(Report.of("noPlan")
                .suggest("noPlan"));
    }

    private static io.notelint.core.text.Span trimmed(String text, Section s) {
        int end = s.body().end();
        while (end > s.headerSpan().end() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new io.notelint.core.text.Span(s.headerSpan().start(), end);
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "..." : s;
    }
}
