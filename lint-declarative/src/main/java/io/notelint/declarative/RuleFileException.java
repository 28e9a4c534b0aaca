package io.notelint.declarative;

import io.notelint.core.config.ConfigException;

/**
 * A rule file that cannot be used: names the file, line and column, and the key (a path such as
 * {@code rules[2].patterns[0]}), like every other configuration error. Never quotes a note.
 */
public final class RuleFileException extends ConfigException {

    private static final long serialVersionUID = 1L;

    public RuleFileException(String location, String key, String problem) {
        super(key, problem, location);
    }
}
