package io.notelint.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A small logic-less HTML template, a subset of Mustache: {@code {{name}}} inserts a value escaped,
 * {@code {{#name}}...{{/name}}} repeats a block for each item of a list (each item a map of names) or shows it
 * when the value is true or present, and {@code {{^name}}...{{/name}}} shows a block when the value is false,
 * absent or an empty list. Names are looked up in the innermost item first, then outwards.
 *
 * <p>Why our own: the pages keep their markup in resource files and every inserted value is escaped unless it is
 * {@link Safe} (markup made by another template or by {@link Html}), so note text can never become markup. That
 * needs about a hundred lines, not a dependency. Parsed once; immutable and thread-safe.
 */
final class Template {

    /** Markup that is inserted as it is: made by a template or an {@link Html} helper, never from input text. */
    record Safe(String html) {
        @Override
        public String toString() {
            return html;
        }
    }

    private sealed interface Part permits Text, Value, Block {
    }

    private record Text(String text) implements Part {
    }

    private record Value(String name) implements Part {
    }

    private record Block(String name, boolean inverted, List<Part> body) implements Part {
    }

    private final String name;
    private final List<Part> parts;

    private Template(String name, List<Part> parts) {
        this.name = name;
        this.parts = parts;
    }

    /** A template from {@code templates/<name>} beside this class. */
    static Template load(String name) {
        String resource = "templates/" + name;
        try (InputStream in = Template.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + resource);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Template parse(String name, String source) {
        Deque<List<Part>> open = new ArrayDeque<>();
        Deque<String[]> openTags = new ArrayDeque<>();
        List<Part> current = new ArrayList<>();
        int at = 0;
        while (true) {
            int start = source.indexOf("{{", at);
            if (start < 0) {
                current.add(new Text(source.substring(at)));
                break;
            }
            int end = source.indexOf("}}", start);
            if (end < 0) {
                throw new IllegalStateException(name + ": unclosed {{ at offset " + start);
            }
            current.add(new Text(source.substring(at, start)));
            String tag = source.substring(start + 2, end).strip();
            at = end + 2;
            if (tag.startsWith("#") || tag.startsWith("^")) {
                open.push(current);
                openTags.push(new String[] {tag.substring(1).strip(), tag.substring(0, 1)});
                current = new ArrayList<>();
            } else if (tag.startsWith("/")) {
                String[] opened = openTags.poll();
                if (opened == null || !opened[0].equals(tag.substring(1).strip())) {
                    throw new IllegalStateException(name + ": {{" + tag + "}} closes nothing open");
                }
                Block block = new Block(opened[0], opened[1].equals("^"), List.copyOf(current));
                current = open.pop();
                current.add(block);
            } else {
                current.add(new Value(tag));
            }
        }
        if (!openTags.isEmpty()) {
            throw new IllegalStateException(name + ": {{#" + openTags.peek()[0] + "}} is never closed");
        }
        return new Template(name, List.copyOf(current));
    }

    /** A map of names to values for {@link #render}, in pairs; values may be null (shown as nothing). */
    static Map<String, Object> vars(Object... namesAndValues) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            out.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }

    /** The page or fragment for these values. */
    Safe render(Map<String, ?> values) {
        StringBuilder out = new StringBuilder(4096);
        Deque<Map<String, ?>> scopes = new ArrayDeque<>();
        scopes.push(values);
        render(parts, scopes, out);
        return new Safe(out.toString());
    }

    private void render(List<Part> body, Deque<Map<String, ?>> scopes, StringBuilder out) {
        for (Part p : body) {
            if (p instanceof Text t) {
                out.append(t.text());
            } else if (p instanceof Value v) {
                Object value = lookup(v.name(), scopes);
                out.append(value instanceof Safe s ? s.html() : Html.esc(value == null ? "" : value.toString()));
            } else if (p instanceof Block b) {
                block(b, lookup(b.name(), scopes), scopes, out);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void block(Block b, Object value, Deque<Map<String, ?>> scopes, StringBuilder out) {
        boolean shown = value != null && !Boolean.FALSE.equals(value) && !(value instanceof List<?> l && l.isEmpty());
        if (b.inverted()) {
            if (!shown) {
                render(b.body(), scopes, out);
            }
            return;
        }
        if (!shown) {
            return;
        }
        List<?> items = value instanceof List<?> l ? l : List.of(value);
        for (Object item : items) {
            if (item instanceof Map<?, ?> m) {
                scopes.push((Map<String, ?>) m);
                render(b.body(), scopes, out);
                scopes.pop();
            } else {
                render(b.body(), scopes, out);
            }
        }
    }

    private Object lookup(String key, Deque<Map<String, ?>> scopes) {
        for (Map<String, ?> scope : scopes) {
            if (scope.containsKey(key)) {
                return scope.get(key);
            }
        }
        throw new IllegalStateException(name + ": no value for {{" + key + "}}");
    }
}
