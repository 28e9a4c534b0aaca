package io.notelint.rules.administrative;

import static io.notelint.core.rule.ExampleNote.note;

import io.notelint.core.model.NoteFields;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import io.notelint.rules.clinical.SessionRecord;
import java.util.Map;

/** The note has no readable date of service (categories.md, administrative). */
public final class MissingSessionDateRule implements Rule {

    static final String ID = "administrative/missing-session-date";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.ADMINISTRATIVE)
            .appliesToAllKinds()
            .severity(Severity.ERROR)
            .description("The note has no date of service, or one that cannot be read. A date of service the text "
                    + "states under a label (\"Date of Service: 3/08/2023\") counts when the field is absent; a note "
                    + "with no structured fields at all is not checked unless checkTextOnlyNotes is on.")
            .rationale("Every entry of a clinical record must be dated: Joint Commission RC.01.01.01 EP 11 is among "
                    + "the most cited behavioral-health standards for undated entries, and state Medicaid rules list "
                    + "the date of service first among the elements of a progress note. An undated note cannot be "
                    + "matched to a claim, a treatment-plan period or a signature deadline.")
            .reference("The Joint Commission, RC.01.01.01 EP 11 (entries dated), Behavioral Health Care manual")
            .reference("Oklahoma OAC 450:27-7-44; South Dakota ARSD 67:62:08:12 (progress-note elements: date of service)")
            .reference("CMS Program Integrity Manual 100-08 ch. 3 §3.3.2.5 (dated entries)")
            .option(AdministrativeScope.OPTION_SPEC)
            .message("missing", "the note has no session date")
            .message("unreadable", "the session date cannot be read (expected YYYY-MM-DD)")
            .suggestion("record", "Record the date of service (sessionDate, YYYY-MM-DD).")
            .good(note("CBT for panic; next session 12/4.")
                    .field("sessionDate", "2026-11-20"))
            .good(note("CBT for panic; next session 12/4."))
            .good(note("CBT for panic; next session 12/4.").format("auto"))
            .good(note("Date of Service: 3/08/2023\nCBT for panic; next session 3/15.")
                    .field("cptCode", "90834")
                    .field("durationMinutes", 45))
            .bad("missing", note("CBT for panic; next session 12/4.")
                    .field("cptCode", "90834")
                    .field("clinician", Map.of("name", "A. Rivera", "credentials", "LCSW")))
            .bad("unreadable", note("CBT for panic; next session 12/4.")
                    .field("sessionDate", "11/20/2026"))
            .bad("missing", note("CBT for panic; next session 12/4.")
                    .field("sessionDate", "")
                    .field("durationMinutes", 45))
            .build();

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
        if (SessionRecord.of(ctx.analysis()).sessionDate().isPresent()) {
            return; // the field, or a labelled date of service in the text ("Date of Service: 3/08/2023")
        }
        String id = f.invalid().containsKey("sessionDate") ? "unreadable" : "missing";
        ctx.report(Report.of(id).suggest("record"));
    }
}
