package io.notelint.server.testrules;

import io.notelint.core.rule.Category;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Test rule: on a note containing HOLDPOKE it holds its worker until the test releases it, so a test can
 * fill the server's work queue, or shut the server down with a request in flight, without timing anything.
 */
public final class HoldRule implements Rule {

    public static final String ID = "test-server/hold";

    /** Counted down when a held note starts; the test waits on it. */
    public static volatile CountDownLatch entered = new CountDownLatch(1);
    /** Counted down by the test to let held notes go. */
    public static volatile CountDownLatch release = new CountDownLatch(1);

    private static final RuleMeta META = RuleMeta.builder(ID, Category.ADMINISTRATIVE)
            .severity(Severity.INFO)
            .description("Holds a note until the test lets it go, to test the work queue and shutdown.")
            .message("held", "held")
            .build();

    /** New latches for the next test. */
    public static void reset() {
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.text().contains("HOLDPOKE")) {
            return;
        }
        entered.countDown();
        try {
            // bounded, so that a failed test cannot hang the build
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
