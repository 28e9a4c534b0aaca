package io.notelint.spark;

import io.notelint.core.config.ConfigLoader;
import io.notelint.io.CsvMappingLoader;
import io.notelint.core.config.LintConfig;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How {@link NoteLintSpark} reads and lints a Dataset of notes. Immutable and serializable: it travels
 * with the tasks to the executors, where the {@link Linter} for it is built once per JVM.
 *
 * @param config         the config file's content (YAML or JSON), or null for the defaults; carried as text
 *                       because the driver's file is not on the executors
 * @param configSource   the config file's name, for messages ("notelint.yaml"); ".json" means JSON
 * @param columns        column by target, like the CLI's {@code csv:} mapping ({@code id}, {@code text},
 *                       {@code format}, {@code kind}, {@code history}, {@code fields.NAME},
 *                       {@code fields.NAME.PART}); unmapped columns named like note-format.md are taken as such
 * @param jsonColumn     a column holding each note as JSON text (one JSON Lines line), or null when the
 *                       notes are in columns
 * @param assembleHistory when true, a note with a client id and a session date and no history of its own
 *                       is linted with that client's earlier notes in the Dataset (the history assembly)
 */
public record LintOptions(String config, String configSource, Map<String, String> columns, String jsonColumn,
                          boolean assembleHistory) implements Serializable {

    private static final long serialVersionUID = 1L;

    public LintOptions {
        columns = Map.copyOf(columns);
        configSource = configSource == null ? "config" : configSource;
    }

    /** Every stable rule with its defaults, notes in columns named like note-format.md, history assembled. */
    public static LintOptions defaults() {
        return new LintOptions(null, null, Map.of(), null, true);
    }

    /**
     * The config file's rules, limits and {@code csv:} column mapping (read here, on the driver).
     *
     * @throws io.notelint.core.config.ConfigException naming the file, line and key of a bad config
     */
    public LintOptions withConfigFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the config " + file, e);
        }
        LintOptions withText = new LintOptions(text, file.getFileName().toString(), columns, jsonColumn, assembleHistory);
        withText.lintConfig(); // a bad config fails here, on the driver, not in a task
        Map<String, String> mapped = new LinkedHashMap<>(CsvMappingLoader.load(file).targets());
        mapped.putAll(columns);
        return new LintOptions(text, withText.configSource, mapped, jsonColumn, assembleHistory);
    }

    /** Takes the note part {@code target} from {@code column} ({@code withColumn("text", "body")}). */
    public LintOptions withColumn(String target, String column) {
        Map<String, String> m = new LinkedHashMap<>(columns);
        m.put(Objects.requireNonNull(target, "target"), Objects.requireNonNull(column, "column"));
        return new LintOptions(config, configSource, m, jsonColumn, assembleHistory);
    }

    /** Each note is the JSON text in this column (a note-format.md object, as one line of JSON Lines). */
    public LintOptions withJsonColumn(String column) {
        return new LintOptions(config, configSource, columns, column, assembleHistory);
    }

    public LintOptions withHistoryAssembly(boolean value) {
        return new LintOptions(config, configSource, columns, jsonColumn, value);
    }

    /** The config these options lint with. */
    LintConfig lintConfig() {
        return config == null ? LintConfig.DEFAULT
                : ConfigLoader.parse(config, configSource, configSource.toLowerCase(java.util.Locale.ROOT).endsWith(".json"));
    }

    /** What decides which Linter is built: equal keys share one Linter in an executor JVM. */
    LinterKey linterKey() {
        return new LinterKey(config, configSource);
    }

    @Override
    public String toString() {
        // the config may be long; the key says which one it is
        return "LintOptions[config=" + (config == null ? "default" : configSource) + ", columns=" + columns
                + ", jsonColumn=" + jsonColumn + ", assembleHistory=" + assembleHistory + "]";
    }
}
