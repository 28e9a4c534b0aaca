package io.notelint.cli;

import io.notelint.core.config.ConfigLoader;
import io.notelint.core.config.LintConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that say which linter a command builds and how many notes it works on at once, shared by
 * {@code check} and {@code grade} as a picocli mixin: {@code --config}, {@code --profile}, {@code --nlp},
 * {@code --threads}.
 */
final class LintOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file (YAML, or JSON by extension): profile, rules on/off, severities, options.")
    Path config;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Start from this profile (default, medicare-psychotherapy, training; overrides the config's 'extends').")
    String profile;

    @Option(names = "--nlp", paramLabel = "NAME", description = "NLP backend (default: the config's, else opennlp).")
    String nlp;

    @Option(names = "--threads", paramLabel = "N",
            description = "Notes worked on in parallel (default: the number of processors). Output order is"
                    + " input order either way.")
    Integer threads;

    /** The config file, or null when none was given. */
    Path configFile() {
        return config;
    }

    /** The config file's settings (the defaults without one), with the command line's profile and backend over them. */
    LintConfig config() {
        LintConfig c = config == null ? LintConfig.DEFAULT : ConfigLoader.load(config);
        if (nlp != null) {
            c = c.withNlp(nlp);
        }
        if (profile != null) {
            c = c.withProfile(profile);
        }
        return c;
    }

    /** How many workers: {@code --threads}, else the number of processors; a usage error outside 1..1024. */
    int workers() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 1024) {
            throw new IllegalArgumentException("--threads must be between 1 and 1024");
        }
        return workers;
    }
}
