package io.notelint.rules.clinical;

import static io.notelint.core.rule.ExampleNote.note;

import io.notelint.core.model.NoteFields;
import io.notelint.core.rule.ExampleNote;
import io.notelint.core.text.Span;
import java.time.LocalTime;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;

/**
 * {@code durationMinutes} differs from end minus start by more than a tolerance (categories.md,
 * inconsistency). An end time before the start time is a session that ran past midnight.
 */
public final class DurationTimesMismatchRule implements Rule {

    static final String ID = "inconsistency/duration-times-mismatch";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.INCONSISTENCY)
            .appliesToAllKinds()
            .severity(Severity.WARNING)
            .description("durationMinutes disagrees with the session's start and end times.")
            .rationale("Time is what auditors check first in psychotherapy records (OIG 2019 and 2023: time not "
                    + "documented or not supported). When the duration and the clock times disagree the record "
                    + "supports neither, and a reviewer cannot tell which code the session earned. Times are "
                    + "local; an end before the start is read as a session past midnight.")
            .reference("NGS Medicare CERT, Psychiatry and psychology services (time in/time out or total time)")
            .reference("Texas Medical Association, Document time for psychotherapy services")
            .reference("HHS OIG, Medicare improperly paid providers for some psychotherapy services (2023)")
            .option(OptionSpec.integer("toleranceMinutes", 5, "Largest difference accepted between the two, in minutes."))
            .message("mismatch", "durationMinutes is {duration} but {start}-{end} is {clock} minutes")
            .suggestion("mismatch", "Correct the duration or the start/end times so that both show the minutes actually spent.")
            .good(timed("14:00", "14:53", 53))
            .good(timed("14:00", "14:55", 53))
            .good(timed("23:30", "00:20", 50))
            .good(timed("14:00", null, 53))
            .good(timed(null, null, 53))
            .bad(timed("14:00", "14:45", 53))
            .bad(timed("09:00", "10:00", 45))
            .bad(timed("23:40", "00:10", 50))
            .bad(note("Time in: 2:00 pm. Time out: 2:30 pm. Exposure hierarchy reviewed. Next session 12/4.")
                    .field("sessionDate", "2026-11-20")
                    .field("durationMinutes", 53))
            .good(note("Time in: 2:00 pm. Time out: 2:55 pm. Exposure hierarchy reviewed. Next session 12/4.")
                    .field("sessionDate", "2026-11-20")
                    .field("durationMinutes", 53))
            .build();

    private static ExampleNote timed(String start, String end, int minutes) {
        ExampleNote n = note("Individual psychotherapy; exposure hierarchy reviewed. Next session 12/4.")
                .field("sessionDate", "2026-11-20").field("cptCode", "90837");
        n = start == null ? n : n.field("startTime", start);
        return (end == null ? n : n.field("endTime", end)).field("durationMinutes", minutes);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        NoteFields f = ctx.note().fields();
        if (f.durationMinutes() == null) {
            return;
        }
        // the start and end fields, else "Time in: 2:00 pm ... Time out: 2:50 pm" in the text
        SessionRecord record = SessionRecord.of(ctx.analysis());
        LocalTime start = record.start().orElse(null);
        LocalTime end = record.end().orElse(null);
        if (start == null || end == null) {
            return;
        }
        int clock = SessionClock.minutesBetween(start, end);
        if (Math.abs(clock - f.durationMinutes()) > ctx.options().integer("toleranceMinutes")) {
            Span where = f.startTime() == null ? record.text().start().map(TextRecord.Located::span).orElse(null) : null;
            ctx.report(Report.of("mismatch").at(where)
                    .arg("duration", f.durationMinutes()).arg("start", start).arg("end", end)
                    .arg("clock", clock)
                    .suggest("mismatch"));
        }
    }
}
