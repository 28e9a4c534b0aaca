package io.notelint.core.batch;

import io.notelint.core.engine.ActiveRule;
import io.notelint.core.engine.Linter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Names the rule a stuck thread is in: the innermost frame of a rule's class (or a class nested in
 * one) on its stack. Built once per linter; immutable.
 */
public final class RuleOnStack implements Function<StackTraceElement[], String> {

    private final Map<String, String> ruleByClass;

    private RuleOnStack(Map<String, String> ruleByClass) {
        this.ruleByClass = Map.copyOf(ruleByClass);
    }

    public static RuleOnStack of(Linter linter) {
        Map<String, String> byClass = new HashMap<>();
        for (ActiveRule r : linter.rules()) {
            byClass.putIfAbsent(r.rule().getClass().getName(), r.id());
        }
        return new RuleOnStack(byClass);
    }

    /** The rule's id, or null when no rule's class is on the stack. */
    @Override
    public String apply(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String cls = frame.getClassName();
            String id = ruleByClass.get(cls);
            int nested = cls.indexOf('$');
            if (id == null && nested > 0) {
                id = ruleByClass.get(cls.substring(0, nested));
            }
            if (id != null) {
                return id;
            }
        }
        return null;
    }
}
