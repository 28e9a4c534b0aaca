package io.notelint.rules.administrative;

import io.notelint.core.model.NoteFields;
import io.notelint.core.rule.OptionSpec;

/**
 * Whether a note carries a record at all. A note linted as bare text (a student's draft, a pasted
 * paragraph) has no structured fields, and reporting its missing date, signature and times would only
 * restate that; the administrative rules check notes that come with fields, unless told otherwise.
 */
final class AdministrativeScope {

    static final String OPTION = "checkTextOnlyNotes";

    static final OptionSpec OPTION_SPEC = OptionSpec.bool(OPTION, false,
            "Also check notes that carry no structured fields at all (plain text input).");

    private AdministrativeScope() {
    }

    /** True when the note has at least one structured field, known or custom, readable or not. */
    static boolean hasRecord(NoteFields f) {
        return f.clientId() != null || f.sessionDate() != null || f.startTime() != null || f.endTime() != null
                || f.durationMinutes() != null || f.cptCode() != null || f.modality() != null || f.diagnoses() != null
                || f.medications() != null || f.riskLevel() != null || f.goals() != null || f.clinician() != null
                || f.signedAt() != null || !f.invalid().isEmpty() || !f.extra().isEmpty();
    }
}
