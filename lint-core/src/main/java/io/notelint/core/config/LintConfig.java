package io.notelint.core.config;

import io.notelint.core.limits.Limits;
import java.util.LinkedHashMap;
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
 * @param limits    size and time limits for every note ({@code limits:} in a file)
 */
public record LintConfig(String profile, Map<String, RuleSettings> rules, String nlp,
                         Map<String, String> locations, Limits limits) {

    public static final LintConfig DEFAULT = new LintConfig(null, Map.of(), "opennlp", Map.of(), Limits.DEFAULT);

    public LintConfig {
        rules = Map.copyOf(rules == null ? Map.of() : rules);
        nlp = nlp == null ? "opennlp" : nlp;
        locations = Map.copyOf(locations == null ? Map.of() : locations);
        limits = limits == null ? Limits.DEFAULT : limits;
    }

    /** A config with the default limits. */
    public LintConfig(String profile, Map<String, RuleSettings> rules, String nlp, Map<String, String> locations) {
        this(profile, rules, nlp, locations, Limits.DEFAULT);
    }

    /** This config with other limits. */
    public LintConfig withLimits(Limits value) {
        return new LintConfig(profile, rules, nlp, locations, value);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Where a key was written, or null. */
    public String locationOf(String key) {
        return locations.get(key);
    }

    public static final class Builder {
        private String profile;
        private final Map<String, RuleSettings> rules = new LinkedHashMap<>();
        private String nlp = "opennlp";
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

        public Builder limits(Limits value) {
            this.limits = Objects.requireNonNull(value);
            return this;
        }

        public LintConfig build() {
            return new LintConfig(profile, rules, nlp, Map.of(), limits);
        }
    }
}
