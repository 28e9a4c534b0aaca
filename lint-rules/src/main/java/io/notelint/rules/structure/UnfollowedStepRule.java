package io.notelint.rules.structure;

import static io.notelint.core.rule.ExampleNote.note;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Section;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteKind;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.ExampleNote;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.Span;
import java.util.List;

/**
 * plan-follow-through: the client's previous note (the most recent in {@code history}) set a concrete next
 * step and this note neither carries it out, mentions it, nor says it was missed or changed. Steps are a
 * session scheduled by date that has passed with no session in between, and homework, a client task, a
 * referral or a safety-plan step from the previous plan (see {@link PlanSteps}); follow-through is any
 * mention of the step or of its kind, or a missed, cancelled or rescheduled session (see
 * {@link FollowThrough}). Never raised without history. One finding per step not followed up, pointing at
 * this note's plan section when it has one; the message quotes the previous note's step.
 */
public final class UnfollowedStepRule implements Rule {


    private static final RuleMeta META = RuleMeta.builder("plan-follow-through/unfollowed-step", Category.PLAN_FOLLOW_THROUGH)
            .appliesTo(NoteKind.PROGRESS, NoteKind.GROUP)
            .severity(Severity.WARNING)
            .description("The previous note set a next step (a session by date, homework or a task, a referral, a "
                    + "safety-plan step) and this note does not say whether it was done, missed or changed. Judged "
                    + "only where the note has a history.")
            .rationale("Continuity of care is read across notes: a supervisor or auditor opening a chart checks first "
                    + "whether what the last plan set in motion happened. Homework that is never reviewed, a referral "
                    + "nobody asks about and a scheduled session that silently did not take place are the gaps that "
                    + "let a client fall out of care. Naming the step again, in any form ('thought record reviewed', "
                    + "'pillbox not yet set up', 'no-show 4/22, rescheduled') closes the loop.")
            .reference("South Dakota ARSD 67:62:08:12: progress notes record what will be worked on next session and "
                    + "the client's progress on it")
            .reference("Stanley & Brown, Safety Planning Intervention: review and revise the safety plan at follow-up")
            .reference("CMS Medicare Benefit Policy Manual ch. 15 s.160: progress notes record the client's response "
                    + "to treatment and changes in the plan")
            .option(OptionSpec.integer("graceDays", 0,
                    "Days a session may move past the date the previous note set before this note must say what "
                    + "happened"))
            .message("session", "The previous note ({previousDate}) scheduled a session ('{step}'); this note "
                    + "({date}) does not say whether it took place, was missed or was moved")
            .message("homework", "The previous note set homework or a task ('{step}'); this note does not say "
                    + "whether it was done, missed or changed")
            .message("referral", "The previous note made a referral ('{step}'); this note does not say what came of it")
            .message("safety", "The previous note set a safety-plan step ('{step}'); this note does not say whether "
                    + "it was checked")
            .suggestion("reportSession", "Say whether the scheduled session took place, was missed or was moved: "
                                    + "'No-show 4/22; rescheduled by phone'.")
            .suggestion("reportStep", "Say what became of the step: done, partly done, not done and why, or changed.")
            .bad("session", now("2026-04-29", "S: Client reports worry 6/10 about her job.\nO: Tense.\nA: GAD.\nP: Next session 5/6.",
                    "P: Next session 4/22 at 15:00."))
            .bad("homework", now("2026-04-22", "Client reports sleeping 6 hours and worry 5/10. Practiced cognitive restructuring. "
                    + "Next session 4/29.", "Plan: Thought record daily. Next session 4/22."))
            .bad("homework", now("2026-04-22", "D: Mood 5/10; one argument with her son.\nA: MDD.\nP: Next session 4/29.",
                    "D: Missed two doses last week.\nA: MDD.\nP: Client to call the pharmacy about the pillbox. "
                    + "Next session 4/22."))
            .bad("referral", now("2026-04-22", "Data: Cravings 4/10. Attended 2 NA meetings.\nAssessment: OUD in early remission."
                    + "\nPlan: Next session 4/29.", "Plan: Referred to the DBT skills group at Riverside. Next "
                    + "session 4/22."))
            .good(now("2026-04-29", "Client did not attend 4/22 (no-show; reached by phone, car trouble). Reports "
                    + "worry 6/10. Next session 5/6.", "P: Next session 4/22 at 15:00."))
            .good(now("2026-04-29", "Session rescheduled from last week at the client's request. Worry 5/10. "
                    + "Next session 5/6.", "P: Next session 4/22 at 15:00."))
            .good(now("2026-04-22", "Reviewed thought record: 5 entries, belief ratings down from 80% to 50%. Next "
                    + "session 4/29.", "Plan: Thought record daily. Next session 4/22."))
            .good(now("2026-04-22", "Pillbox not yet set up; the pharmacy was closed. Mood 5/10. Next session 4/29.",
                    "P: Client to call the pharmacy about the pillbox. Next session 4/22."))
            .good(now("2026-04-22", "Client has an intake with the DBT group on 5/2. Next session 4/29.",
                    "Plan: Referred to the DBT skills group at Riverside. Next session 4/22."))
            .good(now("2026-04-22", "Client reports worry 5/10. Next session 4/29.",
                    "P: Worry postponement. Continue CBT. Next session 4/22."))
            .good(note("Client reports worry 5/10 and has not started the thought record. Next session 4/29."))
            .build();

    private static ExampleNote now(String date, String text, String previousText) {
        return note(text).field("sessionDate", date)
                .previous(note(previousText).id("prev").field("sessionDate", "2026-04-15"));
    }

    private final PlanSteps steps = PlanSteps.standard();
    private final FollowThrough followThrough = FollowThrough.standard();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        Note previous = ctx.note().previous().orElse(null);
        if (previous == null || previous.text().isBlank() || ctx.text().isBlank()) {
            return;
        }
        AnalyzedNote now = ctx.analysis();
        AnalyzedNote before = now.derived(UnfollowedStepRule.class, n -> n.analysisOf(previous));
        int grace = Math.max(0, ctx.options().integer("graceDays"));
        Span where = planSpan(now);
        List<PlanStep> reported = new java.util.ArrayList<>();
        for (PlanStep step : steps.of(before)) {
            if (followThrough.shown(now, step, grace) || repeats(step, reported)) {
                continue;
            }
            reported.add(step);
            Report report = Report.of(step.kind().name().toLowerCase(java.util.Locale.ROOT)).arg("step", step.words());
            if (step.kind() == PlanStep.Kind.SESSION) {
                report = report.arg("previousDate", String.valueOf(previous.fields().sessionDate()))
                        .arg("date", String.valueOf(ctx.note().fields().sessionDate()))
                        .suggest("reportSession");
            } else {
                report = report.suggest("reportStep");
            }
            ctx.report(where == null ? report : report.at(where));
        }
    }

    /** The same step written twice ("will refer to Scotland Orthopedics ... Refer over to Scotland Orthopedics"). */
    private static boolean repeats(PlanStep step, List<PlanStep> reported) {
        for (PlanStep r : reported) {
            if (r.kind() == step.kind() && r.keys().stream().anyMatch(step.keys()::contains)) {
                return true;
            }
        }
        return false;
    }

    /** This note's plan section, trimmed; null when it has none with a header. */
    private static Span planSpan(AnalyzedNote note) {
        List<Section> plan = PlanDetector.planSections(note);
        if (plan.isEmpty() || plan.get(0).headerSpan() == null) {
            return null;
        }
        Span s = plan.get(0).extent();
        int end = s.end();
        while (end > s.start() && Character.isWhitespace(note.text().charAt(end - 1))) {
            end--;
        }
        return new Span(s.start(), end);
    }
}
