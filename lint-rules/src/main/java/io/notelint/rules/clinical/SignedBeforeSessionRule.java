package io.notelint.rules.clinical;

import static io.notelint.core.rule.ExampleNote.note;

import io.notelint.core.model.NoteFields;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.ExampleNote;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The note was signed before the session took place (categories.md, inconsistency). {@code signedAt} is
 * an instant, session times are local: with a {@code timeZone} field the rule compares exactly (signed
 * before the session ended); without one it reads local times as UTC and flags only a signature on an
 * earlier calendar date, which is before the session in any time zone a clinic is likely to be in.
 */
public final class SignedBeforeSessionRule implements Rule {

    static final String ID = "inconsistency/signed-before-session";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.INCONSISTENCY)
            .appliesToAllKinds()
            .severity(Severity.ERROR)
            .description("The note is signed before the session it documents took place.")
            .rationale("A signature attests that the note records a service already delivered. A note signed "
                    + "before its date of service is a future-dated or pre-written note, which audit tools flag "
                    + "and state rules forbid (back-dating and pre-dating records). Without a time-zone field only "
                    + "a signature on an earlier date is flagged, so a clinician west of UTC is never flagged for "
                    + "signing the same evening.")
            .reference("CMS Program Integrity Manual 100-08 ch. 3 §3.3.2.4 (signatures) and §3.3.2.5 (dating of entries)")
            .reference("Texas Administrative Code 22 TAC 465.22 (records not back-dated or pre-dated)")
            .reference("BH QA Sentinel rule 'Future-Dated Note' (behavioral-health QA tooling)")
            .message("checkDate", "the note is signed {signed}, before the session on {session}")
            .suggestion("checkDate", "Check the date of service and the signature date; sign the note after the session.")
            .suggestion("checkTime", "Check the date of service and the signature time; sign the note after the session.")
            .good(signed("2026-11-20", "14:00", "14:53", "2026-11-20T18:00:00Z", null))
            .good(signed("2026-11-20", "14:00", "14:53", "2026-11-21T09:00:00Z", null))
            .good(signed("2026-11-20", "14:00", "14:53", "2026-11-20T09:00:00Z", null))
            .good(signed("2026-11-20", "23:30", "00:20", "2026-11-21T00:30:00Z", null))
            .good(signed("2026-11-20", "14:00", "14:53", null, null))
            .good(signed(null, null, null, "2026-11-19T09:00:00Z", null))
            .bad(signed("2026-11-20", "14:00", "14:53", "2026-11-19T18:00:00Z", null))
            .bad(signed("2026-11-20", null, null, "2026-11-12T10:00:00Z", null))
            .bad(signed("2026-11-20", "14:00", "14:53", "2026-11-20T16:00:00Z", "America/New_York"))
            .bad("Date of Service: 3/08/2023\nCBT for panic; next session 3/15.\n[[Jane Doe, LMFT, 3/7/2023]]")
            .good("Date of Service: 3/08/2023\nCBT for panic; next session 3/15.\nJane Doe, LMFT, 3/8/2023")
            .build();

    /**
     * Where the date of service or the signature comes from the text (a labelled date, a dated signature
     * line), only the calendar dates can be compared: a signature dated before the date of service.
     */
    private static void checkTextDates(RuleContext ctx) {
        SessionRecord record = SessionRecord.of(ctx.analysis());
        LocalDate session = record.sessionDate().orElse(null);
        LocalDate signed = record.signedDate().orElse(null);
        if (session == null || signed == null || !signed.isBefore(session)) {
            return;
        }
        Report report = Report.of("checkDate").arg("signed", signed.toString()).arg("session", session.toString())
                .suggest("checkDate");
        if (ctx.note().fields().signedAt() == null && record.text().signature().isPresent()) {
            report = report.at(record.text().signature().get().span());
        }
        ctx.report(report);
    }

    private static ExampleNote signed(String date, String start, String end, String signedAt, String zone) {
        ExampleNote n = note("Individual psychotherapy; exposure practice reviewed. Next session 12/4.")
                .field("cptCode", "90837");
        n = date == null ? n : n.field("sessionDate", date);
        n = start == null ? n : n.field("startTime", start).field("endTime", end);
        n = signedAt == null ? n : n.field("signedAt", signedAt);
        return zone == null ? n : n.field("timeZone", zone);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        NoteFields f = ctx.note().fields();
        Instant signed = f.signedAt();
        LocalDate date = f.sessionDate();
        if (signed == null || date == null) {
            checkTextDates(ctx);
            return;
        }
        boolean before;
        if (SessionClock.declaredZone(f).isPresent()) {
            Optional<Instant> end = SessionClock.sessionEnd(f);
            before = end.map(signed::isBefore).orElse(SessionClock.localDate(signed, f).isBefore(date));
        } else {
            before = SessionClock.localDate(signed, f).isBefore(date);
        }
        if (before) {
            ctx.report(Report.of("checkDate").arg("signed", signed.toString()).arg("session", date.toString())
                    .suggest("checkTime"));
        }
    }
}
