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
import java.time.LocalTime;
import java.util.List;

/**
 * A structured field and the note's own text state different values for the same element of the record
 * (categories.md, inconsistency): the date of service, the start or end time, the CPT code. The session
 * length has its own rule ({@code inconsistency/stated-duration-mismatch}). Only values the text states
 * under a label are compared ("Date of Service:", "Time in:", "CPT"), never a date in the narrative.
 */
public final class FieldTextMismatchRule implements Rule {

    static final String ID = "inconsistency/field-text-mismatch";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.INCONSISTENCY)
            .appliesToAllKinds()
            .severity(Severity.WARNING)
            .description("A structured field and the note text disagree on the date of service, a session time or the CPT code.")
            .rationale("The record and the note are read by different people: a claim is built from the fields, a "
                    + "reviewer reads the text. When the text says the session was on 3/8 and the field says 3/9, "
                    + "or the text says CPT 90834 and the field 90837, the record supports neither, and auditors "
                    + "treat the discrepancy as a documentation error to be corrected by an amendment.")
            .reference("CMS Program Integrity Manual 100-08 ch. 3 §3.3.2.5 (amendments, corrections and delayed entries)")
            .reference("HHS OIG, Medicare improperly paid providers for some psychotherapy services (2023)")
            .option(OptionSpec.integer("toleranceMinutes", 5, "Largest difference accepted between two clock times, in minutes."))
            .message("date", "the text gives the date of service as {text} but sessionDate is {field}")
            .message("time", "the text gives the session {which} time as {text} but {fieldName} is {field}")
            .message("code", "the text gives CPT {text} but cptCode is {field}")
            .suggestion("time", "Correct the time in the text or in {fieldName}.")
            .suggestion("date", "Correct the date of service in the text or in sessionDate.")
            .suggestion("code", "Correct the code in the text or in cptCode; the minutes decide which code is right.")
            .good(recorded("Date of Service: 11/20/2026. CBT for panic.", "sessionDate", "2026-11-20"))
            .good(recorded("Time in: 2:00 pm. Time out: 2:53 pm. CBT for panic.", "startTime", "14:00", "endTime", "14:53"))
            .good(recorded("CPT 90837. CBT for panic.", "cptCode", "90837"))
            .good(recorded("CPT 90834, 90785. CBT for panic.", "cptCode", "90834, 90785"))
            .good(recorded("Client's next appointment date: 11/27/2026. CBT for panic.", "sessionDate", "2026-11-20"))
            .good(recorded("Date of Service: 11/21/2026. CBT for panic."))
            .bad("date", recorded("Date of Service: 11/21/2026. CBT for panic.", "sessionDate", "2026-11-20"))
            .bad("time", recorded("Time in: 3:00 pm. Time out: 3:53 pm. CBT for panic.", "startTime", "14:00", "endTime", "14:53"))
            .bad("code", recorded("CPT 90834. CBT for panic.", "cptCode", "90837"))
            .build();

    /** Note text (a next session added) with fields given as name, value pairs. */
    private static ExampleNote recorded(String text, String... fields) {
        ExampleNote n = note(text + " Next session 12/4.");
        for (int i = 0; i < fields.length; i += 2) {
            n = n.field(fields[i], fields[i + 1]);
        }
        return n;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        NoteFields f = ctx.note().fields();
        TextRecord text = SessionRecord.of(ctx.analysis()).text();
        if (f.sessionDate() != null) {
            text.serviceDate().filter(d -> !d.value().equals(f.sessionDate())).ifPresent(d -> ctx.report(
                    Report.of("date").at(d.span()).arg("text", d.value()).arg("field", f.sessionDate())
                            .suggest("date")));
        }
        int tolerance = ctx.options().integer("toleranceMinutes");
        if (f.startTime() != null) {
            compareTime(ctx, "start", "startTime", f.startTime(), text.start().orElse(null), tolerance);
        }
        if (f.endTime() != null) {
            compareTime(ctx, "end", "endTime", f.endTime(), text.end().orElse(null), tolerance);
        }
        if (f.cpt().isPresent() && text.cptCodes().isPresent()) {
            List<String> fieldCodes = CptCodes.codes(f.cptCode());
            List<String> textCodes = CptCodes.codes(text.cptCodes().get().value());
            if (!fieldCodes.isEmpty() && !fieldCodes.containsAll(textCodes) && !textCodes.containsAll(fieldCodes)) {
                ctx.report(Report.of("code").at(text.cptCodes().get().span())
                        .arg("text", String.join(", ", textCodes)).arg("field", String.join(", ", fieldCodes))
                        .suggest("code"));
            }
        }
    }

    private static void compareTime(RuleContext ctx, String which, String fieldName, LocalTime field,
                                    TextRecord.Located<LocalTime> text, int tolerance) {
        if (field == null || text == null) {
            return;
        }
        int diff = Math.min(SessionClock.minutesBetween(field, text.value()), SessionClock.minutesBetween(text.value(), field));
        // a time written without am/pm ("Time in: 2:00") may be the afternoon field's 14:00
        int diff12 = Math.min(SessionClock.minutesBetween(field, text.value().plusHours(12)),
                SessionClock.minutesBetween(text.value().plusHours(12), field));
        if (Math.min(diff, diff12) > tolerance) {
            ctx.report(Report.of("time").at(text.span()).arg("which", which).arg("text", text.value())
                    .arg("fieldName", fieldName).arg("field", field)
                    .suggest("time"));
        }
    }
}
