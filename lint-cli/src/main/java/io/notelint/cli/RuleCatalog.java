package io.notelint.cli;

import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleMeta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every rule on the class path, stable or experimental, sorted by id: what {@code rules} lists and
 * {@code explain} describes. Found the way the linter finds them (ServiceLoader).
 */
final class RuleCatalog {

    private final List<RuleMeta> rules;

    private RuleCatalog(List<RuleMeta> rules) {
        this.rules = List.copyOf(rules);
    }

    static RuleCatalog load() {
        List<RuleMeta> found = new ArrayList<>();
        for (Rule r : ServiceLoader.load(Rule.class, RuleCatalog.class.getClassLoader())) {
            RuleMeta m = r.meta();
            if (found.stream().noneMatch(x -> x.id().equals(m.id()))) {
                found.add(m);
            }
        }
        found.sort(Comparator.comparing(RuleMeta::id));
        return new RuleCatalog(found);
    }

    List<RuleMeta> all() {
        return rules;
    }

    Optional<RuleMeta> find(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The known id nearest to a mistyped one, when it is near enough to be a typo. */
    Optional<String> closest(String id) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (RuleMeta r : rules) {
            int d = distance(id, r.id());
            if (d < bestDistance) {
                bestDistance = d;
                best = r.id();
            }
        }
        return best != null && bestDistance <= Math.max(3, id.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance, two rows. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
