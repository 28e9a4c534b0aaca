package io.notelint.core.rule;

/**
 * A documentation check. Implementations are stateless singletons: every per-note value lives in
 * locals of {@link #check}, so one instance serves all threads. Rules are found with
 * {@link java.util.ServiceLoader} (list them in {@code META-INF/services/io.notelint.core.rule.Rule})
 * or added to a {@code Linter.Builder} directly.
 */
public interface Rule {

    /** The rule's metadata; must return the same value every time. */
    RuleMeta meta();

    /** Examines one note and reports through {@code ctx}. May throw: the engine records the error. */
    void check(RuleContext ctx);
}
