package io.notelint.rules.structure;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Section;
import io.notelint.core.model.NoteKind;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.Span;
import io.notelint.core.time.TimeExpression;
import java.util.List;

/**
 * plan-quality: a plan exists but names no next contact: no date, day, time or interval for the next
 * session or follow-up. Times that are not contacts ("practice breathing twice a day", "sleep 8
 * hours", "since last week") do not count; "weekly sessions", "see in 2 weeks", "RTC 2 wks" do. Silent
 * when there is no plan (that is missing-plan) or only a weak hint of one, and when the plan ends care
 * (discharge, termination, transfer), where no next contact is due.
 */
public final class NoNextContactRule implements Rule {

    private static final RuleMeta META = RuleMeta.builder("plan-quality/no-next-contact", Category.PLAN_QUALITY)
            .appliesTo(NoteKind.PROGRESS, NoteKind.GROUP)
            .severity(Severity.WARNING)
            .description("The plan names no next contact: no date, day, time, interval or frequency for the next "
                    + "session or follow-up.")
            .rationale("Treatment plans must state the frequency of services, and a plan that never says when the "
                    + "client will be seen again leaves continuity of care (and, after a risk disclosure, follow-up) "
                    + "undocumented. 'Continue CBT' says what, not when.")
            .reference("CMS LCD L33632 / NGS 'Psychotherapy coverage criteria: treatment plans': type, amount, "
                    + "frequency and duration of services")
            .reference("SAFE-T (SAMHSA/SPRC): document follow-up")
            .reference("South Dakota ARSD 67:62:08:12: what will be worked on next session")
            .option(OptionSpec.bool("frequencyCounts", true,
                    "Whether a session frequency alone ('weekly sessions', 'continue biweekly') names the next contact; "
                    + "set false where a payer wants a date, day or interval"))
            .message("noNextContact", "The plan names no next contact: no date, day, time or interval for the next "
                    + "session or follow-up")
            .suggestion("noNextContact", "Name the next contact: 'Next session 12/4 at 3pm', 'weekly sessions', 'follow up in 2 weeks'.")
            .good("S: Worry rated 6/10.\nO: Tense.\nA: GAD improving.\nP: Continue worry postponement. Next session "
                    + "12/4 at 3pm.")
            .good("P: Practice breathing twice a day; continue weekly therapy.")
            .good("P: Thought log daily. Return in 2 weeks.")
            .good("P: Sleep diary nightly. RTC 2 wks.")
            .good("Plan: Behavioral activation homework. See client Tuesday at 3pm.")
            .good("Plan: Continue DBT skills group; individual sessions every other week.")
            .good("Plan: Follow up in 1 month for medication review.")
            .good("Plan: Continue CBT biweekly.")
            .good("Client practiced grounding. Will meet again next week to review the trigger log.")
            .good("Client reports cravings 3/10. Reviewed relapse prevention. Scheduled for 12/04/2026.")
            .good("Client discussed her week.")
            .good("Client completed 12 sessions; PHQ-9 fell from 18 to 6. Plan: Discharge from services; return "
                    + "if symptoms recur.")
            .bad("S: Client reports reading 20 minutes daily.\nO: Engaged.\nA: ADHD organization improving.\nP: "
                    + "Continue CBT for ADHD.")
            .bad("P: Practice breathing twice a day and sleep 8 hours. Complete the thought log daily.")
            .bad("Data: Client reports panic since last week.\nAssessment: Panic disorder.\nPlan: Continue "
                    + "interoceptive exposure; review at next session.")
            .bad("Client was hospitalized in 2019. Discussed coping. Will continue to practice mindfulness daily.")
            .bad("P: Continue current treatment plan. Homework: mood chart every morning.")
            .good("Plan: nursing staff and writer will reassess this afternoon.")
            .good("Recommendations: neuropsychological reevaluation in one to two years.")
            .good("Plan: I look forward to seeing her back in a year.")
            .good("Plan: if the rash is no better this week, follow up with her primary care doctor.")
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
        if (!plan.strong() || plan.endsCare()) {
            return;
        }
        boolean frequencyCounts = ctx.options().bool("frequencyCounts");
        for (TimeExpression t : plan.nextContacts()) {
            if (frequencyCounts || t.kind() != TimeExpression.Kind.FREQUENCY) {
                return;
            }
        }
        Report report = Report.of("noNextContact")
                .suggest("noNextContact");
        List<Section> planSections = plan.planSections();
        if (!planSections.isEmpty() && planSections.get(0).headerSpan() != null) {
            Section s = planSections.get(0);
            report = report.at(trim(ctx.text(), s.extent()));
        }
        ctx.report(report);
    }

    private static Span trim(String text, Span s) {
        int end = s.end();
        while (end > s.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(s.start(), end);
    }
}
