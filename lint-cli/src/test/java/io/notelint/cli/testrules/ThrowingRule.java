package io.notelint.cli.testrules;

import io.notelint.core.rule.Category;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;

/**
 * Test rule that fails on notes containing KABOOM, with the note's text in its exception message: the
 * engine and the CLI must report the failure without ever showing that message.
 */
public final class ThrowingRule implements Rule {

    public static final String ID = "test-cli/throws";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.ADMINISTRATIVE)
            .severity(Severity.INFO)
            .description("Fails on a test marker, to test rule failures.")
            .message("never", "never reported")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.text().contains("KABOOM")) {
            throw new IllegalStateException("failed on: " + ctx.text());
        }
    }
}
