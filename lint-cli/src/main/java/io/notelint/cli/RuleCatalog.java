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
            int d = io.notelint.core.engine.Levenshtein.distance(id, r.id());
            if (d < bestDistance) {
                bestDistance = d;
                best = r.id();
            }
        }
        return best != null && bestDistance <= Math.max(3, id.length() / 3) ? Optional.of(best) : Optional.empty();
    }
}
