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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The note lacks part of the clinician's signature: name, credentials or signing time
 * (categories.md, administrative). One finding names every missing part.
 */
public final class MissingSignatureRule implements Rule {

    static final String ID = "administrative/missing-signature";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.ADMINISTRATIVE)
            .appliesToAllKinds()
            .severity(Severity.ERROR)
            .description("The note is not fully signed: the clinician's name, credentials or signature time is missing. "
                    + "A signature line in the text (\"Jane Doe, LMFT, 3/8/2023\", \"Electronically signed by ...\") "
                    + "stands in for absent fields; a note with no structured fields at all is not checked unless "
                    + "checkTextOnlyNotes is on.")
            .rationale("Medicare does not accept an unsigned note (an unsigned typed note, 'signature on file' or a "
                    + "missing signature fails review), and missing signatures are among the findings of the CERT "
                    + "program and the OIG's 2023 psychotherapy audit. State rules require the author's credentials "
                    + "with the signature, and a dated signature shows when the entry was authenticated.")
            .reference("CMS Program Integrity Manual 100-08 ch. 3 §3.3.2.4 (signature requirements)")
            .reference("NGS Medicare CERT, Psychiatry and psychology services (signature on all notes)")
            .reference("HHS OIG, Medicare improperly paid providers for some psychotherapy services (2023)")
            .reference("Oklahoma OAC 450:27-7-44; South Dakota ARSD 67:62:08:12 (signature with credentials)")
            .option(AdministrativeScope.OPTION_SPEC)
            .message("missing", "the note's signature is incomplete: no {parts}")
            .suggestion("missing", "Sign the note with the clinician's name, credentials and the date and time of signing.")
            .good(note("CBT for panic; next session 12/4.")
                    .field("sessionDate", "2026-11-20")
                    .field("clinician", Map.of("name", "A. Rivera", "credentials", "LCSW"))
                    .field("signedAt", "2026-11-20T18:00:00Z"))
            .good(note("CBT for panic; next session 12/4."))
            .good(note("CBT for panic; next session 12/4.\n\nJane Doe, LMFT, 11/20/2026")
                    .field("sessionDate", "2026-11-20"))
            .good(note("CBT for panic; next session 12/4.\nElectronically signed by Sam Ortiz, PsyD on 11/21/2026")
                    .field("sessionDate", "2026-11-20"))
            .bad(note("CBT for panic; next session 12/4.\n\nJane Doe")
                    .field("sessionDate", "2026-11-20"))
            .bad(note("CBT for panic; next session 12/4.")
                    .field("sessionDate", "2026-11-20")
                    .field("clinician", Map.of("name", "A. Rivera", "credentials", "LCSW")))
            .bad(note("CBT for panic; next session 12/4.")
                    .field("sessionDate", "2026-11-20")
                    .field("clinician", Map.of("name", "A. Rivera"))
                    .field("signedAt", "2026-11-20T18:00:00Z"))
            .bad(note("CBT for panic; next session 12/4.")
                    .field("sessionDate", "2026-11-20")
                    .field("signedAt", "2026-11-20T18:00:00Z"))
            .bad(note("CBT for panic; next session 12/4.")
                    .field("sessionDate", "2026-11-20"))
            .good(note("CBT for panic; next session 12/4.")
                    .field("sessionDate", "2026-11-20")
                    .field("clinician", "A. Rivera, LCSW")
                    .field("signedAt", "2026-11-20T18:00:00Z"))
            .build();

    /** Credentials written after the name: "A. Rivera, LCSW", "J. Okafor, PhD, LP". */
    private static final Pattern CREDENTIALS_IN_NAME = Pattern.compile(
            ",\\s*(?=[A-Za-z.\\-]*[A-Z][A-Za-z.\\-]*[A-Z])[A-Za-z.\\-]{2,12}(?:\\s*,\\s*[A-Za-z.\\-]{2,12})*\\s*$");

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
        SessionRecord record = SessionRecord.of(ctx.analysis());
        // the clinician field, else a signature line in the text ("Jane Doe, LMFT, 3/8/2023")
        SessionRecord.Signer c = record.signer().orElse(null);
        List<String> missing = new ArrayList<>();
        if (c == null || c.name().isBlank()) {
            missing.add(record.unreadable("clinician") ? "readable clinician (clinician)" : "clinician name");
        }
        if (c == null || c.credentials().isBlank() && !CREDENTIALS_IN_NAME.matcher(c.name()).find()) {
            missing.add("credentials");
        }
        if (record.signedDate().isEmpty()) {
            missing.add(f.invalid().containsKey("signedAt") ? "readable signature time (signedAt)" : "signature time (signedAt)");
        }
        if (!missing.isEmpty()) {
            ctx.report(Report.of("missing").arg("parts", join(missing))
                    .suggest("missing"));
        }
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
