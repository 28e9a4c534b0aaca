package io.notelint.cli.testrules;

import io.notelint.core.rule.Category;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.Span;
import java.util.Locale;

/** Test rule: flags every occurrence of a made-up word (option {@code word}), so CLI tests know what to expect. */
public final class FlagWordRule implements Rule {

    public static final String ID = "test-cli/flag-word";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.VAGUE_LANGUAGE)
            .severity(Severity.WARNING)
            .description("Flags a made-up test word.")
            .rationale("The CLI tests need a rule whose findings they can predict exactly.")
            .reference("NoteLint CLI tests")
            .option(OptionSpec.string("word", "zorblat", "The word to flag."))
            .message("word", "'{word}' is the test word")
            .suggestion("meaning", "Say what you mean instead of {word}.")
            .good("Client reports sleeping 7 hours.")
            .bad("Client was [[zorblat]] today.")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        String word = ctx.options().string("word").toLowerCase(Locale.ROOT);
        String text = ctx.text();
        String folded = text.toLowerCase(Locale.ROOT);
        if (folded.length() != text.length()) {
            return; // offsets would not line up; the test notes never need this
        }
        for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length())) {
            Span span = new Span(at, at + word.length());
            ctx.report(Report.of("word").at(span).arg("word", span.in(text)).suggest("meaning"));
        }
    }
}
