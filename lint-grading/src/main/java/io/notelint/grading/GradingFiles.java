package io.notelint.grading;

import io.notelint.core.config.TreeReader;
import io.notelint.core.files.LocatedTree;
import io.notelint.core.schema.Contract;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rubric and assignment files share: a head (id, version, title, description), a list of parts each
 * with a unique id, every problem collected with its file, line and key, then the schema check.
 */
final class GradingFiles {

    /** The head of a grading file. */
    record Head(String id, String version, String title, String description) {
    }

    /** Reads one part (a criterion, a requirement) at {@code path}; null when it has problems. */
    interface PartReader<T> {
        T read(TreeReader r, Map<String, Object> part, String path, Set<String> seenIds);
    }

    /** A document read: its reader (for more keys and problems), its root mapping, head and parts. */
    record Read<T>(TreeReader reader, Map<String, Object> root, Head head, List<T> parts) {
        /** Checks the document against its contract and throws with every problem found, if any. */
        void finish(Contract contract) {
            reader.checkContract(contract);
            throwIfAny(reader);
        }
    }

    private GradingFiles() {
    }

    static <T> Read<T> read(LocatedTree tree, String what, Set<String> rootKeys, String partsKey, PartReader<T> parts) {
        TreeReader r = TreeReader.collecting(tree);
        Map<String, Object> root = r.root("a " + what);
        if (root == null) {
            throwIfAny(r);
        }
        r.onlyKeys(root, "", rootKeys, "a " + what);
        Head head = new Head(RubricReader.id(r, root, "", "id"), version(r, root), r.requiredString(root, "", "title"),
                r.optionalString(root, "", "description"));
        List<T> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Map<String, Object>> items = r.mappings(root, "", partsKey, true);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                T part = parts.read(r, items.get(i), partsKey + "[" + i + "]", seen);
                if (part != null) {
                    out.add(part);
                }
            }
        }
        return new Read<>(r, root, head, out);
    }

    /**
     * The version: text, or a whole number. A decimal number is refused because YAML reads {@code 1.10}
     * as 1.1, which would silently report the wrong version.
     */
    private static String version(TreeReader r, Map<String, Object> root) {
        Object v = root.get("version");
        if (v instanceof Number && !(v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger)) {
            r.problem("version", "write the version in quotes (\"" + v + "\"): an unquoted decimal loses trailing zeros");
            return null;
        }
        return r.requiredString(root, "", "version");
    }

    static void throwIfAny(TreeReader r) {
        if (r.problemCount() > 0) {
            throw new GradingFileException(r.problems());
        }
    }

    /** The known word nearest to {@code word}, or null. */
    static String nearest(String word, java.util.Collection<String> known) {
        return io.notelint.core.text.DidYouMean.nearestKey(word, known).orElse(null);
    }
}
