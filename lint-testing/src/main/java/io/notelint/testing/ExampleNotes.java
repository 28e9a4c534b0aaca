package io.notelint.testing;

import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.rule.ExampleNote;

/**
 * Turns an example note into the {@link Note} a rule sees, for tests that call a {@code Linter} directly.
 * It goes through the same reader as a note file: an example's field values are read, and found
 * unreadable, exactly as they would be in the input.
 */
public final class ExampleNotes {

    private ExampleNotes() {
    }

    /** The note, its [[span]] markers removed; {@code fallbackId} when the example gives none. */
    public static Note toNote(ExampleNote example, String fallbackId) {
        if (example.textOnly()) {
            return Note.of(fallbackId, MarkedText.parse(example.text()).text());
        }
        String json = NoteJson.mapper().writeValueAsString(example.toTree(t -> MarkedText.parse(t).text()));
        return NoteJson.parseNote(json, fallbackId);
    }
}
