package io.notelint.core.config;

import io.notelint.core.limits.Limits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which rules run and how, plus the NLP backend to use. The same model serves files (YAML or JSON,
 * see {@link ConfigLoader}) and code ({@link #builder()}). Immutable.
 *
 * @param profile   the preset this config extends (its rules' settings are the base), or null for all stable rules
 * @param rules     settings by rule id, laid over the profile
 * @param nlp       backend name ("opennlp" unless set)
 * @param locations where each key was written ("file:line:col" by dotted key), for error messages
 * @param ruleFiles declarative rule files and directories to load (resolved against the config file's folder)
 * @param rulePacks declarative rule packs to load from the class path ({@code notelint/packs/NAME.yaml})
 * @param limits    size and time limits for every note ({@code limits:} in a file)
 */
public record LintConfig(String profile, Map<String, RuleSettings> rules, String nlp,
                         Map<String, String> locations, List<Path> ruleFiles, List<String> rulePacks,
                         Limits limits) {

    public static final LintConfig DEFAULT = new LintConfig(null, Map.of(), "opennlp", Map.of());

    public LintConfig {
        rules = Map.copyOf(rules == null ? Map.of() : rules);
        nlp = nlp == null ? "opennlp" : nlp;
        locations = Map.copyOf(locations == null ? Map.of() : locations);
        ruleFiles = List.copyOf(ruleFiles == null ? List.of() : ruleFiles);
        rulePacks = List.copyOf(rulePacks == null ? List.of() : rulePacks);
        limits = limits == null ? Limits.DEFAULT : limits;
    }

    /** A config with the default limits. */
    public LintConfig(String profile, Map<String, RuleSettings> rules, String nlp, Map<String, String> locations,
                      List<Path> ruleFiles, List<String> rulePacks) {
        this(profile, rules, nlp, locations, ruleFiles, rulePacks, Limits.DEFAULT);
    }

    /** A config without declarative rule files or packs. */
    public LintConfig(String profile, Map<String, RuleSettings> rules, String nlp, Map<String, String> locations) {
        this(profile, rules, nlp, locations, List.of(), List.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** This config with another NLP backend (rule files and packs kept). */
    public LintConfig withNlp(String value) {
        return new LintConfig(profile, rules, value, locations, ruleFiles, rulePacks, limits);
    }

    /** This config extending another profile (rules, files and packs kept). */
    public LintConfig withProfile(String value) {
        return new LintConfig(value, rules, nlp, locations, ruleFiles, rulePacks, limits);
    }

    /** This config with other limits (everything else kept). */
    public LintConfig withLimits(Limits value) {
        return new LintConfig(profile, rules, nlp, locations, ruleFiles, rulePacks, value);
    }

    /** Where a key was written, or null. */
    public String locationOf(String key) {
        return locations.get(key);
    }

    public static final class Builder {
        private String profile;
        private final Map<String, RuleSettings> rules = new LinkedHashMap<>();
        private String nlp = "opennlp";
        private final List<Path> ruleFiles = new ArrayList<>();
        private final List<String> rulePacks = new ArrayList<>();
        private Limits limits = Limits.DEFAULT;

        public Builder profile(String value) {
            this.profile = value;
            return this;
        }

        public Builder rule(String id, RuleSettings settings) {
            rules.put(Objects.requireNonNull(id), Objects.requireNonNull(settings));
            return this;
        }

        public Builder disable(String id) {
            return rule(id, RuleSettings.OFF);
        }

        public Builder nlp(String value) {
            this.nlp = value;
            return this;
        }

        /** Declarative rule files or directories to load (see {@code io.notelint.declarative.RuleFiles}). */
        public Builder ruleFile(Path fileOrDirectory) {
            ruleFiles.add(Objects.requireNonNull(fileOrDirectory));
            return this;
        }

        /** A declarative rule pack on the class path, by name ({@code notelint/packs/NAME.yaml}). */
        public Builder rulePack(String name) {
            rulePacks.add(Objects.requireNonNull(name));
            return this;
        }

        public Builder limits(Limits value) {
            this.limits = Objects.requireNonNull(value);
            return this;
        }

        public LintConfig build() {
            return new LintConfig(profile, rules, nlp, Map.of(), ruleFiles, rulePacks, limits);
        }
    }
}
