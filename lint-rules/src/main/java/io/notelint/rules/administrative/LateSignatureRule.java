package io.notelint.rules.administrative;

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
import io.notelint.rules.clinical.SessionRecord;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The note was signed more than {@code maxDays} calendar days after the session (categories.md,
 * administrative). The signing date is read in the note's {@code timeZone}, or UTC when none is given.
 */
public final class LateSignatureRule implements Rule {

    static final String ID = "administrative/late-signature";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.ADMINISTRATIVE)
            .appliesToAllKinds()
            .severity(Severity.WARNING)
            .description("The note was signed more than the allowed number of days after the session.")
            .rationale("Documentation is expected at the time of service or as soon as practicable; organisations "
                    + "and payers set deadlines (CalAIM: 3 business days, 1 for crisis; Texas community mental "
                    + "health: 2), and the Joint Commission cites records not completed within the organisation's "
                    + "own time frame. Late notes are less reliable and are an audit finding in themselves.")
            .reference("CMS Program Integrity Manual 100-08 ch. 3 §3.3.2.5 (timely entries; late entries identified as such)")
            .reference("DHCS CalAIM BHIN 22-019 (progress notes within 3 business days; crisis within 1)")
            .reference("The Joint Commission, RC.01.01.01 (record completed within the organisation's time frame)")
            .option(OptionSpec.integer("maxDays", 3, "Days after the session date within which the note must be signed."))
            .option(AdministrativeScope.OPTION_SPEC)
            .message("late", "the note was signed {days} days after the session (allowed: {maxDays})")
            .suggestion("late", "Sign notes within {maxDays} days of the session; a late entry should be marked as such.")
            .good(signed("2026-11-10", "2026-11-10T18:00:00Z"))
            .good(signed("2026-11-10", "2026-11-13T23:00:00Z"))
            .good(signed("2026-11-10", null))
            .good(signed(null, "2026-11-30T10:00:00Z"))
            .bad(signed("2026-11-10", "2026-11-16T12:00:00Z"))
            .bad(signed("2026-11-10", "2026-11-14T08:00:00Z"))
            .bad(signed("2026-10-01", "2026-11-20T09:00:00Z"))
            .bad(note("Date of service: 11/10/2026\nExposure practice reviewed. Next session 11/17.\nJane Doe, LMFT, "
                        + "11/19/2026")
                    .field("cptCode", "90834"))
            .good(note("Date of service: 11/10/2026\nExposure practice reviewed. Next session 11/17.\nJane Doe, LMFT, "
                        + "11/19/2026"))
            .build();

    private static ExampleNote signed(String date, String signedAt) {
        ExampleNote n = note("Individual psychotherapy; exposure practice reviewed. Next session 12/4.")
                .field("cptCode", "90837");
        n = date == null ? n : n.field("sessionDate", date);
        return signedAt == null ? n : n.field("signedAt", signedAt);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        NoteFields f = ctx.note().fields();
        if (!AdministrativeScope.hasRecord(f) && !ctx.options().bool(AdministrativeScope.OPTION)) {
            return;
        }
        // the fields, else the labelled date of service and the date on the signature line of the text
        SessionRecord record = SessionRecord.of(ctx.analysis());
        LocalDate session = record.sessionDate().orElse(null);
        LocalDate signed = record.signedDate().orElse(null);
        if (session == null || signed == null) {
            return;
        }
        long days = ChronoUnit.DAYS.between(session, signed);
        int max = ctx.options().integer("maxDays");
        if (days > max) {
            ctx.report(Report.of("late").arg("days", days).arg("maxDays", max)
                    .suggest("late"));
        }
    }
}
