package io.notelint.declarative;

import io.notelint.core.text.DidYouMean;
import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Section;
import io.notelint.core.model.SectionKind;
import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where in a note a rule looks: the whole note, sections by kind ({@code plan}, {@code subjective},
 * ...), sections by an organisation's own header label ({@code header:Education}), minus excluded
 * ones ({@code ~subjective}). Header labels themselves are never part of a scope, so a pattern
 * "plan" does not match the "Plan:" header.
 *
 * @param fallbackToNote when the note has none of the named sections: true looks in the whole note
 *                       instead, false skips the note (the missing-section rules report the absence)
 */
record Scope(boolean wholeNote, Set<SectionKind> kinds, List<String> labels, Set<SectionKind> excludedKinds,
             List<String> excludedLabels, boolean fallbackToNote, HeaderScan headers) {

    static final Scope NOTE = new Scope(true, Set.of(), List.of(), Set.of(), List.of(), false,
            new HeaderScan(List.of()));

    private static final String HEADER = "header:";

    /** The text to look in, and the single section it is (for note-level findings), if exactly one. */
    record Regions(List<Span> spans, String section) {
    }

    static Scope parse(Node node, String key, String fallbackKey) {
        boolean fallback = false;
        if (fallbackKey != null && node.has(fallbackKey)) {
            String v = node.string(fallbackKey, "skip");
            switch (v) {
                case "skip" -> fallback = false;
                case "note" -> fallback = true;
                default -> throw node.error(fallbackKey, "must be 'skip' or 'note'");
            }
        }
        if (!node.has(key)) {
            return NOTE;
        }
        boolean whole = false;
        Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        Set<SectionKind> excluded = EnumSet.noneOf(SectionKind.class);
        List<String> labels = new ArrayList<>();
        List<String> excludedLabels = new ArrayList<>();
        List<String> entries = node.stringList(key);
        for (int i = 0; i < entries.size(); i++) {
            String raw = entries.get(i).trim();
            boolean negated = raw.startsWith("~");
            String name = negated ? raw.substring(1).trim() : raw;
            String itemKey = node.path(key) + (node.raw(key) instanceof List ? "[" + i + "]" : "");
            if (name.regionMatches(true, 0, HEADER, 0, HEADER.length())) {
                String label = name.substring(HEADER.length()).trim();
                if (label.isEmpty()) {
                    throw new RuleFileException(Node.where(node.tree(), itemKey), itemKey, "'header:' needs a label, e.g. 'header:Education'");
                }
                (negated ? excludedLabels : labels).add(label);
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("note")) {
                if (negated) {
                    throw new RuleFileException(Node.where(node.tree(), itemKey), itemKey, "'~note' would exclude everything");
                }
                whole = true;
                continue;
            }
            SectionKind kind = kindOf(lower);
            if (kind == null) {
                String hint = DidYouMean.nearestKey(lower, names()).map(k -> " (did you mean '" + k + "'?)").orElse("");
                throw new RuleFileException(Node.where(node.tree(), itemKey), itemKey, "unknown scope '" + name + "'" + hint
                        + "; use note, a section (" + String.join(", ", names())
                        + "), or 'header:Label' for a section with your own header label");
            }
            (negated ? excluded : kinds).add(kind);
        }
        if (!whole && kinds.isEmpty() && labels.isEmpty()) {
            whole = true; // only exclusions: the whole note minus them
        }
        List<String[]> scanLabels = new ArrayList<>();
        labels.forEach(l -> scanLabels.add(new String[] {l, l}));
        excludedLabels.forEach(l -> scanLabels.add(new String[] {l, l}));
        return new Scope(whole, Set.copyOf(kinds), List.copyOf(labels), Set.copyOf(excluded), List.copyOf(excludedLabels),
                fallback, new HeaderScan(scanLabels));
    }

    private static SectionKind kindOf(String lower) {
        for (SectionKind k : SectionKind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return k;
            }
        }
        return null;
    }

    private static List<String> names() {
        List<String> out = new ArrayList<>(Arrays.stream(SectionKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
        out.add(0, "note");
        return out;
    }

    /** The regions of this scope in a note, or null when the note has none of its sections (and no fallback). */
    Regions regions(AnalyzedNote note) {
        List<Span> positive = new ArrayList<>();
        String single = null; // the section's name when the scope is exactly one detected section
        if (wholeNote) {
            positive.addAll(noteBodies(note));
        } else {
            for (Section s : note.sections().sections()) {
                if (kinds.contains(s.kind())) {
                    single = positive.isEmpty() ? s.name() : null;
                    positive.add(s.body());
                }
            }
        }
        List<HeaderScan.Found> custom = headers.isEmpty() ? List.of() : headers.find(note.text(), note.sections());
        if (!wholeNote) {
            for (HeaderScan.Found f : custom) {
                if (labels.contains(f.name())) {
                    positive.add(f.body());
                    single = null;
                }
            }
        }
        if (positive.isEmpty()) {
            if (!fallbackToNote) {
                return null;
            }
            positive.addAll(noteBodies(note));
            single = null;
        }
        List<Span> minus = new ArrayList<>();
        for (Section s : note.sections().sections()) {
            if (excludedKinds.contains(s.kind())) {
                minus.add(s.body());
            }
        }
        for (HeaderScan.Found f : custom) {
            if (excludedLabels.contains(f.name())) {
                minus.add(f.extent());
            }
        }
        if (!custom.isEmpty()) {
            // custom headers are not part of any scope either
            custom.forEach(f -> minus.add(f.header()));
        }
        return new Regions(subtract(positive, minus), single);
    }

    /** Every section body (the header labels left out), or the whole text when it has no sections. */
    private static List<Span> noteBodies(AnalyzedNote note) {
        List<Span> out = new ArrayList<>();
        for (Section s : note.sections().sections()) {
            out.add(s.body());
        }
        if (out.isEmpty()) {
            out.add(new Span(0, note.text().length()));
        }
        return out;
    }

    static List<Span> subtract(List<Span> spans, List<Span> minus) {
        if (minus.isEmpty()) {
            return List.copyOf(spans);
        }
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            List<Span> pieces = new ArrayList<>(List.of(s));
            for (Span m : minus) {
                List<Span> next = new ArrayList<>();
                for (Span p : pieces) {
                    if (!p.overlaps(m)) {
                        next.add(p);
                        continue;
                    }
                    if (m.start() > p.start()) {
                        next.add(new Span(p.start(), m.start()));
                    }
                    if (m.end() < p.end()) {
                        next.add(new Span(m.end(), p.end()));
                    }
                }
                pieces = next;
            }
            out.addAll(pieces);
        }
        return out;
    }

    /** Words for generated descriptions: "the whole note", "the Plan section". */
    String describe() {
        List<String> parts = new ArrayList<>();
        kinds.stream().map(SectionKind::title).sorted().forEach(parts::add);
        parts.addAll(labels);
        String base = wholeNote || parts.isEmpty() ? "the note"
                : "the " + String.join(" or ", parts) + (parts.size() == 1 ? " section" : " sections");
        List<String> not = new ArrayList<>();
        excludedKinds.stream().map(SectionKind::title).sorted().forEach(not::add);
        not.addAll(excludedLabels);
        return not.isEmpty() ? base : base + " outside " + String.join(" and ", new TreeSet<>(not));
    }
}
