package io.notelint.rules.language;

import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.RuleMeta;

/** Judgements of the client's character or motives: "manipulative", "drug-seeking", "difficult patient". */
public final class JudgmentalTermRule extends StigmaLexiconRule {

    private static final RuleMeta META = RuleMeta.builder("stigmatizing-language/judgmental-term",
                    Category.STIGMATIZING_LANGUAGE)
            .appliesToAllKinds()
            .description("Flags labels that judge the client's character or motives, such as 'manipulative', "
                    + "'drug-seeking', 'attention-seeking', 'combative', 'hysterical', 'uncooperative', 'difficult "
                    + "patient' or 'frequent flyer', and suggests describing the behavior instead.")
            .rationale("Stigmatizing descriptors in the record change how later readers treat the client: in a "
                    + "randomised trial, clinicians who read a stigmatizing vignette held more negative attitudes and "
                    + "managed pain less aggressively (Goddu 2018). Negative descriptors are documented more often "
                    + "for Black and publicly insured patients (Sun 2022). A description of what the client said or "
                    + "did carries the clinical information without the judgement. Only uses about the client are "
                    + "flagged ('her ex-husband was combative' is not), negated uses are skipped, and observation words "
                    + "of the mental status exam (angry, agitated, guarded, defensive) are not on the list.")
            .reference("Sun M, et al. Negative Patient Descriptors: Documenting Racial Bias in the Electronic Health "
                    + "Record. Health Affairs 2022;41(2):203-211. doi:10.1377/hlthaff.2021.01423")
            .reference("Park J, et al. Physician Use of Stigmatizing Language in Patient Medical Records. JAMA Netw "
                    + "Open 2021;4(7):e2117052. doi:10.1001/jamanetworkopen.2021.17052")
            .reference("Goddu AP, et al. Do Words Matter? Stigmatizing Language and the Transmission of Bias in the "
                    + "Medical Record. J Gen Intern Med 2018;33(5):685-691. doi:10.1007/s11606-017-4289-2")
            .reference("Walker D, et al. CARE-SD: stigmatizing and doubt marker labels in EHRs. arXiv:2405.05204 (2024)")
            .option(IGNORE)
            .message(MESSAGE, "'{term}' judges the client instead of describing what the client said or did")
            .suggestion(SUGGESTION, SUGGESTION_TEMPLATE)
            .bad("Client is [[manipulative]] and [[attention-seeking]].")
            .bad("Client is an addict; staff described him as [[drug-seeking]].")
            .bad("He became [[hysterical]] when told the visit was over. [[Difficult patient]].")
            .bad("Pt was [[combative]] and [[uncooperative]] during intake.")
            .bad("Known [[frequent flyer]] in the ED.")
            .bad("Client is a [[poor historian]].")
            .good("Client reports the landlord is manipulative and keeps her deposit.")
            .good("Her ex-husband was combative during the custody exchange.")
            .good("Client said \"I was hysterical that night.\"")
            .good("Client was not combative; she sat and answered all questions.")
            .good("It was difficult for her to talk about the assault.")
            .good("Client asked for an early refill of oxycodone; PDMP reviewed.")
            .good("Affect angry, guarded; raised voice twice when the custody hearing came up.")
            .good("She has a lazy eye and wears glasses.")
            .bad("[[Manipulates]] peers into trading their snacks.")
            .good("He works nights and took 6 ER trips for his daughter this year; none were for himself.")
            .build();

    private static final class Holder {
        static final PhraseLexicon<StigmaEntry> LEXICON = StigmaEntry.load("stigma-judgmental.tsv");
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
