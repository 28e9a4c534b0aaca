package io.notelint.core.config;

import io.notelint.core.files.LocatedTree;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named presets shipped by rule packs as class-path resources {@code notelint/profiles/NAME.yaml}, in
 * the config format; a profile may {@code extends} another. A user config extends a profile and
 * overrides it.
 */
public final class Profiles {

    static final String FOLDER = "notelint/profiles/";

    private Profiles() {
    }

    /** The profiles on the class path, sorted by name. */
    public static List<String> names(ClassLoader loader) {
        return io.notelint.core.files.ClasspathFolder.yamlNames(FOLDER, loader);
    }

    /** The named profile with its parents resolved; throws naming the profile when absent or cyclic. */
    public static LintConfig load(String name, ClassLoader loader) {
        return load(name, loader, new ArrayList<>());
    }

    private static LintConfig load(String name, ClassLoader loader, List<String> chain) {
        if (chain.contains(name)) {
            throw new ConfigException("extends", "profiles extend each other in a cycle: " + chain + " -> " + name, null);
        }
        chain.add(name);
        String resource = FOLDER + name + ".yaml";
        String content;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                List<String> known = names(loader);
                String hint = io.notelint.core.text.DidYouMean.nearest(name, known)
                        .map(k -> " (did you mean '" + k + "'?)").orElse("");
                throw new ConfigException("extends", "unknown profile '" + name + "'" + hint
                        + (known.isEmpty() ? "" : "; the profiles are: " + String.join(", ", known)), null);
            }
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("extends", "cannot read profile '" + name + "'", null);
        }
        LintConfig own = ConfigLoader.fromTree(LocatedTree.parse(content, "profile " + name, false));
        Map<String, RuleSettings> rules = new LinkedHashMap<>();
        java.util.LinkedHashSet<String> packs = new java.util.LinkedHashSet<>();
        if (own.profile() != null) {
            LintConfig parent = load(own.profile(), loader, chain);
            rules.putAll(parent.rules());
            packs.addAll(parent.rulePacks());
        }
        own.rules().forEach((id, s) -> rules.merge(id, s, RuleSettings::overlay));
        packs.addAll(own.rulePacks());
        // a profile names class-path packs only: a file path inside a jar would mean nothing to the user
        return new LintConfig(name, rules, own.nlp(), own.locations(), List.of(), List.copyOf(packs));
    }
}
