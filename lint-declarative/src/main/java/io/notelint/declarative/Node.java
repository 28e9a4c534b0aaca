package io.notelint.declarative;

import io.notelint.core.files.LocatedTree;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One mapping of a rule file, with its key path, so that every read can fail with the file, line
 * and key of the offending value. The typed getters accept the natural YAML spellings (a single
 * string where a list is expected) and reject everything else.
 */
final class Node {

    private final LocatedTree tree;
    private final String path;
    private final Map<String, Object> map;

    private Node(LocatedTree tree, String path, Map<String, Object> map) {
        this.tree = tree;
        this.path = path;
        this.map = map;
    }

    /** The mapping at {@code path} of {@code tree}; fails when the value there is not a mapping. */
    @SuppressWarnings("unchecked")
    static Node of(LocatedTree tree, String path, Object value, String what) {
        if (!(value instanceof Map)) {
            throw new RuleFileException(where(tree, path), path.isEmpty() ? null : path, what + " must be a mapping of keys");
        }
        return new Node(tree, path, (Map<String, Object>) value);
    }

    LocatedTree tree() {
        return tree;
    }

    String path() {
        return path;
    }

    /** The dotted path of a child key. */
    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return map.containsKey(key) && map.get(key) != null;
    }

    Object raw(String key) {
        return map.get(key);
    }

    Collection<String> keys() {
        return map.keySet();
    }

    /** An error about {@code key}, placed where the key is written (or, when missing, at this mapping). */
    RuleFileException error(String key, String problem) {
        String child = path(key);
        String at = tree.locations().get(child);
        return new RuleFileException(at != null ? at : where(tree, path), child, problem);
    }

    /** An error about this mapping as a whole. */
    RuleFileException error(String problem) {
        return new RuleFileException(where(tree, path), path.isEmpty() ? null : path, problem);
    }

    /** Fails on the first key that is not allowed, suggesting the closest allowed one. */
    void allowOnly(Collection<String> allowed, String what) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                String hint = Hints.closest(key, allowed).map(k -> " (did you mean '" + k + "'?)").orElse("");
                throw error(key, "unknown key for " + what + hint + "; allowed: " + new TreeSet<>(allowed));
            }
        }
    }

    String requireString(String key) {
        if (!has(key)) {
            throw error(key, "missing; required");
        }
        return string(key, null);
    }

    String string(String key, String fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof String s) {
            if (s.isBlank()) {
                throw error(key, "must not be empty");
            }
            return s;
        }
        if (v instanceof Number n) {
            return n.toString(); // codes such as 90837 written without quotes
        }
        throw error(key, "must be a string, not " + kind(v));
    }

    boolean bool(String key, boolean fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw error(key, "must be true or false, not " + kind(v));
    }

    /** A whole number at least {@code least}, or null when absent. */
    Integer integer(String key, int least) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e9) {
            if (n.intValue() < least) {
                throw error(key, "must be at least " + least);
            }
            return n.intValue();
        }
        throw error(key, "must be a whole number, not " + kind(v));
    }

    /** A list of non-empty strings (a single string counts as a list of one); empty when absent. */
    List<String> stringList(String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof String || v instanceof Number) {
            return List.of(string(key, null));
        }
        if (!(v instanceof List<?> list)) {
            throw error(key, "must be a string or a list of strings, not " + kind(v));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            String itemPath = path(key) + "[" + i + "]";
            if (item instanceof Number n) {
                out.add(n.toString());
            } else if (item instanceof String s && !s.isBlank()) {
                out.add(s);
            } else {
                throw new RuleFileException(where(tree, itemPath), itemPath,
                        "must be a non-empty string, not " + (item instanceof String ? "an empty string" : kind(item)));
            }
        }
        if (out.isEmpty()) {
            throw error(key, "must not be an empty list");
        }
        return out;
    }

    Node child(String key, String what) {
        return of(tree, path(key), map.get(key), what);
    }

    /** A list value; a single non-list value counts as a list of one. Empty when absent. */
    List<Object> list(String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return List.copyOf(l.stream().map(o -> (Object) o).toList());
        }
        return List.of(v);
    }

    /** Where a path was written; for a path without a key of its own, its first written key; else the file. */
    static String where(LocatedTree tree, String path) {
        String at = tree.locations().get(path);
        if (at != null) {
            return at;
        }
        String prefix = path.isEmpty() ? "" : path + ".";
        for (Map.Entry<String, String> e : tree.locations().entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                return e.getValue();
            }
        }
        return tree.source();
    }

    static String kind(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map) {
            return "a mapping";
        }
        if (v instanceof List) {
            return "a list";
        }
        if (v instanceof Boolean) {
            return "true/false";
        }
        if (v instanceof Number) {
            return "a number";
        }
        return "a string";
    }
}
