package io.notelint.rules.administrative;

import static io.notelint.core.rule.ExampleNote.note;

import io.notelint.core.model.Note;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A value the input gave that NoteLint could not read ({@code "format": "SOAPY"}, {@code
 * "durationMinutes": "fifty"}, {@code "startTime": "2pm"}): it is treated as absent, and the user is
 * told so here instead of getting findings that call it missing. The session date and the signature
 * have rules of their own that already say "cannot be read".
 */
public final class UnreadableValueRule implements Rule {

    static final String ID = "administrative/unreadable-value";

    /** Reported by their own rules (missing-session-date, missing-signature) as unreadable. */
    private static final Set<String> REPORTED_ELSEWHERE = Set.of("sessionDate", "signedAt", "clinician");

    private static final RuleMeta META = RuleMeta.builder(ID, Category.ADMINISTRATIVE)
            .appliesToAllKinds()
            .severity(Severity.WARNING)
            .description("A value of the note's input (format, kind or a structured field) could not be read and "
                    + "was treated as absent.")
            .rationale("A value of the wrong type or form is not the same as no value: a duration written as "
                    + "\"fifty\" or a start time as \"2pm\" would otherwise make the time rules say the session "
                    + "has no time, and an unknown format would silently switch off the section checks. The value is "
                    + "ignored, and this finding says which one and what was expected, so it can be fixed at the "
                    + "source.")
            .reference("NoteLint, docs/input.md (unknown values are reported and read as absent)")
            .message("unreadable", "could not read {what}; treated as absent")
            .suggestion("unreadable", "Write the value in the form note-format.md gives, or leave it out.")
            .good(note("CBT for panic; next session 12/4.").format("auto"))
            .good(note("CBT for panic; next session 12/4.").format("Auto").kind("AUTO"))
            .good(note("CBT for panic; next session 12/4.").format("soap").kind("Progress"))
            .good(note("CBT for panic; next session 12/4.")
                    .field("durationMinutes", "50"))
            .bad(note("CBT for panic; next session 12/4.").format("SOAPY"))
            .bad(note("CBT for panic; next session 12/4.").kind("therapy"))
            .bad(note("CBT for panic; next session 12/4.")
                    .field("durationMinutes", "fifty"))
            .bad(note("CBT for panic; next session 12/4.")
                    .field("startTime", "2pm"))
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        Note note = ctx.note();
        Map<String, String> all = new LinkedHashMap<>(note.invalid());
        note.fields().invalid().forEach((k, v) -> {
            if (!REPORTED_ELSEWHERE.contains(k)) {
                all.put("fields." + k, v);
            }
        });
        if (all.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        // sorted: the same finding whatever order the input's keys came in
        all.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getKey() + " (" + e.getValue() + ")"));
        ctx.report(Report.of("unreadable").arg("what", String.join("; ", parts))
                .suggest("unreadable"));
    }
}
