package io.notelint.rules.clinical;

import static io.notelint.core.rule.ExampleNote.note;

import io.notelint.core.model.NoteFields;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.ExampleNote;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The text states a session length that disagrees with the structured time fields (categories.md,
 * inconsistency): "45-minute session" with durationMinutes 53. Only statements about this session's
 * length count (see {@link StatedDurations}); when an E/M code or a psychotherapy add-on shares the
 * visit, statements that time the psychotherapy part are not compared with the visit's total.
 */
public final class StatedDurationMismatchRule implements Rule {

    static final String ID = "inconsistency/stated-duration-mismatch";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.INCONSISTENCY)
            .appliesToAllKinds()
            .severity(Severity.WARNING)
            .description("The note text states a session length that disagrees with the duration or start/end fields.")
            .rationale("When the narrative says one length and the structured time says another, the record "
                    + "supports neither: the minutes decide the psychotherapy code, and reviewers deny services "
                    + "whose time is not clearly documented (OIG 2019, 2023; NGS CERT). Statements about other "
                    + "sessions, schedules or parts of the session are ignored.")
            .reference("NGS Medicare CERT, Psychiatry and psychology services (documenting total time or time in/out)")
            .reference("HHS OIG, Medicare improperly paid providers for some psychotherapy services (2023)")
            .reference("Noridian JE, Psychotherapeutic services and documentation requirements (psychotherapy time separate from E/M)")
            .option(OptionSpec.integer("toleranceMinutes", 5, "Largest difference accepted, in minutes."))
            .message("mismatch", "the text states a {stated}-minute session but the fields record {minutes} minutes")
            .suggestion("mismatch", "Make the stated length and the time fields agree; the minutes decide the code.")
            .good(timed("Completed a 53-minute individual psychotherapy session via telehealth.", 53, "14:00", "14:53"))
            .good(timed("Session lasted 50 minutes. Client walked 20 minutes daily this week.", 53, "14:00", "14:53"))
            .good(timed("Client meditated for 10 minutes each morning. Next session will be a 30-minute check-in.",
                    53, "14:00", "14:53"))
            .good(timed("Spent the first 20 minutes of the session reviewing the exposure log.", 53, "14:00", "14:53"))
            .good(timed("Met with client for about an hour.", 57, "14:00", "14:57"))
            .good(timed("A 45-minute session.", null, null, null))
            .good(timed("Client prefers weekly 45-minute sessions.", 53, "14:00", "14:53"))
            .bad(timed("Client attended a [[45-minute session]] focused on exposure planning.", 53, "14:00", "14:53"))
            .bad(timed("[[Session lasted 30 minutes]] due to a late arrival.", 53, null, null))
            .bad(timed("[[Met with client for 60 minutes]] to review the safety plan.", null, "10:00", "10:40"))
            .bad(timed("Provided [[forty-five minutes of individual psychotherapy]].", 60, "09:00", "10:00"))
            .bad(timed("The client was seen for a [[90-minute intake]].", 60, null, null))
            .bad(timed("[[Approximately 25 minutes spent with patient]], mostly on the exposure plan.", 53, null, null))
            .bad(timed("Time in: 10:00. Time out: 10:50. [[Thirty-minute face-to-face appointment]].", null, null, null))
            .good(timed("Time in: 10:00. Time out: 10:30. Thirty-minute face-to-face appointment.", null, null, null))
            .good(timed("I spent about 30 minutes with him on the exposure plan.", 30, null, null))
            .build();

    private static ExampleNote timed(String text, Integer minutes, String start, String end) {
        ExampleNote n = note(text).field("sessionDate", "2026-11-20").field("cptCode", "90837");
        n = minutes == null ? n : n.field("durationMinutes", minutes);
        return start == null ? n : n.field("startTime", start).field("endTime", end);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        NoteFields f = ctx.note().fields();
        List<Integer> recorded = new ArrayList<>();
        if (f.durationMinutes() != null) {
            recorded.add(f.durationMinutes());
        }
        // the start and end fields, else the times the text states under a label ("Time in: 2:00 pm")
        OptionalInt clock = SessionRecord.of(ctx.analysis()).clockMinutes();
        clock.ifPresent(recorded::add);
        if (recorded.isEmpty()) {
            return;
        }
        List<String> codes = CptCodes.codes(f.cptCode());
        boolean sharedVisit = codes.stream().anyMatch(c -> CptCodes.isEvaluationAndManagement(c)
                || CptCodes.rule(c).map(r -> r.kind() == CptCodes.Kind.ADDON).orElse(false));
        int tolerance = ctx.options().integer("toleranceMinutes");
        for (StatedDuration d : SessionRecord.of(ctx.analysis()).text().durations()) {
            if (d.psychotherapyOnly() && sharedVisit) {
                continue;
            }
            if (recorded.stream().noneMatch(m -> d.agreesWith(m, tolerance))) {
                ctx.report(Report.of("mismatch").at(d.span())
                        .arg("stated", d.shown()).arg("minutes", recorded.get(0))
                        .suggest("mismatch"));
                return; // one finding per note: the contradiction, not every restatement of it
            }
        }
    }
}
