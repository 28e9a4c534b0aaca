package io.notelint.rules.language;

import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.RuleMeta;

/** Reporting words that cast doubt on the client's account: "claims", "insists", "supposedly". */
public final class DoubtMarkerRule extends StigmaLexiconRule {

    private static final RuleMeta META = RuleMeta.builder("stigmatizing-language/doubt-marker",
                    Category.STIGMATIZING_LANGUAGE)
            .appliesToAllKinds()
            .description("Flags reporting words that cast doubt on the client's account ('claims', 'insists', "
                    + "'adamant', 'supposedly', 'purportedly') and suggests 'reports' or 'states'.")
            .rationale("Questioning the patient's credibility is one of the stigmatizing themes Park et al. found "
                    + "in physicians' notes ('claims', 'insists', 'supposedly'), and in Goddu's trial 'insisting that "
                    + "his pain is still a 10' led to less pain treatment than 'still has 10/10 pain'. The nouns "
                    + "('filed a disability claim') and words about other people ('her mother claims') are not "
                    + "flagged; 'denies' is standard clinical usage and never is.")
            .reference("Park J, et al. Physician Use of Stigmatizing Language in Patient Medical Records. JAMA Netw "
                    + "Open 2021;4(7):e2117052. doi:10.1001/jamanetworkopen.2021.17052")
            .reference("Goddu AP, et al. Do Words Matter? J Gen Intern Med 2018;33(5):685-691. doi:10.1007/s11606-017-4289-2")
            .reference("Walker D, et al. CARE-SD: doubt markers (adamant, claimed, insists). arXiv:2405.05204 (2024)")
            .option(IGNORE)
            .message(MESSAGE, "'{term}' casts doubt on the client's account")
            .suggestion(SUGGESTION, SUGGESTION_TEMPLATE)
            .bad("Client [[claims]] she took her medication every day.")
            .bad("She [[insists]] that her pain is still 10/10.")
            .bad("He [[supposedly]] stopped drinking in May.")
            .bad("Client is [[adamant]] that the voices have stopped.")
            .good("Client filed a disability claim last month.")
            .good("Client reports she took her medication every day.")
            .good("She insisted on paying for the session herself.")
            .good("Her mother claims the client is fine.")
            .good("Exaggerated startle response noted.")
            .good("Client denies SI/HI.")
            .build();

    private static final class Holder {
        static final PhraseLexicon<StigmaEntry> LEXICON = StigmaEntry.load("stigma-doubt.tsv");
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
