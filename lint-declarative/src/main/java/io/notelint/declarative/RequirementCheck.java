package io.notelint.declarative;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.rule.Report;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code requirement}: when a condition holds (text in the note or a section, a field value), required
 * text must appear in a scope. The finding points at the text that triggered the condition, if any.
 */
record RequirementCheck(Condition when, TextMatcher required, Scope scope) implements Check {

    public void run(AnalyzedNote note, Consumer<Report> out) {
        Condition.Outcome trigger = when.test(note);
        if (!trigger.holds()) {
            return;
        }
        Scope.Regions regions = scope.regions(note);
        if (regions != null && !required.find(note, regions.spans()).isEmpty()) {
            return;
        }
        Report r = Report.of(MESSAGE).arg("trigger", trigger.trigger()).arg("scope", scope.describe());
        if (trigger.span() != null) {
            r = r.at(trigger.span());
        } else if (regions != null && regions.section() != null) {
            r = r.inSection(regions.section());
        }
        out.accept(r);
    }

    public Set<String> placeholders() {
        return Set.of("trigger", "scope");
    }

    public String describe() {
        return "When " + when.describe() + ", " + scope.describe() + " must mention " + required.describe() + ".";
    }

    public boolean spanOnly() {
        return false;
    }
}
