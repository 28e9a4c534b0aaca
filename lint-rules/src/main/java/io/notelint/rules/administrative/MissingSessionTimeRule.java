package io.notelint.rules.administrative;

import static io.notelint.core.rule.ExampleNote.note;

import io.notelint.core.model.NoteFields;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.ExampleNote;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import io.notelint.rules.clinical.CptCodes;
import io.notelint.rules.clinical.SessionRecord;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A time-based psychotherapy code (90832-90838, 90839/90840, 90846/90847) with neither start and end
 * times nor a duration (categories.md, administrative). A session length stated in the text ("session
 * lasted 53 minutes") documents the time as well and keeps the rule silent.
 */
public final class MissingSessionTimeRule implements Rule {

    static final String ID = "administrative/missing-session-time";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.ADMINISTRATIVE)
            .appliesToAllKinds()
            .severity(Severity.ERROR)
            .description("A time-based psychotherapy code is billed but the note records neither start/end times nor a duration.")
            .rationale("Missing time is the most common single finding in federal psychotherapy audits (OIG 2019: 49 "
                    + "of 103 services; OIG 2023: 60 of 216 enrollee-days). Time-based codes are defined by minutes, "
                    + "so Medicare contractors require total time or time in and out in the note.")
            .reference("HHS OIG, Oceanside Medical Group audit (2019) and psychotherapy services audit (2023)")
            .reference("NGS Medicare CERT, Psychiatry and psychology services (total time or time in/time out)")
            .reference("Texas Medical Association, Document time for psychotherapy services")
            .option(AdministrativeScope.OPTION_SPEC)
            .message("missing", "CPT {code} is time-based but the note records no start/end time or duration")
            .suggestion("missing", "Record the start and end times or the total face-to-face minutes of the session.")
            .good(coded("90837", "CBT for panic.").field("startTime", "14:00").field("endTime", "14:53"))
            .good(coded("90834", "CBT for panic.").field("durationMinutes", 45))
            .good(coded("90791", "Diagnostic evaluation completed."))
            .good(coded("90837", "Session lasted 55 minutes; CBT for panic."))
            .good(coded("90853", "Group psychotherapy, relapse prevention."))
            .good(coded("90834", "Seen 10:05-10:50 for CBT for panic."))
            .good(coded("90834", "Time in: 2:00 pm. Time out: 2:45 pm. CBT for panic."))
            .good(coded("90837", "CBT for panic.").field("durationMinutes", "fifty"))
            .good(coded("90837", "CBT for panic.").field("startTime", "2pm").field("endTime", "2:55pm"))
            .good(note("CPT 90837. CBT for panic. Next session 12/4."))
            .bad(coded("90837", "CBT for panic."))
            .bad(coded("90834", "CBT for panic.").field("startTime", "14:00"))
            .bad(coded("99214, 90836", "Medication management and supportive psychotherapy."))
            .bad(coded("90847", "Family session on communication."))
            .bad(note("CPT 90837. CBT for panic. Next session 12/4.")
                    .field("sessionDate", "2026-11-20"))
            .build();

    /** Time in and out written in the text: "14:00-14:53", "2:00 pm to 2:50 pm", "time in 9:00 ... time out 9:50". */
    private static final Pattern CLOCK_RANGE = Pattern.compile("(?i)(?<![\\d:])\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*"
            + "(?:-|–|to|until)\\s*\\d{1,2}:\\d{2}(?![\\d:])|\\btime\\s+in\\b[^\\n]{0,40}\\btime\\s+out\\b");

    private static final List<String> TIME_FIELDS = List.of("startTime", "endTime", "durationMinutes");

    private static ExampleNote coded(String cpt, String text) {
        return note(text + " Next session 12/4.").field("sessionDate", "2026-11-20").field("cptCode", cpt);
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
        if (TIME_FIELDS.stream().anyMatch(f.invalid()::containsKey)) {
            return; // a time was given but could not be read: administrative/unreadable-value says so, it is not absent
        }
        SessionRecord record = SessionRecord.of(ctx.analysis());
        List<String> codes = CptCodes.codes(record.cptCodes().orElse(null));
        String timed = codes.stream().filter(c -> CptCodes.rule(c).map(CptCodes.TimeRule::timed).orElse(false))
                .findFirst().orElse(null);
        if (timed == null) {
            return;
        }
        boolean clock = record.start().isPresent() && record.end().isPresent();
        if (clock || record.minutes().isPresent()) {
            return;
        }
        if (!record.text().durations().isEmpty() || CLOCK_RANGE.matcher(ctx.text()).find()) {
            return;
        }
        ctx.report(Report.of("missing").arg("code", timed)
                .suggest("missing"));
    }
}
