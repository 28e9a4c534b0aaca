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

    @SuppressWarnings("unchecked")
    private static LintConfig bind(LocatedTree tree, Path base) {
        if (tree.root() == null) {
            return new LintConfig(null, Map.of(), null, tree.locations());
        }
        if (!(tree.root() instanceof Map)) {
            throw new ConfigException("", "a config must be a mapping of keys", tree.source());
        }
        Map<String, Object> root = (Map<String, Object>) tree.root();
        for (String key : root.keySet()) {
            if (!TOP_KEYS.contains(key)) {
                String hint = io.notelint.core.text.DidYouMean.nearest(key, TOP_KEYS)
                        .map(k -> " (did you mean '" + k + "'?)").orElse("");
                throw new ConfigException(key, "unknown key" + hint + "; expected one of "
                        + List.copyOf(new java.util.TreeSet<>(TOP_KEYS)), tree.locate(key));
            }
        }
        String profile = optionalString(root, "extends", tree);
        if (profile == null) {
            profile = optionalString(root, "profile", tree);
        }
        String nlp = optionalString(root, "nlp", tree);
        Map<String, RuleSettings> rules = new LinkedHashMap<>();
        Object rulesNode = root.get("rules");
        if (rulesNode != null) {
            if (!(rulesNode instanceof Map)) {
                throw new ConfigException("rules", "must be a mapping of rule id to setting", tree.locate("rules"));
            }
            for (Map.Entry<String, Object> e : ((Map<String, Object>) rulesNode).entrySet()) {
                String key = "rules." + e.getKey();
                rules.put(e.getKey(), ruleSettings(e.getValue(), key, tree));
            }
        }
        List<Path> ruleFiles = new ArrayList<>();
        List<String> files = stringList(root, "ruleFiles", tree);
        if (!files.isEmpty() && base == null) {
            throw new ConfigException("ruleFiles", "not allowed here", tree.locate("ruleFiles"));
        }
        for (int i = 0; i < files.size(); i++) {
            Path p = base == null ? Path.of(files.get(i)) : base.resolve(files.get(i)).normalize();
            if (!Files.exists(p)) {
                String key = "ruleFiles[" + i + "]";
                throw new ConfigException(key, "no such rule file or directory: " + p, tree.locate(key));
            }
            ruleFiles.add(p);
        }
        List<String> rulePacks = stringList(root, "rulePacks", tree);
        return new LintConfig(profile, rules, nlp, tree.locations(), ruleFiles, rulePacks,
                limits(root.get("limits"), tree));
    }

    /** A list of strings (one string counts as a list of one); empty when absent. */
    private static List<String> stringList(Map<String, Object> root, String key, LocatedTree tree) {
        Object v = root.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        if (!(v instanceof List<?> list)) {
            throw new ConfigException(key, "must be a list of strings", tree.locate(key));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String s) || s.isBlank()) {
                String item = key + "[" + i + "]";
                throw new ConfigException(item, "must be a non-empty string", tree.locate(item));
            }
            out.add((String) list.get(i));
        }
        return out;
    }

    /** The {@code limits:} mapping over the defaults; every value a whole number in its range. */
    @SuppressWarnings("unchecked")
    static Limits limits(Object node, LocatedTree tree) {
        if (node == null) {
            return Limits.DEFAULT;
        }
        if (!(node instanceof Map)) {
            throw new ConfigException("limits", "must be a mapping of limit name to value", tree.locate("limits"));
        }
        Map<String, Object> m = (Map<String, Object>) node;
        for (String k : m.keySet()) {
            if (!LIMIT_KEYS.contains(k)) {
                throw new ConfigException("limits." + k, "unknown limit; expected one of "
                        + List.copyOf(new java.util.TreeSet<>(LIMIT_KEYS)), tree.locate("limits." + k));
            }
        }
        Limits l = Limits.DEFAULT;
        l = l.withMaxNoteChars((int) whole(m, Limits.MAX_NOTE_CHARS, 1, Integer.MAX_VALUE, l.maxNoteChars(), tree));
        l = l.withMaxRecordBytes((int) whole(m, Limits.MAX_RECORD_BYTES, 1, Integer.MAX_VALUE - 16, l.maxRecordBytes(), tree));
        l = l.withMaxNestingDepth((int) whole(m, Limits.MAX_NESTING_DEPTH, 1, 10_000, l.maxNestingDepth(), tree));
        l = l.withMaxHistoryEntries((int) whole(m, Limits.MAX_HISTORY_ENTRIES, 0, Integer.MAX_VALUE,
                l.maxHistoryEntries(), tree));
        l = l.withMaxHistoryChars(whole(m, Limits.MAX_HISTORY_CHARS, 0, Long.MAX_VALUE, l.maxHistoryChars(), tree));
        long ms = whole(m, Limits.TIME_BUDGET_MS, 0, 86_400_000L, l.timeBudget().toMillis(), tree);
        return l.withTimeBudget(Duration.ofMillis(ms));
    }

    private static long whole(Map<String, Object> m, String key, long min, long max, long fallback, LocatedTree tree) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        String path = "limits." + key;
        if (!(v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger)) {
            throw new ConfigException(path, "must be a whole number", tree.locate(path));
        }
        java.math.BigInteger n = new java.math.BigInteger(v.toString());
        if (n.compareTo(java.math.BigInteger.valueOf(min)) < 0 || n.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            throw new ConfigException(path, "must be between " + min + " and " + max, tree.locate(path));
        }
        return n.longValueExact();
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
            for (String k : m.keySet()) {
                if (!RULE_KEYS.contains(k)) {
                    throw new ConfigException(key + "." + k, "unknown key; expected enabled, severity or options",
                            tree.locate(key + "." + k));
                }
            }
            boolean enabled = true;
            Object en = m.get("enabled");
            if (en != null) {
                if (!(en instanceof Boolean)) {
                    throw new ConfigException(key + ".enabled", "must be true or false", tree.locate(key + ".enabled"));
                }
                enabled = (Boolean) en;
            }
            Severity severity = null;
            Object sev = m.get("severity");
            if (sev != null) {
                severity = sev instanceof String s ? Severity.parse(s).orElse(null) : null;
                if (severity == null) {
                    throw new ConfigException(key + ".severity", "must be info, warning or error",
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
                "must be off, on, info, warning or error", tree.locate(key)));
    }

    private static String optionalString(Map<String, Object> root, String key, LocatedTree tree) {
        Object v = root.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String)) {
            throw new ConfigException(key, "must be a string", tree.locate(key));
        }
        return (String) v;
    }
}
