package io.notelint.declarative;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.rule.Report;
import java.util.Set;
import java.util.function.Consumer;

/** {@code substitution}: a term with a preferred replacement; the finding's suggestion names it. */
record SubstitutionCheck(TextMatcher matcher, Scope scope) implements Check {

    /** Used when the rule file gives no suggestion of its own. */
    static final String DEFAULT_SUGGESTION = "Write '{preferred}' instead of '{match}'.";

    public void run(AnalyzedNote note, Consumer<Report> out) {
        Scope.Regions regions = scope.regions(note);
        if (regions == null) {
            return;
        }
        for (TextMatcher.Hit hit : matcher.find(note, regions.spans())) {
            out.accept(Report.of(MESSAGE).at(hit.span()).arg("match", hit.text()).arg("preferred", hit.value())
                    .arg("scope", scope.describe()));
        }
    }

    public Set<String> placeholders() {
        return Set.of("match", "preferred", "scope");
    }

    public String describe() {
        StringBuilder b = new StringBuilder("Suggests a preferred term for ");
        int n = 0;
        for (TextMatcher.Term t : matcher.termList()) {
            if (n == 3) {
                b.append(" and ").append(matcher.termList().size() - 3).append(" more");
                break;
            }
            b.append(n == 0 ? "" : ", ").append('\'').append(t.phrase()).append("' (").append(t.value()).append(')');
            n++;
        }
        return b.append(" in ").append(scope.describe()).append('.').toString();
    }

    public boolean spanOnly() {
        return true;
    }
}
