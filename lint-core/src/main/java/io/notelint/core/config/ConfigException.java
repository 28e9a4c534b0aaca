package io.notelint.core.config;

/**
 * A configuration that cannot be used: names the key (a dotted path such as {@code rules.plan/next-contact.options.days})
 * and, when read from a file, the file, line and column.
 */
public class ConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String location;

    public ConfigException(String key, String problem, String location) {
        super((location == null ? "" : location + ": ") + (key == null || key.isEmpty() ? "" : key + ": ") + problem);
        this.key = key;
        this.location = location;
    }

    public String key() {
        return key;
    }

    /** "file:line:column", or null for programmatic config. */
    public String location() {
        return location;
    }
}
