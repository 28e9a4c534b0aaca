package io.notelint.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One clinical note, immutable: id, text, an optional declared format and kind, typed fields and the
 * earlier notes of the same client (most recent first; their own history is dropped).
 *
 * <p>{@code invalid} names the note-level keys ({@code format}, {@code kind}, {@code history}) that were
 * given but could not be read, with what was expected; they read as absent, and the user is told (the
 * fields' own unreadable values are in {@link NoteFields#invalid()}).
 *
 * <p>{@code toString()} deliberately leaves out the text and fields: a note must never reach a log
 * line by accident.
 */
public record Note(String id, String text, NoteFormat format, NoteFields fields, List<Note> history,
                   Map<String, Object> extra, NoteKind kind, Map<String, String> invalid) {

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        fields = fields == null ? NoteFields.EMPTY : fields;
        history = history == null ? List.of() : List.copyOf(history);
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
        invalid = invalid == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(invalid));
    }

    /** A note with no declared kind and no unreadable note-level key. */
    public Note(String id, String text, NoteFormat format, NoteFields fields, List<Note> history,
                Map<String, Object> extra) {
        this(id, text, format, fields, history, extra, null, Map.of());
    }

    public static Note of(String id, String text) {
        return new Note(id, text, null, NoteFields.EMPTY, List.of(), Map.of());
    }

    public Optional<NoteFormat> declaredFormat() {
        return Optional.ofNullable(format);
    }

    /** The kind the input declared; empty when absent or {@code auto} (then it is inferred). */
    public Optional<NoteKind> declaredKind() {
        return Optional.ofNullable(kind);
    }

    /** The most recent earlier note, if any. */
    public Optional<Note> previous() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(0));
    }

    /** This note with these structured fields ({@link NoteFields#builder()}). */
    public Note withFields(NoteFields value) {
        return new Note(id, text, format, value, history, extra);
    }

    /** This note declared to be of this format (null: detected from the text). */
    public Note withFormat(NoteFormat value) {
        return new Note(id, text, value, fields, history, extra);
    }

    public Note withHistory(List<Note> earlier) {
        return new Note(id, text, format, fields, earlier, extra, kind, invalid);
    }

    @Override
    public String toString() {
        return "Note[id=" + id + ", chars=" + text.length() + ", history=" + history.size() + "]";
    }
}
