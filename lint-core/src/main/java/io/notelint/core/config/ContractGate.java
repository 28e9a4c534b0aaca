package io.notelint.core.config;

import io.notelint.core.files.LocatedTree;
import io.notelint.core.schema.Contract;
import io.notelint.core.schema.ContractValidator;
import io.notelint.core.schema.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The schema check every YAML/JSON input passes before its reader binds it: the document's contract
 * violations, each placed at the file, line and column where its key is written.
 *
 * <p>The readers use it the same way: validate; when the document breaks its contract, let the reader
 * bind it first, because where the reader refuses too its message says more (the closest known key, the
 * allowed values, the rule's own constraints); otherwise refuse with the schema's violation. A
 * document the schema accepts is then bound.
 */
public final class ContractGate {

    /** A violation placed in its file: {@code location} is "file:line:column", {@code key} the key path. */
    public record Placed(String location, String key, String problem) {
    }

    private ContractGate() {
    }

    /** How the document read into {@code tree} breaks {@code contract}; empty when it keeps it. */
    public static List<Placed> violations(Contract contract, LocatedTree tree) {
        ContractValidator validator = ContractValidator.shipped();
        List<Violation> found = validator.validateValue(contract, folded(tree.root(), validator.enumWords()));
        return found.stream().map(v -> new Placed(locate(tree, v.path()), v.path(), v.problem())).toList();
    }

    /**
     * A copy of the document with every text that is one of the schemas' words in another letter case
     * (or with spaces around it) written as the schema writes it: the readers take {@code severity: Warning}
     * and {@code rules: {x: Off}}, and the gate must not refuse what they accept. The schemas stay the one
     * list of allowed words; the document itself is bound as written.
     */
    static Object folded(Object value, Map<String, String> words) {
        if (value instanceof String s) {
            return words.getOrDefault(s.strip().toLowerCase(Locale.ROOT), s);
        }
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, folded(v, words)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(folded(v, words)));
            return out;
        }
        return value;
    }

    /**
     * The violation to report when only one is: the one deepest in the document. Where a value may take
     * several forms (a rule setting: a word, true/false or a mapping), the validator reports each form it
     * does not match; the deepest names the key actually mistyped.
     */
    public static Placed mostSpecific(List<Placed> violations) {
        Placed best = violations.get(0);
        for (Placed v : violations) {
            if (depth(v.key()) > depth(best.key())) {
                best = v;
            }
        }
        return best;
    }

    private static int depth(String path) {
        return path.isEmpty() ? 0 : path.split("[.\\[]").length;
    }

    /** Where a key path is written; for one that is not (a missing key), where its nearest parent is. */
    public static String locate(LocatedTree tree, String path) {
        String p = path;
        while (!p.isEmpty()) {
            String at = tree.locations().get(p);
            if (at != null) {
                return at;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut > 0 ? p.substring(0, cut) : "";
        }
        return tree.locations().values().stream().findFirst().orElse(tree.source());
    }
}
