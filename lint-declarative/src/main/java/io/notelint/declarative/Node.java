package io.notelint.declarative;

import io.notelint.core.config.TreeReader;
import io.notelint.core.files.LocatedTree;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One mapping of a rule file with its key path: a view on the shared {@link TreeReader}, which fails at
 * the first mistake with the file, line and key of the offending value, in the words every reader uses.
 * A single string stands for a list of one, and a number for its digits (codes such as 90837).
 */
final class Node {

    private final TreeReader reader;
    private final String path;
    private final Map<String, Object> map;

    private Node(TreeReader reader, String path, Map<String, Object> map) {
        this.reader = reader;
        this.path = path;
        this.map = map;
    }

    /** The mapping at {@code path} of {@code tree}; fails when the value there is not a mapping. */
    static Node of(LocatedTree tree, String path, Object value, String what) {
        TreeReader reader = reader(tree);
        return new Node(reader, path, reader.mapping(value, path, what));
    }

    /** A reader of a rule file that throws a {@link RuleFileException} at the first problem. */
    static TreeReader reader(LocatedTree tree) {
        return TreeReader.failingFast(tree, p -> new RuleFileException(p.location(), p.key().isEmpty() ? null : p.key(),
                p.problem()));
    }

    LocatedTree tree() {
        return reader.tree();
    }

    String path() {
        return path;
    }

    /** The dotted path of a child key. */
    String path(String key) {
        return TreeReader.join(path, key);
    }

    boolean has(String key) {
        return map.get(key) != null;
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
        return new RuleFileException(reader.locate(child), child, problem);
    }

    /** An error about this mapping as a whole. */
    RuleFileException error(String problem) {
        return new RuleFileException(reader.locate(path), path.isEmpty() ? null : path, problem);
    }

    /** Fails on the first key that is not allowed, suggesting the closest allowed one. */
    void allowOnly(Collection<String> allowed, String what) {
        reader.onlyKeys(map, path, allowed, what);
    }

    String requireString(String key) {
        return reader.requiredString(map, path, key);
    }

    String string(String key, String fallback) {
        String s = reader.optionalString(map, path, key);
        return s == null ? fallback : s;
    }

    boolean bool(String key, boolean fallback) {
        Boolean b = reader.optionalBool(map, path, key);
        return b == null ? fallback : b;
    }

    /** A whole number at least {@code least}, or null when absent. */
    Integer integer(String key, int least) {
        return reader.optionalInt(map, path, key, least, Integer.MAX_VALUE);
    }

    /** A list of non-empty strings (a single string counts as a list of one); empty when absent. */
    List<String> stringList(String key) {
        List<String> out = reader.strings(map, path, key);
        if (out.isEmpty() && has(key)) {
            throw error(key, "must not be an empty list"); // it would silently match nothing
        }
        return out;
    }

    Node child(String key, String what) {
        return new Node(reader, path(key), reader.mapping(map.get(key), path(key), what));
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

    /** Where a path was written; for a path without a key of its own, its first written key. */
    static String where(LocatedTree tree, String path) {
        return reader(tree).locate(path);
    }

    static String kind(Object v) {
        return TreeReader.kind(v);
    }
}
