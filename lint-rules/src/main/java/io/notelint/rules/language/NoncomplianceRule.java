package io.notelint.rules.language;

import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.RuleMeta;

/** Wording that casts the client as defiant or at fault: "refused", "noncompliant", "failed treatment". */
public final class NoncomplianceRule extends StigmaLexiconRule {

    private static final RuleMeta META = RuleMeta.builder("stigmatizing-language/noncompliance",
                    Category.STIGMATIZING_LANGUAGE)
            .appliesToAllKinds()
            .description("Flags 'refused', 'noncompliant', 'non-adherent', 'noncompliance' and 'failed treatment' "
                    + "when they describe the client, and suggests 'declined' or a description of what was not done "
                    + "and why.")
            .rationale("'Refused' and 'noncompliant' are among the most frequent negative descriptors in health "
                    + "records (Sun 2022) and frame a choice or a barrier as defiance; Goddu 2018 contrasts 'refuses "
                    + "his oxygen mask' with 'not tolerating the oxygen mask'. 'Failed treatment' blames the person for "
                    + "a treatment that did not work (VA guide). Only uses about the client are flagged: 'her employer "
                    + "refused leave', 'was refused admission' and negated uses stay silent.")
            .reference("Sun M, et al. Negative Patient Descriptors. Health Affairs 2022;41(2):203-211. "
                    + "doi:10.1377/hlthaff.2021.01423")
            .reference("Goddu AP, et al. Do Words Matter? J Gen Intern Med 2018;33(5):685-691. doi:10.1007/s11606-017-4289-2")
            .reference("U.S. Department of Veterans Affairs design system: destigmatizing language (non-compliance, "
                    + "treatment failure)")
            .option(IGNORE)
            .message(MESSAGE, "'{term}' casts the client as defiant or at fault")
            .suggestion(SUGGESTION, SUGGESTION_TEMPLATE)
            .bad("He [[refused]] a urine screen.")
            .bad("Client [[refuses]] to take her medication.")
            .bad("Client remains [[noncompliant]] with lithium.")
            .bad("Client has [[failed]] two SSRI trials.")
            .bad("Medication [[refused]] again this morning.")
            .bad("Ongoing [[non-compliance]] with the treatment plan.")
            .good("Her employer refused leave.")
            .good("Client was refused admission to the shelter.")
            .good("Client declined the urine screen, saying she had used cannabis.")
            .good("Client did not refuse any part of the assessment.")
            .good("The insurance company refused to cover the medication.")
            .good("Claim refused by her insurer last week.")
            .bad("He was reported by his case manager as [[noncompliant]] with lithium and [[refusing]] injections.")
            .good("Her partner, who refuses couples work, waited in the car.")
            .good("Noncompliance: none reported this month.")
            .build();

    private static final class Holder {
        static final PhraseLexicon<StigmaEntry> LEXICON = StigmaEntry.load("stigma-noncompliance.tsv");
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    PhraseLexicon<StigmaEntry> lexicon() {
        return Holder.LEXICON;
    }
}
