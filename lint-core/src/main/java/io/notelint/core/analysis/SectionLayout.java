package io.notelint.core.analysis;

import io.notelint.core.model.NoteFormat;
import io.notelint.core.model.SectionKind;
import java.util.List;
import java.util.Optional;

/**
 * The sections of one note, in text order, and the format they add up to.
 *
 * @param declared true when the format came from the note's {@code format} field, false when inferred
 */
public record SectionLayout(NoteFormat format, boolean declared, List<Section> sections) {

    public SectionLayout {
        sections = List.copyOf(sections);
    }

    public boolean structured() {
        return format != NoteFormat.FREE;
    }

    /** The first section of a kind. */
    public Optional<Section> first(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }

    public List<Section> all(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).toList();
    }

    public boolean has(SectionKind kind) {
        return sections.stream().anyMatch(s -> s.kind() == kind);
    }

    /** The section containing an offset (the last one starting at or before it), if any. */
    public Optional<Section> at(int offset) {
        Section hit = null;
        for (Section s : sections) {
            if (s.extent().start() <= offset) {
                hit = s;
            } else {
                break;
            }
        }
        return Optional.ofNullable(hit);
    }
}
