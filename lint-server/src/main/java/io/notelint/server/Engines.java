package io.notelint.server;

import io.notelint.core.config.LintConfig;
import io.notelint.core.config.Profiles;
import io.notelint.core.engine.Linter;
import io.notelint.grading.Grader;
import io.notelint.grading.Rubric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The linters and graders the server answers with: one for the server's own config, and one per profile
 * a request names ({@code ?profile=training}), built on first use from the server's config with that
 * profile in place of its own (what {@code notelint check --config F --profile P} runs). Linters are
 * immutable and thread-safe, so each is built once and shared by every request.
 */
final class Engines {

    private final LintConfig config;
    private final ClassLoader loader;
    private final Linter serverLinter;
    private final Map<String, Linter> byProfile = new ConcurrentHashMap<>();
    private final Map<String, Rubric> rubrics;
    private final String defaultRubric;

    /**
     * @param config  the server's config (its profile and limits included)
     * @param rubrics the rubrics a grade request may name, the first the default; the built-in one is added
     */
    Engines(LintConfig config, ClassLoader loader, List<Rubric> rubrics) {
        this.config = Objects.requireNonNull(config, "config");
        this.loader = loader == null ? Engines.class.getClassLoader() : loader;
        // built (and warmed up: models loaded, every rule run once) before the server listens, so /readyz is true
        this.serverLinter = Linter.builder().config(config).classLoader(this.loader).build();
        Map<String, Rubric> named = new LinkedHashMap<>();
        for (Rubric r : rubrics) {
            named.putIfAbsent(r.id(), r);
        }
        Rubric builtIn = Rubric.defaultRubric();
        named.putIfAbsent(builtIn.id(), builtIn);
        this.rubrics = Map.copyOf(named);
        this.defaultRubric = named.keySet().iterator().next();
    }

    /** The server's linter (null or blank profile), or the named profile's. */
    Linter linter(String profile) {
        if (profile == null || profile.isBlank()) {
            return serverLinter;
        }
        List<String> known = profiles();
        if (!known.contains(profile)) {
            // the name is not echoed (nothing a client sent is); a cache of made-up names cannot grow
            String hint = io.notelint.core.text.DidYouMean.nearest(profile, known)
                    .map(k -> " (did you mean '" + k + "'?)").orElse("");
            throw ApiError.of(400, "unknown-profile", "unknown profile" + hint + "; the profiles are: "
                    + String.join(", ", known)).failure();
        }
        return byProfile.computeIfAbsent(profile,
                p -> Linter.builder().config(config.withProfile(p)).classLoader(loader).build());
    }

    /** A grader for the named rubric (null: the default) on the profile's linter. */
    Grader grader(String rubric, String profile) {
        String name = rubric == null || rubric.isBlank() ? defaultRubric : rubric;
        Rubric r = rubrics.get(name);
        if (r == null) {
            throw ApiError.of(400, "unknown-rubric", "unknown rubric; the rubrics are: "
                    + String.join(", ", rubricNames())).failure();
        }
        return Grader.builder().rubric(r).linter(linter(profile)).build();
    }

    List<String> rubricNames() {
        List<String> names = new ArrayList<>(rubrics.keySet());
        names.sort(String::compareTo);
        return names;
    }

    String defaultRubric() {
        return defaultRubric;
    }

    List<String> profiles() {
        return Profiles.names(loader);
    }

    /** The profile the server's config starts from, or null. */
    String serverProfile() {
        return config.profile();
    }
}
