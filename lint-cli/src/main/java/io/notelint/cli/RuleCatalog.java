package io.notelint.cli;

import io.notelint.core.config.ConfigLoader;
import io.notelint.core.config.LintConfig;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.text.DidYouMean;
import io.notelint.declarative.DeclarativeRule;
import io.notelint.declarative.RuleFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every rule a user can turn on, sorted by id: what {@code rules} lists and {@code explain} describes.
 * That is the Java rules on the class path (found the way the linter finds them, with ServiceLoader),
 * the rules of every pack shipped on the class path (a profile or a config's {@code rulePacks} turns
 * them on), and the rule files a config names. Each entry says where it comes from.
 */
final class RuleCatalog {

    /** A rule and where it comes from: null for a built-in or plugin rule, else "pack NAME" or its file. */
    record Entry(RuleMeta meta, String origin) {
    }

    private final List<Entry> rules;

    private RuleCatalog(List<Entry> rules) {
        this.rules = List.copyOf(rules);
    }

    static RuleCatalog load() {
        return load(null);
    }

    /** The catalog, with the rule files and packs of {@code config} (may be null); throws on a bad config. */
    static RuleCatalog load(Path config) {
        ClassLoader loader = RuleCatalog.class.getClassLoader();
        Map<String, Entry> found = new LinkedHashMap<>();
        for (Rule r : ServiceLoader.load(Rule.class, loader)) {
            found.putIfAbsent(r.meta().id(), new Entry(r.meta(), null));
        }
        for (String pack : RuleFiles.packNames(loader)) {
            for (DeclarativeRule r : RuleFiles.loadPack(pack, loader)) {
                found.putIfAbsent(r.meta().id(), new Entry(r.meta(), "pack " + pack));
            }
        }
        if (config != null) {
            LintConfig c = ConfigLoader.load(config);
            for (DeclarativeRule r : RuleFiles.load(c.ruleFiles())) {
                found.putIfAbsent(r.meta().id(), new Entry(r.meta(), r.source()));
            }
        }
        List<Entry> sorted = new ArrayList<>(found.values());
        sorted.sort(Comparator.comparing(e -> e.meta().id()));
        return new RuleCatalog(sorted);
    }

    List<Entry> entries() {
        return rules;
    }

    List<RuleMeta> all() {
        return rules.stream().map(Entry::meta).toList();
    }

    Optional<Entry> find(String id) {
        return rules.stream().filter(r -> r.meta().id().equals(id)).findFirst();
    }

    /** The known id nearest to a mistyped one, when it is near enough to be a typo. */
    Optional<String> closest(String id) {
        return DidYouMean.nearest(id, rules.stream().map(e -> e.meta().id()).toList());
    }
}
