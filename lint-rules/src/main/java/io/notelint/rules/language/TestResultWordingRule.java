package io.notelint.rules.language;

import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.RuleMeta;

/** "Clean" and "dirty" for toxicology results or abstinence, and "failed a drug test". */
public final class TestResultWordingRule extends StigmaLexiconRule {

    private static final RuleMeta META = RuleMeta.builder("stigmatizing-language/test-result-wording",
                    Category.STIGMATIZING_LANGUAGE)
            .appliesToAllKinds()
            .description("Flags 'clean' and 'dirty' for drug-test results and abstinence ('UDS clean', 'dirty urine', "
                    + "'has been clean for 45 days', 'failed a drug test') and suggests 'negative'/'positive' or "
                    + "'abstinent'.")
            .rationale("Calling a result or a person 'dirty' implies the person is soiled or bad; NIDA's 'Words "
                    + "Matter' and the VA guide recommend 'tested negative/positive' and 'abstinent' or 'in "
                    + "recovery'. The words are flagged only in a test or substance-use context: 'clean clothes', "
                    + "'cleaned the kitchen', 'clean and well groomed' and 'dirty dishes' stay silent.")
            .reference("NIDA. Words Matter: Terms to Use and Avoid When Talking About Addiction. nida.nih.gov")
            .reference("U.S. Department of Veterans Affairs design system: destigmatizing language in substance use "
                    + "(github.com/department-of-veterans-affairs/vets-design-system-documentation)")
            .option(IGNORE)
            .message(MESSAGE, "'{term}' describes a drug test or abstinence in moral terms")
            .suggestion(SUGGESTION, SUGGESTION_TEMPLATE)
            .bad("UDS [[clean]] today.")
            .bad("Urine drug screen was [[dirty]] for fentanyl.")
            .bad("Client has been [[clean]] for 45 days.")
            .bad("He [[failed a drug test]] at work.")
            .bad("Client is [[clean and sober]] since March.")
            .bad("Client [[got clean]] two years ago through NA.")
            .good("Client appeared clean and well groomed.")
            .good("She cleaned the kitchen and did the laundry.")
            .good("Wearing clean clothes; hygiene good.")
            .good("Client washed the dirty dishes after dinner.")
            .good("Urine drug screen negative for all substances.")
            .good("Her apartment has been clean since the inspection.")
            .good("She will clean the screen of her phone before the test.")
            .build();

    private static final class Holder {
        static final PhraseLexicon<StigmaEntry> LEXICON = StigmaEntry.load("stigma-test-results.tsv");
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
