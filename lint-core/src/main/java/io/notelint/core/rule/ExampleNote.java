package io.notelint.core.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A note written for a rule's example or test, built in code rather than as an escaped JSON string:
 *
 * <pre>{@code
 * note("Client reports SI with a plan.")
 *     .field("riskLevel", "high")
 *     .field("clinician", Map.of("name", "A. Rivera", "credentials", "LCSW"))
 *     .previous(note("S: Slept poorly.").id("n-1"))
 * }</pre>
 *
 * Field values are written as the note format writes them (docs/note-format.md): strings, numbers,
 * booleans, lists and mappings, so an example can hold an unreadable value ({@code "11/20"} for a
 * date) as well as a good one; the tester reads them exactly as the JSON reader reads a note. The
 * text may carry {@code [[...]]} around the span a span rule must report. Immutable: every call
 * returns a new note. Mappings inside values are kept in key order, so docs show them the same way
 * every time.
 *
 * @param history earlier notes of the same client, most recent first
 */
public record ExampleNote(String text, String id, String format, String kind, Map<String, Object> fields,
                          List<ExampleNote> history) {

    public ExampleNote {
        Objects.requireNonNull(text, "text");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields == null ? Map.of() : fields));
        history = List.copyOf(history == null ? List.of() : history);
    }

    /** A note of this text, no fields, no history. */
    public static ExampleNote note(String text) {
        return new ExampleNote(text, null, null, null, Map.of(), List.of());
    }

    /** This note with a field set, by its name in the note format ({@code sessionDate}, {@code goals}). */
    public ExampleNote field(String name, Object value) {
        Objects.requireNonNull(name, "name");
        Map<String, Object> next = new LinkedHashMap<>(fields);
        next.put(name, plain(value, name));
        return new ExampleNote(text, id, format, kind, next, history);
    }

    /** This note with an earlier note of the client; the first one added is the most recent. */
    public ExampleNote previous(ExampleNote earlier) {
        Objects.requireNonNull(earlier, "earlier");
        List<ExampleNote> next = new ArrayList<>(history);
        next.add(earlier);
        return new ExampleNote(text, id, format, kind, fields, next);
    }

    /** This note with an id (findings about an earlier note name it). */
    public ExampleNote id(String value) {
        return new ExampleNote(text, value, format, kind, fields, history);
    }

    /** This note declared of a format, as the note format writes it ({@code "SOAP"}, {@code "DAP"}). */
    public ExampleNote format(String value) {
        return new ExampleNote(text, id, value, kind, fields, history);
    }

    /** This note declared of a kind of document ({@code "progress"}, {@code "intake"}). */
    public ExampleNote kind(String value) {
        return new ExampleNote(text, id, format, value, fields, history);
    }

    /** True when the note is text alone: no id, format, kind, field or earlier note. */
    public boolean textOnly() {
        return id == null && format == null && kind == null && fields.isEmpty() && history.isEmpty();
    }

    /**
     * The note in the shape of the note format (id, format, kind, text, fields, history), with
     * {@code textOf} applied to every text (to drop the span markers, say); for readers and docs.
     */
    public Map<String, Object> toTree(java.util.function.UnaryOperator<String> textOf) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (id != null) {
            out.put("id", id);
        }
        if (format != null) {
            out.put("format", format);
        }
        if (kind != null) {
            out.put("kind", kind);
        }
        out.put("text", textOf.apply(text));
        if (!fields.isEmpty()) {
            out.put("fields", fields);
        }
        if (!history.isEmpty()) {
            out.put("history", history.stream().map(h -> h.toTree(textOf)).toList());
        }
        return out;
    }

    /**
     * A note read from the note format's shape (a rule file's example mapping): {@code text} required,
     * {@code id}, {@code format}, {@code kind}, {@code fields} and {@code history} optional.
     */
    public static ExampleNote fromTree(Map<?, ?> tree) {
        Object text = tree.get("text");
        if (!(text instanceof String s)) {
            throw new IllegalArgumentException("a note example needs 'text'");
        }
        ExampleNote note = note(s);
        note = tree.get("id") == null ? note : note.id(String.valueOf(tree.get("id")));
        note = tree.get("format") == null ? note : note.format(String.valueOf(tree.get("format")));
        note = tree.get("kind") == null ? note : note.kind(String.valueOf(tree.get("kind")));
        if (tree.get("fields") instanceof Map<?, ?> f) {
            for (Map.Entry<?, ?> e : f.entrySet()) {
                note = note.field(String.valueOf(e.getKey()), e.getValue());
            }
        } else if (tree.get("fields") != null) {
            throw new IllegalArgumentException("'fields' of a note example must be a mapping");
        }
        if (tree.get("history") instanceof List<?> h) {
            for (Object earlier : h) {
                if (!(earlier instanceof Map<?, ?> m)) {
                    throw new IllegalArgumentException("each note in 'history' must be a mapping with 'text'");
                }
                note = note.previous(fromTree(m));
            }
        } else if (tree.get("history") != null) {
            throw new IllegalArgumentException("'history' of a note example must be a list of notes");
        }
        return note;
    }

    /** A value as the note format has it; mappings sorted by key so any Map.of gives the same order. */
    private static Object plain(Object value, String where) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), plain(v, where + "." + k)));
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(plain(v, where + "[]")));
            return Collections.unmodifiableList(out);
        }
        throw new IllegalArgumentException("field " + where + ": write the value as the note format does "
                + "(text, number, true/false, list or mapping), not a " + value.getClass().getSimpleName());
    }

    /** Leaves out the text and fields, like {@code Note}: an example is note text. */
    @Override
    public String toString() {
        return "ExampleNote[chars=" + text.length() + ", fields=" + fields.keySet() + ", history=" + history.size() + "]";
    }
}
