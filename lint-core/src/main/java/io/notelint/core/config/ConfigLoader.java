package io.notelint.core.config;

import io.notelint.core.files.LocatedTree;
import io.notelint.core.limits.Limits;
import io.notelint.core.rule.Severity;
import io.notelint.core.schema.Contract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a config file (YAML, or JSON by extension):
 *
 * <pre>
 * extends: default            # a profile; optional
 * nlp: opennlp                # or corenlp
 * rules:
 *   vague-language/vague-status: off          # off | on | info | warning | error
 *   administrative/late-signature:
 *     severity: error
 *     options: { maxDays: 5 }
 * ruleFiles: [clinic-rules/]  # declarative rule files or folders, relative to this file
 * rulePacks: [medicare-psychotherapy]   # declarative packs shipped on the class path
 * limits:                     # optional; each key optional (defaults: Limits.DEFAULT)
 *   maxNoteChars: 1000000
 *   maxRecordBytes: 16777216
 *   maxNestingDepth: 64
 *   maxHistoryEntries: 100
 *   maxHistoryChars: 4000000
 *   timeBudgetMs: 30000       # the watchdog, in CPU time; 0: none
 * </pre>
 *
 * Errors name the file, line, column and key. Rule ids and option values are checked against the
 * rules when the {@code Linter} is built, with the same positions.
 */
public final class ConfigLoader {

    private static final Set<String> TOP_KEYS = Set.of("extends", "profile", "nlp", "rules", "version", "ruleFiles",
            "rulePacks", "limits", "csv"); // csv: how CSV inputs map to notes, read by CsvMappingLoader
    private static final Set<String> LIMIT_KEYS = Set.of(Limits.MAX_NOTE_CHARS, Limits.MAX_RECORD_BYTES,
            Limits.MAX_NESTING_DEPTH, Limits.MAX_HISTORY_ENTRIES, Limits.MAX_HISTORY_CHARS, Limits.TIME_BUDGET_MS);
    private static final Set<String> RULE_KEYS = Set.of("enabled", "severity", "options");
    private static final List<String> SEVERITIES = List.of("info", "warning", "error");

    private ConfigLoader() {
    }

    public static LintConfig load(Path file) {
        try {
            Path base = file.toAbsolutePath().getParent();
            return fromTree(LocatedTree.read(file), base);
        } catch (LocatedTree.TreeException e) {
            throw new ConfigException(e.key(), e.problem(),
                    e.location());
        }
    }

    /** Reads config text; relative rule file paths resolve against the working directory. */
    public static LintConfig parse(String content, String source, boolean json) {
        try {
            return fromTree(LocatedTree.parse(content, source, json), Path.of("").toAbsolutePath());
        } catch (LocatedTree.TreeException e) {
            throw new ConfigException(e.key(), e.problem(),
                    e.location());
        }
    }

    static LintConfig fromTree(LocatedTree tree) {
        return fromTree(tree, null);
    }

    /**
     * Validates the config against its schema, then binds it.
     *
     * @param base the folder relative rule file paths resolve against; null where files make no sense (profiles)
     */
    static LintConfig fromTree(LocatedTree tree, Path base) {
        List<ContractGate.Placed> violations = ContractGate.violations(Contract.CONFIG, tree);
        if (!violations.isEmpty()) {
            bind(tree, base); // where the binder refuses too, its message says more (did-you-mean, allowed values)
            ContractGate.Placed v = ContractGate.mostSpecific(violations);
            throw new ConfigException(v.key(), v.problem(), v.location());
        }
        return bind(tree, base);
    }

    private static LintConfig bind(LocatedTree tree, Path base) {
        if (tree.root() == null) {
            return new LintConfig(null, Map.of(), null, tree.locations());
        }
        TreeReader r = reader(tree);
        Map<String, Object> root = r.mapping(tree.root(), "", "a config");
        r.onlyKeys(root, "", TOP_KEYS, null);
        String profile = r.optionalString(root, "", "extends");
        if (profile == null) {
            profile = r.optionalString(root, "", "profile");
        }
        String nlp = r.optionalString(root, "", "nlp");
        Map<String, RuleSettings> rules = new LinkedHashMap<>();
        if (root.get("rules") != null) {
            for (Map.Entry<String, Object> e : r.mapping(root.get("rules"), "rules", "rule settings").entrySet()) {
                rules.put(e.getKey(), ruleSettings(e.getValue(), "rules." + e.getKey(), tree));
            }
        }
        List<Path> ruleFiles = new ArrayList<>();
        List<String> files = r.strings(root, "", "ruleFiles");
        if (!files.isEmpty() && base == null) {
            r.problem("ruleFiles", "not allowed here");
        }
        for (int i = 0; i < files.size(); i++) {
            Path p = base == null ? Path.of(files.get(i)) : base.resolve(files.get(i)).normalize();
            if (!Files.exists(p)) {
                r.problem("ruleFiles[" + i + "]", "no such rule file or directory: " + p);
            }
            ruleFiles.add(p);
        }
        List<String> rulePacks = r.strings(root, "", "rulePacks");
        return new LintConfig(profile, rules, nlp, tree.locations(), ruleFiles, rulePacks,
                limits(root.get("limits"), tree));
    }

    /** The reader of a config, which fails with a {@link ConfigException} at the first problem. */
    private static TreeReader reader(LocatedTree tree) {
        return TreeReader.failingFast(tree, p -> new ConfigException(p.key(), p.problem(), p.location()));
    }

    /** The {@code limits:} mapping over the defaults; every value a whole number in its range. */
    static Limits limits(Object node, LocatedTree tree) {
        if (node == null) {
            return Limits.DEFAULT;
        }
        TreeReader r = reader(tree);
        Map<String, Object> m = r.mapping(node, "limits", "limits");
        r.onlyKeys(m, "limits", LIMIT_KEYS, "limits");
        Limits l = Limits.DEFAULT;
        l = l.withMaxNoteChars((int) whole(r, m, Limits.MAX_NOTE_CHARS, 1, Integer.MAX_VALUE, l.maxNoteChars()));
        l = l.withMaxRecordBytes((int) whole(r, m, Limits.MAX_RECORD_BYTES, 1, Integer.MAX_VALUE - 16, l.maxRecordBytes()));
        l = l.withMaxNestingDepth((int) whole(r, m, Limits.MAX_NESTING_DEPTH, 1, 10_000, l.maxNestingDepth()));
        l = l.withMaxHistoryEntries((int) whole(r, m, Limits.MAX_HISTORY_ENTRIES, 0, Integer.MAX_VALUE,
                l.maxHistoryEntries()));
        l = l.withMaxHistoryChars(whole(r, m, Limits.MAX_HISTORY_CHARS, 0, Long.MAX_VALUE, l.maxHistoryChars()));
        long ms = whole(r, m, Limits.TIME_BUDGET_MS, 0, 86_400_000L, l.timeBudget().toMillis());
        return l.withTimeBudget(Duration.ofMillis(ms));
    }

    private static long whole(TreeReader r, Map<String, Object> m, String key, long min, long max, long fallback) {
        Long n = r.optionalLong(m, "limits", key, min, max);
        return n == null ? fallback : n;
    }

    @SuppressWarnings("unchecked")
    static RuleSettings ruleSettings(Object value, String key, LocatedTree tree) {
        if (value instanceof Boolean b) {
            return b ? RuleSettings.on() : RuleSettings.OFF;
        }
        if (value instanceof String s) {
            return fromWord(s, key, tree);
        }
        if (value instanceof Map) {
            Map<String, Object> m = (Map<String, Object>) value;
            TreeReader r = reader(tree);
            r.onlyKeys(m, key, RULE_KEYS, "a rule setting");
            boolean enabled = !Boolean.FALSE.equals(r.optionalBool(m, key, "enabled"));
            Severity severity = null;
            Object sev = m.get("severity");
            if (sev != null) {
                severity = sev instanceof String s ? Severity.parse(s).orElse(null) : null;
                if (severity == null) {
                    throw new ConfigException(key + ".severity", io.notelint.core.text.DidYouMean.mustBeOneOf(sev, SEVERITIES),
                            tree.locate(key + ".severity"));
                }
            }
            Map<String, Object> options = Map.of();
            Object opts = m.get("options");
            if (opts != null) {
                if (!(opts instanceof Map)) {
                    throw new ConfigException(key + ".options", "must be a mapping of option name to value",
                            tree.locate(key + ".options"));
                }
                options = (Map<String, Object>) opts;
                for (Map.Entry<String, Object> o : options.entrySet()) {
                    if (o.getValue() == null) {
                        // "maxDays:" with nothing after it (found by fuzzing: it failed as a NullPointerException)
                        String optionKey = key + ".options." + o.getKey();
                        throw new ConfigException(optionKey, "needs a value", tree.locate(optionKey));
                    }
                }
            }
            return new RuleSettings(enabled, severity, options);
        }
        throw new ConfigException(key, "must be off, on, a severity, or a mapping", tree.locate(key));
    }

    private static RuleSettings fromWord(String s, String key, LocatedTree tree) {
        String w = s.trim().toLowerCase(Locale.ROOT);
        if (w.equals("off") || w.equals("false")) {
            return RuleSettings.OFF;
        }
        if (w.equals("on") || w.equals("true")) {
            return RuleSettings.on();
        }
        return Severity.parse(w).map(RuleSettings::severity).orElseThrow(() -> new ConfigException(key,
                io.notelint.core.text.DidYouMean.mustBeOneOf(s, List.of("off", "on", "info", "warning", "error")), tree.locate(key)));
    }
}
