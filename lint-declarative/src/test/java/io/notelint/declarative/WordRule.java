package io.notelint.declarative;

import io.notelint.core.rule.Category;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.text.Span;

/** Flags a word (option "word", default "fine"): a Java rule beside the rule files. */
final class WordRule implements Rule {
    static final RuleMeta META = RuleMeta.builder("vague-language/test-word", Category.VAGUE_LANGUAGE)
            .description("test").rationale("test").option(OptionSpec.string("word", "fine", "the word"))
            .message("hit", "'{word}' found").good("All clear.").bad("It is [[fine]].").build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        String word = ctx.options().string("word");
        int at = ctx.text().indexOf(word);
        while (at >= 0) {
            ctx.report(Report.of("hit").at(new Span(at, at + word.length())).arg("word", word));
            at = ctx.text().indexOf(word, at + 1);
        }
    }
}
