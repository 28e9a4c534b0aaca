package io.notelint.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * One input of a batch: a file with a known kind, or standard input.
 *
 * @param path null for standard input
 * @param name how the input is named in outputs: the path as the user wrote it (a file found inside a
 *             directory argument is that argument joined with the file's relative path), forward
 *             slashes, or {@code stdin}
 * @param kind what the input holds; null for standard input whose format is detected when it is opened,
 *             and for a directory read whole by an {@link InputFormat}
 * @param format the {@link InputFormat} that reads this input (a FHIR export, say), or null for the
 *               built-in readers
 */
public record InputFile(Path path, String name, Kind kind, InputFormat format) {

    /** An input read by the built-in reader of its kind. */
    public InputFile(Path path, String name, Kind kind) {
        this(path, name, kind, null);
    }

    /** What a file holds, by extension ({@code .gz} after it means gzip, read transparently). */
    public enum Kind {
        /** {@code .jsonl} or {@code .ndjson}: one note object a line. */
        JSON_LINES,
        /** {@code .json}: one note object or an array of them. */
        JSON,
        /** {@code .csv}: a header row, then one note a row (columns mapped by {@link CsvMapping}). */
        CSV,
        /** {@code .txt} or {@code .md}: the whole file is one note's text. */
        TEXT;

        public static Optional<Kind> of(Path file) {
            String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".gz")) {
                n = n.substring(0, n.length() - 3);
            }
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
                return Optional.of(JSON_LINES);
            }
            if (n.endsWith(".json")) {
                return Optional.of(JSON);
            }
            if (n.endsWith(".csv")) {
                return Optional.of(CSV);
            }
            if (n.endsWith(".txt") || n.endsWith(".md")) {
                return Optional.of(TEXT);
            }
            return Optional.empty();
        }
    }

    public static final String STDIN = "stdin";

    /** Standard input, its format detected from its first line (see {@link StdinFormat}). */
    public static InputFile stdin() {
        return new InputFile(null, STDIN, null);
    }

    /** Standard input read as {@code kind} (null: detected). */
    public static InputFile stdin(Kind kind) {
        return new InputFile(null, STDIN, kind);
    }

    public boolean isStdin() {
        return path == null;
    }
}
