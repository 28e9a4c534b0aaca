package io.notelint.rules.reliability;

import io.notelint.core.config.LintConfig;
import io.notelint.core.config.RuleSettings;
import io.notelint.core.engine.Linter;
import io.notelint.core.rule.Rule;
import java.time.Duration;
import java.util.ServiceLoader;

/**
 * A linter with every rule on, experimental ones included, and the declarative pack shipped with the
 * rules: the widest surface to test.
 */
final class AllRules {

    private AllRules() {
    }

    private static final class Holder {
        static final Linter LINTER = build(Duration.ZERO);
    }

    /** Every rule, no time budget (the tests look for wrong answers, not slow ones). */
    static Linter linter() {
        return Holder.LINTER;
    }

    static Linter build(Duration budget) {
        LintConfig.Builder config = LintConfig.builder().rulePack("medicare-psychotherapy");
        for (Rule r : ServiceLoader.load(Rule.class)) {
            config.rule(r.meta().id(), RuleSettings.on());
        }
        return Linter.builder().config(config.build()).timeBudget(budget).build();
    }
}
