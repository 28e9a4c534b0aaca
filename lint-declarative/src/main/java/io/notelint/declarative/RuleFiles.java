package io.notelint.declarative;

import io.notelint.core.files.LocatedTree;
import io.notelint.core.config.ContractGate;
import io.notelint.core.schema.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads declarative rules from YAML or JSON files: a file holds one rule (a mapping with {@code type})
 * or a pack (a mapping with a list {@code rules:}); a directory stands for every {@code .yaml},
 * {@code .yml} and {@code .json} file under it. Every mistake fails with the file, line and key
 * ({@link RuleFileException}); rule ids must be unique across everything loaded together.
 *
 * <pre>{@code
 * List<DeclarativeRule> rules = RuleFiles.load(List.of(Path.of("clinic-rules")));
 * Linter linter = Linter.builder().addRuleFiles(Path.of("clinic-rules")).build();   // the same, wired in
 * }</pre>
 *
 * Packs shipped on the class path live at {@code notelint/packs/NAME.yaml} ({@link #loadPack}).
 */
public final class RuleFiles {

    /** Where class-path packs live. */
    public static final String PACK_FOLDER = "notelint/packs/";

    private static final Set<String> PACK_KEYS = Set.of("rules", "name", "description");

    private RuleFiles() {
    }

    /** The rule types a rule file may declare, in the order docs/custom-rules.md presents them. */
    public static List<String> types() {
        return RuleFileParser.TYPES;
    }

    public static List<DeclarativeRule> load(Path... paths) {
        return load(List.of(paths));
    }

    /** Loads files and directories together (ids unique across all of them), in the order given. */
    public static List<DeclarativeRule> load(Collection<Path> paths) {
        List<DeclarativeRule> out = new ArrayList<>();
        for (Path p : paths) {
            for (Path file : filesOf(p)) {
                LocatedTree tree;
                try {
                    tree = LocatedTree.read(file);
                } catch (LocatedTree.TreeException e) {
                    throw new RuleFileException(e.location(), e.key(), problemOf(e));
                }
                out.addAll(fromTree(tree));
            }
        }
        return unique(out);
    }

    /**
     * Loads rule files and directories and class-path packs together, as a linter does: rule ids must
     * be unique across all of them.
     */
    public static List<DeclarativeRule> load(Collection<Path> paths, Collection<String> packs, ClassLoader loader) {
        List<DeclarativeRule> out = new ArrayList<>(load(paths));
        for (String pack : packs) {
            out.addAll(loadPack(pack, loader));
        }
        return unique(out);
    }

    /** Reads rules from text; {@code source} names it in errors. */
    public static List<DeclarativeRule> parse(String content, String source, boolean json) {
        LocatedTree tree;
        try {
            tree = LocatedTree.parse(content, source, json);
        } catch (LocatedTree.TreeException e) {
            throw new RuleFileException(e.location(), e.key(), problemOf(e));
        }
        return unique(fromTree(tree));
    }

    /** The packs shipped on the class path, sorted by name. */
    public static List<String> packNames(ClassLoader loader) {
        return io.notelint.core.files.ClasspathFolder.yamlNames(PACK_FOLDER, loader);
    }

    /** A pack shipped as the class-path resource {@code notelint/packs/NAME.yaml}. */
    public static List<DeclarativeRule> loadPack(String name, ClassLoader loader) {
        String resource = PACK_FOLDER + name + ".yaml";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuleFileException(null, null, "no rule pack '" + name + "' on the class path (" + resource + ")");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, false);
        } catch (IOException e) {
            throw new RuleFileException(resource, null, "cannot read the rule pack");
        }
    }

    /** The rule files a path stands for: itself, or the YAML and JSON files under a directory, sorted. */
    public static List<Path> filesOf(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new RuleFileException(path.toString(), null, "no such rule file or directory");
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(RuleFiles::isRuleFile).sorted().toList();
            if (files.isEmpty()) {
                throw new RuleFileException(path.toString(), null, "directory holds no rule file (*.yaml, *.yml, *.json)");
            }
            return files;
        } catch (IOException e) {
            throw new RuleFileException(path.toString(), null, "cannot list directory: "
                    + io.notelint.core.files.IoProblem.describe(e));
        }
    }

    private static boolean isRuleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    /** Validates the rule file against its schema, then binds it. */
    private static List<DeclarativeRule> fromTree(LocatedTree tree) {
        List<ContractGate.Placed> violations = ContractGate.violations(Contract.RULE_FILE, tree);
        if (!violations.isEmpty()) {
            bind(tree); // where the parser refuses too, its message says more (did-you-mean, allowed values)
            ContractGate.Placed v = ContractGate.mostSpecific(violations);
            throw new RuleFileException(v.location(), v.key().isEmpty() ? null : v.key(), v.problem());
        }
        return bind(tree);
    }

    private static List<DeclarativeRule> bind(LocatedTree tree) {
        Object root = tree.root();
        if (root == null) {
            throw new RuleFileException(tree.source(), null, "empty rule file");
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new RuleFileException(tree.source(), null,
                    "a rule file must be a mapping: one rule (with 'type'), or a pack with a list 'rules:'");
        }
        if (!map.containsKey("rules")) {
            return List.of(RuleFileParser.parse(tree, "", root));
        }
        Node pack = Node.of(tree, "", root, "a rule pack");
        pack.allowOnly(PACK_KEYS, "a rule pack (its rules go in the list 'rules')");
        pack.string("name", null);
        pack.string("description", null);
        Object rules = pack.raw("rules");
        if (!(rules instanceof List<?> list) || list.isEmpty()) {
            throw pack.error("rules", "must be a non-empty list of rules");
        }
        List<DeclarativeRule> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(RuleFileParser.parse(tree, "rules[" + i + "]", list.get(i)));
        }
        return out;
    }

    private static List<DeclarativeRule> unique(List<DeclarativeRule> rules) {
        Map<String, DeclarativeRule> byId = new LinkedHashMap<>();
        for (DeclarativeRule r : rules) {
            DeclarativeRule earlier = byId.putIfAbsent(r.meta().id(), r);
            if (earlier != null) {
                throw new RuleFileException(r.source(), "id", "duplicate rule id '" + r.meta().id() + "' (also at "
                        + earlier.source() + ")");
            }
        }
        return List.copyOf(rules);
    }

    private static String problemOf(LocatedTree.TreeException e) {
        String m = e.getMessage();
        String prefix = e.location() + ": " + (e.key() == null ? "" : e.key() + ": ");
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }
}
