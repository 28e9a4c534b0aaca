package io.notelint.declarative;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.rule.Report;
import java.util.Set;
import java.util.function.Consumer;

/** {@code existence}: terms or patterns that should not appear; one finding per match. */
record ExistenceCheck(TextMatcher matcher, Scope scope) implements Check {

    public void run(AnalyzedNote note, Consumer<Report> out) {
        Scope.Regions regions = scope.regions(note);
        if (regions == null) {
            return;
        }
        for (TextMatcher.Hit hit : matcher.find(note, regions.spans())) {
            out.accept(Report.of(MESSAGE).at(hit.span()).arg("match", hit.text()).arg("scope", scope.describe()));
        }
    }

    public Set<String> placeholders() {
        return Set.of("match", "scope");
    }

    public String describe() {
        return "Flags " + matcher.describe() + " in " + scope.describe() + ".";
    }

    public boolean spanOnly() {
        return true;
    }
}
