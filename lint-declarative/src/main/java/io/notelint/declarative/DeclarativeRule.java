package io.notelint.declarative;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;

/**
 * A rule read from a YAML or JSON rule file (see {@link RuleFiles} and docs/custom-rules.md). To the
 * engine, the docs and the command line it is a rule like any other: its {@link RuleMeta} carries a
 * description generated from the file (unless the file gives one) and the file's examples.
 * Immutable and thread-safe.
 */
public final class DeclarativeRule implements Rule {

    private final RuleMeta meta;
    private final String type;
    private final String source;
    private final Condition gate;
    private final Check check;
    private final String suggestion;

    DeclarativeRule(RuleMeta meta, String type, String source, Condition gate, Check check, String suggestion) {
        this.meta = meta;
        this.type = type;
        this.source = source;
        this.gate = gate;
        this.check = check;
        this.suggestion = suggestion;
    }

    @Override
    public RuleMeta meta() {
        return meta;
    }

    /** The rule type: existence, substitution, occurrence, requirement, sections or field. */
    public String type() {
        return type;
    }

    /** Where the rule was written ("clinic/rules.yaml:12:3"), for messages about the rule itself. */
    public String source() {
        return source;
    }

    @Override
    public void check(RuleContext ctx) {
        AnalyzedNote note = ctx.analysis();
        if (gate != null && !gate.test(note).holds()) {
            return;
        }
        check.run(note, report -> ctx.report(suggestion == null ? report : report.suggest(Check.SUGGESTION)));
    }

    /** Names the rule and its file, never a note. */
    @Override
    public String toString() {
        return "DeclarativeRule[" + meta.id() + " " + type + " at " + source + "]";
    }
}
