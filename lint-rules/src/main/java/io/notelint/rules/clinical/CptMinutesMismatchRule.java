package io.notelint.rules.clinical;

import static io.notelint.core.rule.ExampleNote.note;

import io.notelint.core.text.Span;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.ExampleNote;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import java.util.List;

/**
 * The psychotherapy CPT code does not fit the session's minutes (categories.md, inconsistency):
 * 90832 16-37, 90834 38-52, 90837 53+, 90846/90847 26+, 90839 30-74 (75+ with +90840). Add-on codes
 * reported with an E/M code (90833/90836/90838) share the session with E/M time, so only a session too
 * short for them contradicts the code; untimed codes (90791, 90792, 90785, 90853) are never checked,
 * and a field holding two stand-alone timed codes is left alone because the split of minutes is unknown.
 */
public final class CptMinutesMismatchRule implements Rule {

    static final String ID = "inconsistency/cpt-minutes-mismatch";

    private static final String CRISIS = "90839";
    private static final String CRISIS_ADDON = "90840";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.INCONSISTENCY)
            .appliesToAllKinds()
            .severity(Severity.ERROR)
            .description("The time-based psychotherapy CPT code does not fit the documented session minutes.")
            .rationale("Psychotherapy codes are defined by face-to-face minutes (CPT time rule): 90832 covers 16-37, "
                    + "90834 38-52, 90837 53 or more, 90846/90847 26 or more, crisis 90839 30-74 with +90840 for each "
                    + "further 30 minutes. A code that the documented time does not support is the coding error "
                    + "OIG audits of psychotherapy services report most often after missing time, and it is "
                    + "recouped. Minutes are taken from durationMinutes, or from end minus start when no duration "
                    + "is given; where both are absent, from the times or the session length the text states, and "
                    + "the code from the text (\"CPT 90837\") when the field is absent.")
            .reference("APA Services, Psychotherapy codes for psychologists (time ranges of 90832-90838, 90846/90847, 90839/90840)")
            .reference("AMA CPT 2013 psychiatry code changes; BCBS IL psychiatry and psychotherapy policy (crisis and add-on rules)")
            .reference("HHS OIG, Medicare improperly paid providers for some psychotherapy services (2023)")
            .message("outOfRange", "CPT {code} covers {range} minutes but the session lasted {minutes} minutes ({source})")
            .message("tooShort", "CPT {code} needs at least {min} minutes but the session lasted {minutes} minutes ({source})")
            .suggestion("tooShort", "Without +90840 a crisis session of 30-74 minutes is coded 90839 alone.")
            .suggestion("outOfRange", "Check the start and end times and the code: 90832 is 16-37 minutes, 90834 38-52, 90837 53 "
                            + "or more; a crisis session of 75 minutes or more adds +90840.")
            .good(coded("90837", 53, "14:00", "14:53"))
            .good(coded("90834", 45, "10:00", "10:45"))
            .good(coded("90832", 30, null, null))
            .good(coded("90791", 90, "09:00", "10:30"))
            .good(coded("99214, 90836", 70, "09:00", "10:10"))
            .good(coded("90839, 90840", 100, "15:00", "16:40"))
            .good(coded("90834, 90785", 45, "10:00", "10:45"))
            .good(coded("90847", 50, null, null))
            .good(coded("90837", null, "23:30", "00:25"))
            .good(coded("90837", null, null, null))
            .bad("outOfRange", coded("90832", 50, "15:00", "15:50"))
            .bad("outOfRange", coded("90837", 45, "09:00", "09:45"))
            .bad("outOfRange", coded("90834", null, "13:00", "13:55"))
            .bad("outOfRange", coded("90839", 90, "15:00", "16:30"))
            .bad("outOfRange", coded("90846", 20, null, null))
            .bad("tooShort", coded("99213, 90833", 12, null, null))
            .bad("outOfRange", "[[Thirty-minute session]] on exposure planning. CPT 90837. Next session 12/4.")
            .bad("outOfRange", note("CBT for panic. Time in: 2:00 pm. Time out: 2:30 pm. Next session 12/4.")
                    .field("cptCode", "90837"))
            .good(note("Thirty-minute session on exposure planning. CPT 90832. Next session 12/4."))
            .good(note("Session lasted 30 minutes. Total face-to-face time: 55 minutes. CPT 90837. Next session 12/4."))
            .build();

    private static ExampleNote coded(String cpt, Integer minutes, String start, String end) {
        ExampleNote n = note("Individual psychotherapy; CBT for panic. Next session 12/4.")
                .field("sessionDate", "2026-11-20").field("cptCode", cpt);
        if (minutes != null) {
            n = n.field("durationMinutes", minutes);
        }
        return start == null ? n : n.field("startTime", start).field("endTime", end);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        // fields first; where they are absent, what the text states ("CPT 90837", "Thirty-minute session")
        SessionRecord record = SessionRecord.of(ctx.analysis());
        List<String> codes = CptCodes.codes(record.cptCodes().orElse(null));
        if (codes.isEmpty()) {
            return;
        }
        SessionRecord.Minutes minutes = record.minutes().orElse(null);
        if (minutes == null) {
            return;
        }
        String source = minutes.source();
        int m = minutes.value();
        Span where = minutes.span() != null ? minutes.span()
                : record.fields().cpt().isEmpty() ? record.text().cptCodes().map(TextRecord.Located::span).orElse(null) : null;
        if (codes.contains(CRISIS)) {
            checkCrisis(ctx, codes, m, source, where);
            return;
        }
        List<CptCodes.TimeRule> primaries = codes.stream().distinct().map(CptCodes::rule)
                .flatMap(java.util.Optional::stream).filter(r -> r.kind() == CptCodes.Kind.PRIMARY).toList();
        List<CptCodes.TimeRule> addons = codes.stream().distinct().map(CptCodes::rule)
                .flatMap(java.util.Optional::stream).filter(r -> r.kind() == CptCodes.Kind.ADDON).toList();
        boolean withEm = codes.stream().anyMatch(CptCodes::isEvaluationAndManagement);
        if (primaries.size() == 1 && addons.isEmpty()) {
            CptCodes.TimeRule r = primaries.get(0);
            // With an E/M code on the same claim the minutes may include E/M time: only "too short" is certain.
            boolean lowerOnly = withEm;
            if (m < r.min() || !lowerOnly && r.max() != null && m > r.max()) {
                report(ctx, r, m, source, lowerOnly, where);
            }
        } else if (primaries.isEmpty() && addons.size() == 1) {
            CptCodes.TimeRule r = addons.get(0);
            if (m < r.min()) {
                report(ctx, r, m, source, true, where);
            }
        }
    }

    private static void checkCrisis(RuleContext ctx, List<String> codes, int m, String source, Span where) {
        CptCodes.TimeRule crisis = CptCodes.rule(CRISIS).orElseThrow();
        if (codes.contains(CRISIS_ADDON)) {
            CptCodes.TimeRule extra = CptCodes.rule(CRISIS_ADDON).orElseThrow();
            if (m < extra.min()) {
                ctx.report(Report.of("tooShort").at(where).arg("code", CRISIS + " with +" + CRISIS_ADDON).arg("min", extra.min())
                        .arg("minutes", m).arg("source", source)
                        .suggest("tooShort"));
            }
            return;
        }
        if (m < crisis.min() || m > crisis.max()) {
            report(ctx, crisis, m, source, false, where);
        }
    }

    private static void report(RuleContext ctx, CptCodes.TimeRule r, int m, String source, boolean lowerOnly, Span where) {
        Report base = lowerOnly
                ? Report.of("tooShort").arg("min", r.min())
                : Report.of("outOfRange").arg("range", r.range());
        ctx.report(base.at(where).arg("code", r.code()).arg("minutes", m).arg("source", source)
                .suggest("outOfRange"));
    }
}
