package io.notelint.core.declarative;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.rule.Report;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** {@code field}: predicates over structured fields; one note-level finding per predicate that fails. */
record FieldCheck(List<FieldPredicate> expect) implements Check {

    public void run(AnalyzedNote note, Consumer<Report> out) {
        for (FieldPredicate p : expect) {
            if (!p.holds(note)) {
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
