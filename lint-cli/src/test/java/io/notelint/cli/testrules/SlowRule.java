package io.notelint.cli.testrules;

import io.notelint.core.analysis.Sentence;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;

/**
 * Test rule: on notes containing SLOWPOKE, re-reads the tokens of every sentence for up to a minute.
 * It asks the analysis on every turn, so the engine's time budget stops it (a cooperative overrun).
 */
public final class SlowRule implements Rule {

    public static final String ID = "test-cli/slow";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.ADMINISTRATIVE)
            .severity(Severity.INFO)
            .description("Takes far too long on a test marker, to test the time budget.")
            .message("never", "never reported")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.text().contains("SLOWPOKE")) {
            return;
        }
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            for (Sentence s : ctx.analysis().sentences()) {
                ctx.analysis().tokens(s);
            }
        }
    }
}
