package io.notelint.rules.language;

import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.RuleMeta;

/** Suicide wording that implies a crime, success or failure: "committed suicide", "failed suicide attempt". */
public final class SuicideWordingRule extends StigmaLexiconRule {

    private static final RuleMeta META = RuleMeta.builder("stigmatizing-language/suicide-wording",
                    Category.STIGMATIZING_LANGUAGE)
            .appliesToAllKinds()
            .description("Flags 'committed suicide', 'completed suicide', 'successful suicide' and 'failed suicide "
                    + "attempt', and suggests 'died by suicide' or 'suicide attempt'.")
            .rationale("'Committed' comes from the time suicide was a crime; 'successful' and 'failed' cast death as "
                    + "an achievement and survival as a failure. Suicide-prevention reporting guidance (AFSP, "
                    + "reportingonsuicide.org) recommends 'died by suicide' and 'suicide attempt'. The wording is "
                    + "flagged whoever it is about, since in a progress note it usually describes a relative or "
                    + "friend of the client; quoted speech is left alone.")
            .reference("American Foundation for Suicide Prevention / reportingonsuicide.org: Recommendations for "
                    + "Reporting on Suicide")
            .reference("speakingofsuicide.com: 'The language of suicide' (2013)")
            .option(IGNORE)
            .message(MESSAGE, "'{term}' frames suicide as a crime or as success or failure")
            .suggestion(SUGGESTION, SUGGESTION_TEMPLATE)
            .bad("Her brother [[committed suicide]] in 2019.")
            .bad("History of a [[failed suicide attempt]] by overdose at 17.")
            .bad("Client has thoughts to [[commit suicide]] but no plan.")
            .good("Her brother died by suicide in 2019.")
            .good("History of one suicide attempt by overdose at 17.")
            .good("Client said \"my uncle committed suicide.\"")
            .good("She made a failed attempt to quit smoking last year.")
            .build();

    private static final class Holder {
        static final PhraseLexicon<StigmaEntry> LEXICON = StigmaEntry.load("stigma-suicide.tsv");
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
