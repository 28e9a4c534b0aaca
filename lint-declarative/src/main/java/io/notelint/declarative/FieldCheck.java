package io.notelint.declarative;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.rule.Report;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code field}: predicates over structured fields; a note-level finding for each predicate that
 * fails, at most one per field (an absent field fails "present" and "in [...]" alike: one finding says it).
 */
record FieldCheck(List<FieldPredicate> expect) implements Check {

    public void run(AnalyzedNote note, Consumer<Report> out) {
        Set<String> reported = new HashSet<>();
        for (FieldPredicate p : expect) {
            if (!reported.contains(p.field().name()) && !p.holds(note)) {
                reported.add(p.field().name());
                out.accept(Report.of(MESSAGE).arg("field", p.field().name()).arg("value", p.actual(note))
                        .arg("expected", p.text()));
            }
        }
    }

    public Set<String> placeholders() {
        return Set.of("field", "value", "expected");
    }

    public String describe() {
        return "Expects " + String.join("; ", expect.stream().map(FieldPredicate::text).toList()) + ".";
    }

    public boolean spanOnly() {
        return false;
    }
}
