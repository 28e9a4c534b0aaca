package io.notelint.declarative;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.rule.Report;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code occurrence}: at least {@code min} and at most {@code max} matches in a scope. Too few is a
 * note-level finding (placed in the scope's section when it is one); too many points at the first
 * match past the maximum.
 */
record OccurrenceCheck(TextMatcher matcher, Scope scope, Integer min, Integer max) implements Check {

    public void run(AnalyzedNote note, Consumer<Report> out) {
        Scope.Regions regions = scope.regions(note);
        if (regions == null) {
            return;
        }
        List<TextMatcher.Hit> hits = matcher.find(note, regions.spans());
        int count = hits.size();
        Report base = Report.of(MESSAGE).arg("count", count).arg("min", min == null ? "0" : min)
                .arg("max", max == null ? "unlimited" : max).arg("scope", scope.describe());
        if (min != null && count < min) {
            out.accept(regions.section() == null ? base : base.inSection(regions.section()));
        } else if (max != null && count > max) {
            out.accept(base.at(hits.get(max).span()));
        }
    }

    public Set<String> placeholders() {
        return Set.of("count", "min", "max", "scope");
    }

    public String describe() {
        String bounds = min != null && max != null ? "between " + min + " and " + max
                : min != null ? "at least " + min : "at most " + max;
        return "Expects " + bounds + " matches of " + matcher.describe() + " in " + scope.describe() + ".";
    }

    public boolean spanOnly() {
        return min == null;
    }
}
