package io.notelint.core.config;

import io.notelint.core.files.LocatedTree;
import io.notelint.core.schema.Contract;
import io.notelint.core.text.DidYouMean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads typed values out of a {@link LocatedTree}: the one reader of every YAML/JSON input (config, rule
 * files, rubrics, assignments), so that they all refuse the same mistakes in the same words, each placed
 * at its file, line, column and key path, with the nearest known key for a mistyped one.
 *
 * <p>A reader either collects every problem (an instructor fixes a rubric in one pass) or fails on the
 * first one (config and rule files, whose later checks need the earlier values). One per document; not
 * shared between threads.
 */
public final class TreeReader {

    /**
     * One mistake in a document.
     *
     * @param location "file:line:column" where it was written (or the file alone when unknown)
     * @param key      the key path, e.g. {@code criteria[2].weight}; empty for the document itself
     * @param problem  what is wrong and, where possible, how to put it right; never quotes a note
     */
    public record Problem(String location, String key, String problem) {
        @Override
        public String toString() {
            return location + ": " + (key.isEmpty() ? "" : key + ": ") + problem;
        }
    }

    private final LocatedTree tree;
    private final Function<Problem, ? extends RuntimeException> failFast;
    private final List<Problem> problems = new ArrayList<>();

    private TreeReader(LocatedTree tree, Function<Problem, ? extends RuntimeException> failFast) {
        this.tree = tree;
        this.failFast = failFast;
    }

    /** A reader that records every problem; see {@link #problems()}. Reads return null where a value is unusable. */
    public static TreeReader collecting(LocatedTree tree) {
        return new TreeReader(tree, null);
    }

    /** A reader that throws {@code fail}'s exception at the first problem. */
    public static TreeReader failingFast(LocatedTree tree, Function<Problem, ? extends RuntimeException> fail) {
        return new TreeReader(tree, fail);
    }

    public LocatedTree tree() {
        return tree;
    }

    /** The problems recorded so far, in the order found. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** How many problems have been recorded so far (a part is usable when reading it added none). */
    public int problemCount() {
        return problems.size();
    }

    /** Records a problem at a key path, placed where that key (or its nearest written part) is. */
    public void problem(String path, String problem) {
        add(new Problem(locate(path), path, problem));
    }

    private void add(Problem p) {
        if (failFast != null) {
            throw failFast.apply(p);
        }
        problems.add(p);
    }

    /** The document as a mapping, or null (with a problem) when it is empty or not a mapping. */
    public Map<String, Object> root(String what) {
        if (tree.root() == null) {
            add(new Problem(tree.source(), "", "the file is empty: expected " + what));
            return null;
        }
        return mapping(tree.root(), "", what);
    }

    /** {@code value} as a mapping, or null (with a problem at {@code path}) when it is not one. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> mapping(Object value, String path, String what) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        problem(path, "expected " + what + " (a mapping of keys), not " + kind(value));
        return null;
    }

    /** Refuses every key of {@code map} not in {@code known}, naming the nearest known key and all of them. */
    public void onlyKeys(Map<String, ?> map, String path, Collection<String> known, String what) {
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                problem(join(path, key), unknown("key", key, known, what));
            }
        }
    }

    /**
     * "unknown key for a rule (did you mean 'x'?); known keys: a, b": the words every reader uses for a
     * name that is not one of the {@code known} ones.
     */
    public static String unknown(String noun, String written, Collection<String> known, String what) {
        String hint = DidYouMean.nearestKey(written, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
        return "unknown " + noun + (what == null ? "" : " for " + what) + hint + "; known " + noun + "s: "
                + String.join(", ", known.stream().sorted().toList());
    }

    /** Non-blank text, or null with a problem when absent or unusable. A number counts as its digits (a code such as 90837). */
    public String requiredString(Map<String, Object> map, String path, String key) {
        if (map.get(key) == null) {
            missing(map, path, key, "text");
            return null;
        }
        return optionalString(map, path, key);
    }

    /** Non-blank text when present (a number counts as its digits), else null. */
    public String optionalString(Map<String, Object> map, String path, String key) {
        Object v = map.get(key);
        return v == null ? null : string(v, join(path, key));
    }

    private String string(Object v, String at) {
        if (v instanceof String s) {
            if (s.isBlank()) {
                problem(at, "must not be empty");
                return null;
            }
            return s; // as written: YAML already trims plain text, and a quoted pattern's spaces may matter
        }
        if (v instanceof Number n) {
            return n.toString();
        }
        problem(at, "expected text, not " + kind(v));
        return null;
    }

    /** True or false when present, else null. */
    public Boolean optionalBool(Map<String, Object> map, String path, String key) {
        Object v = map.get(key);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        problem(join(path, key), "expected true or false, not " + kind(v));
        return null;
    }

    /** A whole number in [min, max], or null with a problem when absent or unusable. */
    public Integer requiredInt(Map<String, Object> map, String path, String key, int min, int max) {
        if (map.get(key) == null) {
            missing(map, path, key, "a whole number");
            return null;
        }
        return optionalInt(map, path, key, min, max);
    }

    /** A whole number in [min, max] when present, else null. */
    public Integer optionalInt(Map<String, Object> map, String path, String key, int min, int max) {
        Long n = optionalLong(map, path, key, min, max);
        return n == null ? null : n.intValue();
    }

    /** A whole number in [min, max] when present, else null. */
    public Long optionalLong(Map<String, Object> map, String path, String key, long min, long max) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        String at = join(path, key);
        if (!(v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger)) {
            problem(at, "expected a whole number, not " + (v instanceof Number ? "a decimal" : kind(v)));
            return null;
        }
        java.math.BigInteger n = new java.math.BigInteger(v.toString());
        boolean unbounded = max == Integer.MAX_VALUE || max == Long.MAX_VALUE;
        if (n.compareTo(java.math.BigInteger.valueOf(min)) < 0) {
            problem(at, unbounded ? "must be at least " + min : "must be between " + min + " and " + max);
            return null;
        }
        if (n.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            problem(at, unbounded ? "must be at most " + max : "must be between " + min + " and " + max);
            return null;
        }
        return n.longValueExact();
    }

    /** A list of mappings (empty when absent and not required); an item that is not a mapping is null. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> mappings(Map<String, Object> map, String path, String key, boolean required) {
        Object v = map.get(key);
        if (v == null) {
            if (required) {
                missing(map, path, key, "a list");
            }
            return List.of();
        }
        String at = join(path, key);
        if (!(v instanceof List<?> list)) {
            problem(at, "expected a list, not " + kind(v));
            return List.of();
        }
        if (list.isEmpty() && required) {
            problem(at, "must not be an empty list");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(mapping(list.get(i), at + "[" + i + "]", "an entry"));
        }
        return out;
    }

    /** A list of non-blank texts (empty when absent); a single text counts as a list of one. */
    public List<String> strings(Map<String, Object> map, String path, String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        String at = join(path, key);
        if (v instanceof String || v instanceof Number) {
            String s = string(v, at);
            return s == null ? List.of() : List.of(s);
        }
        if (!(v instanceof List<?> list)) {
            problem(at, "expected text or a list of text, not " + kind(v));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            String s = item instanceof Map || item instanceof List || item instanceof Boolean || item == null
                    ? wrongItem(item, at + "[" + i + "]") : string(item, at + "[" + i + "]");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private String wrongItem(Object item, String at) {
        problem(at, "expected text, not " + kind(item));
        return null;
    }

    /**
     * Validates the whole document against its contract: when reading found nothing wrong, the schema's
     * violations become the problems (where the reader found problems, its words say more).
     */
    public void checkContract(Contract contract) {
        if (problems.isEmpty()) {
            for (ContractGate.Placed v : ContractGate.violations(contract, tree)) {
                add(new Problem(v.location(), v.key(), v.problem()));
            }
        }
    }

    /**
     * Where a key path is written; for a path without a key of its own (a list item), its first written
     * key; for one that is absent, its nearest written parent; else the document's first key or the file.
     */
    public String locate(String path) {
        String at = tree.locations().get(path);
        if (at != null) {
            return at;
        }
        if (!path.isEmpty()) {
            for (Map.Entry<String, String> e : tree.locations().entrySet()) {
                if (e.getKey().startsWith(path + ".") || e.getKey().startsWith(path + "[")) {
                    return e.getValue();
                }
            }
        }
        return ContractGate.locate(tree, path);
    }

    private void missing(Map<String, Object> map, String path, String key, String expected) {
        add(new Problem(locate(path), join(path, key), map.containsKey(key)
                ? "must not be empty: expected " + expected : "required key is missing: expected " + expected));
    }

    /** The path of {@code key} below {@code path}. */
    public static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** What a value is, in the words the messages use. */
    public static String kind(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof Map) {
            return "a mapping";
        }
        if (v instanceof List) {
            return "a list";
        }
        if (v instanceof Number) {
            return "a number";
        }
        if (v instanceof Boolean) {
            return "true/false";
        }
        return "text";
    }
}
