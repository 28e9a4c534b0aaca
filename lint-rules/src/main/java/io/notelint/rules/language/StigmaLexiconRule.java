package io.notelint.rules.language;

import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shared check of the stigmatizing-language rules: each rule is its metadata plus a lexicon of
 * terms with preferred wording; this reports the uses {@link StigmaMatcher} ties to the client, with
 * the entry's preferred wording as the suggestion. Subclasses keep their lexicon in a static holder.
 */
abstract class StigmaLexiconRule implements Rule {

    /** The option every stigmatizing-language rule accepts. */
    static final OptionSpec IGNORE = OptionSpec.stringList("ignore", List.of(),
            "Terms never to flag (matched like the rule's lexicon, inflections included), e.g. [\"refused\"]");

    /** The message id every stigmatizing-language rule declares, with a {term} placeholder. */
    static final String MESSAGE = "term";

    /** The preferred wording comes with each lexicon entry, so the declared suggestion is the entry's advice. */
    static final String SUGGESTION = "preferredWording";

    static final String SUGGESTION_TEMPLATE = "{advice}";

    /** This rule's lexicon, loaded once. */
    abstract PhraseLexicon<StigmaEntry> lexicon();

    @Override
    public final void check(RuleContext ctx) {
        Set<String> ignored = new HashSet<>();
        for (String term : ctx.options().stringList(IGNORE.name())) {
            ignored.add(Lexicons.key(term));
        }
        for (StigmaMatcher.Hit hit : StigmaMatcher.find(ctx.analysis(), lexicon())) {
            if (!ignored.contains(hit.key())) {
                ctx.report(Report.of(MESSAGE).at(hit.span()).arg("term", hit.span().in(ctx.text()))
                        .arg("advice", hit.entry().suggestion()).suggest(SUGGESTION));
            }
        }
    }
}
