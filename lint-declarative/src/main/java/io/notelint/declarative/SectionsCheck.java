package io.notelint.declarative;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Section;
import io.notelint.core.model.SectionKind;
import io.notelint.core.rule.Report;
import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code sections}: the sections a format requires, each found by kind (the built-in detector) or by
 * the organisation's own header labels. Checks a note only when at least {@code minPresent} of them
 * are there (so a clinic's format is not demanded of notes written in another), then reports each
 * one that is missing, or empty unless {@code allowEmpty}.
 */
record SectionsCheck(String format, List<Required> sections, int minPresent, boolean allowEmpty, HeaderScan headers)
        implements Check {

    /** One required section: its name, and either a built-in kind or header labels. */
    record Required(String name, SectionKind kind, List<String> labels) {
    }

    private record State(Required section, boolean present, boolean empty, Span header) {
    }

    public void run(AnalyzedNote note, Consumer<Report> out) {
        List<HeaderScan.Found> custom = headers.find(note.text(), note.sections());
        List<State> states = new ArrayList<>();
        int present = 0;
        for (Required r : sections) {
            State s = r.kind() != null ? byKind(note, r) : byLabel(note, r, custom);
            states.add(s);
            present += s.present() ? 1 : 0;
        }
        if (present < minPresent) {
            return;
        }
        for (State s : states) {
            if (!s.present() || s.empty() && !allowEmpty) {
                Report r = Report.of(MESSAGE).arg("section", s.section().name()).arg("format", format)
                        .arg("problem", s.present() ? "empty" : "missing");
                out.accept(s.header() == null ? r : r.at(s.header()));
            }
        }
    }

    private static State byKind(AnalyzedNote note, Required r) {
        List<Section> found = note.sections().all(r.kind());
        boolean empty = found.stream().allMatch(s -> s.isEmpty(note.text()));
        return new State(r, !found.isEmpty(), empty, found.isEmpty() ? null : found.get(0).headerSpan());
    }

    private static State byLabel(AnalyzedNote note, Required r, List<HeaderScan.Found> custom) {
        List<HeaderScan.Found> found = custom.stream().filter(f -> f.name().equals(r.name())).toList();
        boolean empty = true;
        for (HeaderScan.Found f : found) {
            for (int i = f.body().start(); i < f.body().end() && empty; i++) {
                empty = !Character.isLetterOrDigit(note.text().charAt(i));
            }
        }
        return new State(r, !found.isEmpty(), empty, found.isEmpty() ? null : found.get(0).header());
    }

    public Set<String> placeholders() {
        return Set.of("section", "format", "problem");
    }

    public String describe() {
        return "Notes in the " + format + " format need the sections " + String.join(", ",
                sections.stream().map(Required::name).toList()) + (allowEmpty ? "" : ", each with content")
                + (minPresent > 0 ? " (checked when at least " + minPresent + " of them are present)" : "") + ".";
    }

    public boolean spanOnly() {
        return false;
    }
}
