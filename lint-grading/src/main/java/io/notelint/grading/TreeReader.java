package io.notelint.grading;

import io.notelint.core.files.LocatedTree;
import io.notelint.core.config.ContractGate;
import io.notelint.core.schema.Contract;
import io.notelint.core.text.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads typed values out of a {@link LocatedTree} and collects every problem with its file, line and
 * key, instead of stopping at the first. One per file read; not shared.
 */
final class TreeReader {

    private final LocatedTree tree;
    private final List<GradingFileException.Problem> problems = new ArrayList<>();

    TreeReader(LocatedTree tree) {
        this.tree = tree;
    }

    String source() {
        return tree.source();
    }

    /** The root as a map, or null (with a problem recorded) when the document is not a mapping. */
    @SuppressWarnings("unchecked")
    Map<String, Object> root(String what) {
        if (tree.root() instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        problem("", tree.root() == null ? "the file is empty: expected a " + what
                : "expected a " + what + " (a mapping of keys), not " + kind(tree.root()));
        return null;
    }

    /** Reports keys that are not in {@code known}, with the nearest known key as a hint. */
    void onlyKeys(Map<String, Object> map, String path, Set<String> known) {
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                String hint = nearest(key, known);
                problem(join(path, key), "unknown key" + (hint == null ? "; known keys: " + String.join(", ", sorted(known))
                        : " (did you mean '" + hint + "'?)"));
            }
        }
    }

    /** A non-blank string, or null with a problem recorded. Numbers are not silently turned into text. */
    String requiredString(Map<String, Object> map, String path, String key) {
        Object v = map.get(key);
        if (v == null) {
            missing(map, path, key, "text");
            return null;
        }
        return string(v, join(path, key));
    }

    /** A string when present, else null. */
    String optionalString(Map<String, Object> map, String path, String key) {
        Object v = map.get(key);
        return v == null ? null : string(v, join(path, key));
    }

    private String string(Object v, String at) {
        if (v instanceof String s) {
            if (s.isBlank()) {
                problem(at, "must not be empty");
                return null;
            }
            return s.strip();
        }
        problem(at, "expected text, not " + kind(v));
        return null;
    }

    /**
     * A version: text, or a whole number. A decimal number is refused because YAML reads {@code 1.10}
     * as 1.1, which would silently report the wrong version.
     */
    String version(Map<String, Object> map, String path, String key) {
        Object v = map.get(key);
        if (v == null) {
            missing(map, path, key, "text, e.g. \"1.0\"");
            return null;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger) {
            return v.toString();
        }
        if (v instanceof Number) {
            problem(join(path, key), "write the version in quotes (\"" + v + "\"): an unquoted decimal loses"
                    + " trailing zeros");
            return null;
        }
        return string(v, join(path, key));
    }

    /** A whole number in [min, max], or null with a problem recorded. */
    Integer requiredInt(Map<String, Object> map, String path, String key, int min, int max) {
        if (!map.containsKey(key) || map.get(key) == null) {
            missing(map, path, key, "a whole number");
            return null;
        }
        return integer(map.get(key), join(path, key), min, max);
    }

    Integer optionalInt(Map<String, Object> map, String path, String key, int min, int max) {
        Object v = map.get(key);
        return v == null ? null : integer(v, join(path, key), min, max);
    }

    private Integer integer(Object v, String at, int min, int max) {
        if (!(v instanceof Integer || v instanceof Long)) {
            problem(at, "expected a whole number of points, not " + (v instanceof Number ? "a decimal" : kind(v)));
            return null;
        }
        long n = ((Number) v).longValue();
        if (n < min || n > max) {
            problem(at, "must be between " + min + " and " + max + ", not " + n);
            return null;
        }
        return (int) n;
    }

    /** A list of mappings (empty when absent and not required). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> mappings(Map<String, Object> map, String path, String key, boolean required) {
        Object v = map.get(key);
        if (v == null) {
            if (required) {
                missing(map, path, key, "a list");
            }
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            problem(join(path, key), "expected a list, not " + kind(v));
            return List.of();
        }
        if (list.isEmpty() && required) {
            problem(join(path, key), "must list at least one entry");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item instanceof Map<?, ?> m) {
                out.add((Map<String, Object>) m);
            } else {
                problem(join(path, key) + "[" + i + "]", "expected a mapping of keys, not " + kind(item));
                out.add(null);
            }
        }
        return out;
    }

    /** A list of non-blank strings (empty when absent); a single string is read as a one-item list. */
    List<String> strings(Map<String, Object> map, String path, String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        String at = join(path, key);
        if (v instanceof String) {
            String s = string(v, at);
            return s == null ? List.of() : List.of(s);
        }
        if (!(v instanceof List<?> list)) {
            problem(at, "expected a list of text, not " + kind(v));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String s = string(list.get(i), at + "[" + i + "]");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Records a problem at a key path; its location is where that key was written. */
    void problem(String path, String problem) {
        problems.add(new GradingFileException.Problem(locate(path), path, problem));
    }

    /**
     * Validates the whole document against its schema: when reading it found nothing wrong, the schema's
     * violations become the problems (where the reader found problems, its words say more).
     */
    void checkContract(Contract contract) {
        if (problems.isEmpty()) {
            for (ContractGate.Placed v : ContractGate.violations(contract, tree)) {
                problems.add(new GradingFileException.Problem(v.location(), v.key(), v.problem()));
            }
        }
    }

    /** Throws with every problem recorded, if any. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new GradingFileException(problems);
        }
    }

    /** How many problems have been recorded so far (a part is usable when reading it added none). */
    int problemCount() {
        return problems.size();
    }

    /** Where a key was written; for a key that is absent, where its parent was (the document's first key at the root). */
    String locate(String path) {
        String at = tree.locations().get(path);
        if (at != null) {
            return at;
        }
        int dot = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        if (dot > 0) {
            return locate(path.substring(0, dot));
        }
        return tree.locations().values().stream().findFirst().orElse(tree.source());
    }

    private void missing(Map<String, Object> map, String path, String key, String expected) {
        String at = join(path, key);
        problems.add(new GradingFileException.Problem(locate(path), at,
                map.containsKey(key) ? "must not be empty: expected " + expected : "required key is missing: expected " + expected));
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String kind(Object v) {
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

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    /** The known word within a small edit distance of {@code word}, if one is. */
    static String nearest(String word, Iterable<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            // case-insensitive: "PassMark" is a typo of "passMark", not a different word
            int d = DidYouMean.distance(word.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance || d == bestDistance && best != null && k.compareTo(best) < 0) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(2, word.length() / 3) ? best : null;
    }
}
