package io.notelint.rules.structure;

import static io.notelint.core.rule.ExampleNote.note;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import java.util.List;

/**
 * cloned-content: the note's text is a near copy of an earlier note of the same client (history): the
 * same sentences with dates, scores or a few words changed. Numbers, dates and weekday/month names are
 * masked before comparing, so a copied note with new dates and ratings still reads as a copy; notes
 * shorter than {@code minWords} words are never judged (brief notes of a stable client may
 * legitimately read alike). The finding names the most similar earlier note and the similarity.
 */
public final class NearCopyRule implements Rule {

    private static final RuleMeta META = RuleMeta.builder("cloned-content/near-copy", Category.CLONED_CONTENT)
            .appliesToAllKinds()
            .severity(Severity.WARNING)
            .description("The note is a near copy of an earlier note of the same client: the same sentences with "
                    + "dates, scores or a few words changed.")
            .rationale("CMS calls entries that are exactly alike or similar to other entries in the record cloned "
                    + "documentation; auditors deny services whose notes are not specific to the patient and the "
                    + "date. Copy-forward also carries stale findings (risk, mental status) into new notes.")
            .reference("CMS definition of cloned documentation (as quoted by ICD10monitor); CMS Transmittal 455")
            .reference("OIG OEI-01-11-00571 (2014), CMS and its contractors have adopted few program integrity "
                    + "practices to address vulnerabilities in EHRs (copy-paste)")
            .reference("Steinkamp et al. (2022), Prevalence and sources of duplicate information in the electronic "
                    + "medical record, JAMA Netw Open")
            .reference("Tsimiklis et al. (2025), Intern Med J: similarity measures for copied text in "
                    + "consecutive notes")
            .option(OptionSpec.number("threshold", 0.75,
                    "Similarity (0-1) at or above which a note counts as a copy of an earlier one"))
            .option(OptionSpec.integer("minWords", 25,
                    "Notes with fewer words than this are not judged"))
            .message("nearCopy", "The note is a near copy of earlier note {earlierId} ({similarity}% the same "
                    + "wording once dates and numbers are set aside)")
            .suggestion("nearCopy", "Document this session as it happened: what the client reported today, what you "
                                + "observed and did, and what changed since {earlierId}.")
            .good(note("S: Client reports continued worry about finances and rates anxiety 7/10. She practiced the "
                        + "worry postponement skill twice.\nO: Tense posture, speech normal.\nA: GAD; partial progress "
                        + "toward G1.\nP: Continue worry postponement. Next session in one week.")
                    .previous(note("S: Client describes an argument with her son about curfew and two nights of poor sleep; anxiety "
                            + "8/10 on Sunday. She skipped the worry postponement practice.\nO: Tearful at times, speech "
                            + "normal.\nA: GAD with family stress; G1 stalled.\nP: Rehearse a calm curfew talk. Next session "
                            + "12/4.").id("n-0")))
            .good(note("Client reports continued worry about finances and rates anxiety 7/10.")
                    .previous(note("Client reports continued worry about finances and rates anxiety 8/10.").id("n-0")))
            .good("Client reports continued worry about finances and rates anxiety 7/10. She practiced the worry "
                    + "postponement skill twice this week and reports it helped on Tuesday.")
            .bad(note("S: Client reports continued worry about finances and rates anxiety 7/10. She practiced the "
                        + "worry postponement skill twice.\nO: Tense posture, speech normal, affect anxious.\nA: GAD; "
                        + "partial progress toward G1 (worry postponement daily).\nP: Continue worry postponement. Next "
                        + "session in one week.")
                    .previous(note("S: Client reports continued worry about finances and rates anxiety 8/10. She practiced the "
                            + "worry postponement skill twice.\nO: Tense posture, speech normal, affect anxious.\nA: GAD; "
                            + "partial progress toward G1 (worry postponement daily).\nP: Continue worry postponement. Next "
                            + "session in one week.").id("n-0")))
            .bad(note("Client attended the session on Tuesday 12/2 and reports mood 5/10. Reviewed thought records; "
                        + "client identified two cognitive distortions and generated balanced thoughts. Client denies "
                        + "SI/HI. Continue CBT weekly; next session 12/9.")
                    .previous(note("Client attended the session on Tuesday 11/25 and reports mood 4/10. Reviewed thought records; "
                            + "client identified three cognitive distortions and generated balanced thoughts. Client denies "
                            + "SI/HI. Continue CBT weekly; next session 12/2.").id("n-1")))
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        Note note = ctx.note();
        if (note.history().isEmpty()) {
            return;
        }
        double threshold = ctx.options().number("threshold");
        int minWords = ctx.options().integer("minWords");
        AnalyzedNote now = ctx.analysis();
        if (ShingleIndex.currentWords(now).size() < minWords) {
            return;
        }
        // every earlier note is read and shingled once per lint, into primitive arrays
        ShingleIndex index = now.derived(ShingleIndex.class, ShingleIndex::of);
        Note best = null;
        double bestSimilarity = 0;
        List<Note> history = note.history();
        for (int i = 0; i < history.size(); i++) {
            double sim = index.similarity(i, threshold);
            if (sim >= threshold && sim > bestSimilarity) {
                best = history.get(i);
                bestSimilarity = sim;
            }
        }
        if (best != null) {
            ctx.report(Report.of("nearCopy").arg("earlierId", best.id())
                    .arg("similarity", (int) Math.floor(bestSimilarity * 100))
                    .suggest("nearCopy"));
        }
    }
}
