package io.notelint.cli.testrules;

import io.notelint.core.rule.Category;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;

/**
 * Test rule: on notes containing STUCKPOKE, waits ten seconds in a loop of its own that never asks
 * the analysis anything and shrugs off interrupts: only the batch's watchdog can get past it. It does
 * end, so tests leave no thread behind for long.
 */
public final class StuckRule implements Rule {

    public static final String ID = "test-cli/stuck";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.ADMINISTRATIVE)
            .severity(Severity.INFO)
            .description("Hangs on a test marker, to test the batch watchdog.")
            .message("never", "never reported")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.text().contains("STUCKPOKE")) {
            return;
        }
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                // deliberately ignored: this rule stands for one that cannot be stopped
            }
        }
    }
}
