package io.notelint.cli.testrules;

import io.notelint.core.rule.Category;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;

/** Test rule that is experimental: listed, but off unless a profile or config turns it on. */
public final class ExperimentalRule implements Rule {

    public static final String ID = "test-cli/experimental";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.CLONED_CONTENT)
            .description("An experimental test rule.")
            .message("m", "experimental test marker")
            .experimental()
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.text().contains("EXPERIMENTALMARK")) {
            ctx.report(Report.of("m"));
        }
    }
}
