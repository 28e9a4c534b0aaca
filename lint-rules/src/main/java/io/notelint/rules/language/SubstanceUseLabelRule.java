package io.notelint.rules.language;

import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.RuleMeta;

/** Labels that define a person by substance use: "addict", "alcoholic", "junkie", "substance abuse". */
public final class SubstanceUseLabelRule extends StigmaLexiconRule {

    private static final RuleMeta META = RuleMeta.builder("stigmatizing-language/substance-use-label",
                    Category.STIGMATIZING_LANGUAGE)
            .appliesToAllKinds()
            .description("Flags labels that define the client by substance use ('addict', 'alcoholic', 'junkie', "
                    + "'drug user', 'substance abuser', 'substance abuse', 'drug habit') and suggests person-first "
                    + "wording such as 'person with a substance use disorder'.")
            .rationale("NIDA's 'Words Matter' and the VA's destigmatizing-language guide ask clinicians to use "
                    + "person-first, medically accurate terms: labels like 'addict' and 'abuser' reduce a person to a "
                    + "behavior and are associated with harsher judgements, even among clinicians. Only uses that "
                    + "describe the client are flagged ('her father is an alcoholic' is not), as are not labels used "
                    + "as modifiers ('alcoholic beverages') or the client's own quoted words.")
            .reference("NIDA. Words Matter: Terms to Use and Avoid When Talking About Addiction. nida.nih.gov")
            .reference("U.S. Department of Veterans Affairs design system: destigmatizing language in substance use "
                    + "(github.com/department-of-veterans-affairs/vets-design-system-documentation)")
            .reference("Walker D, et al. CARE-SD: stigmatizing labels (abuser, junkie, alcoholic). arXiv:2405.05204 (2024)")
            .option(IGNORE)
            .message(MESSAGE, "'{term}' labels the client by substance use; use person-first language")
            .suggestion(SUGGESTION, SUGGESTION_TEMPLATE)
            .bad("Client is an [[addict]] who came in asking for a letter.")
            .bad("He describes himself as a [[recovering alcoholic]].")
            .bad("History of [[substance abuse]] since age 16.")
            .bad("Known [[IV drug user]]; last use 3 days ago.")
            .bad("Client [[abuses alcohol]] on weekends.")
            .good("Client's father is an alcoholic.")
            .good("She avoids alcoholic beverages at work events.")
            .good("Opioid use disorder, in early remission; abstinent from opioids for 45 days.")
            .good("Client said \"I'm an addict, plain and simple.\"")
            .good("Her abuser was arrested last week.")
            .good("Client attends an addiction medicine clinic weekly.")
            .good("He grew up in a household full of drug users and moved out at seventeen.")
            .good("She lives with her uncle, who is an alcoholic and drinks daily.")
            .good("SUBSTANCE ABUSE HISTORY: denies alcohol or drug use.")
            .good("FAMILY HISTORY: Father died at 70 of a stroke. He was an alcoholic.")
            .build();

    private static final class Holder {
        static final PhraseLexicon<StigmaEntry> LEXICON = StigmaEntry.load("stigma-substance.tsv");
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
