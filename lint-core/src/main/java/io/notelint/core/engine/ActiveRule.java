package io.notelint.core.engine;

import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleOptions;
import io.notelint.core.rule.Severity;

/** A rule as configured for one linter: the rule, its effective severity and its resolved options. */
public record ActiveRule(Rule rule, Severity severity, RuleOptions options) {

    public String id() {
        return rule.meta().id();
    }
}
