package io.notelint.io;

import io.notelint.core.batch.PendingRecord;
import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.batch.RecordReader;
import io.notelint.core.files.IoProblem;
import io.notelint.core.model.NoteError;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns command-line arguments into inputs and inputs into one stream of records. Arguments are files
 * ({@code .jsonl}/{@code .ndjson}, {@code .json}, {@code .csv}, {@code .txt}/{@code .md}, each also
 * gzipped as {@code .gz}), directories (searched recursively for those extensions, in sorted path
 * order so every run reads the same order; README, LICENSE, hidden files and those named in a
 * {@code .notelintignore} are left out and reported: {@link DirectoryWalk}) and {@code -} for standard
 * input (JSON Lines or a JSON document, told apart by {@link StdinFormat}, or a format given by the
 * caller; gzip recognised by its magic bytes there and in any file). Everything is checked before the first record is read, so a typo in
 * the last argument fails at once rather than after an hour of linting.
 */
public final class NoteInputs {

    private NoteInputs() {
    }

    /** An argument that names no usable input; the message names the argument. */
    public static final class InputException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public InputException(String message) {
            super(message);
        }
    }

    /** Resolves arguments to inputs, in argument order; directories expand to their note files, sorted. */
    public static List<InputFile> resolve(List<String> args) {
        return scan(args).files();
    }

    /**
     * Resolves arguments to inputs, in argument order, and says what directory walks left out and which
     * directory arguments held no note file (see {@link DirectoryWalk} for the rule). A file named as
     * an argument is always read; one of an unknown type is an error here.
     */
    public static InputScan scan(List<String> args) {
        List<InputFile> out = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        boolean stdin = false;
        for (String arg : args) {
            if (arg.equals("-")) {
                if (stdin) {
                    throw new InputException("'-' (standard input) given more than once");
                }
                stdin = true;
                out.add(InputFile.stdin());
                continue;
            }
            Path p = Path.of(arg);
            java.util.Optional<InputFormat> format = Files.isReadable(p) ? InputFormats.claiming(p) : java.util.Optional.empty();
            if (format.isPresent()) {
                out.add(new InputFile(p, slashes(arg), InputFile.Kind.of(p).orElse(null), format.get()));
            } else if (Files.isDirectory(p)) {
                DirectoryWalk walk = DirectoryWalk.of(p, arg);
                out.addAll(walk.files());
                skipped.addAll(walk.skipped());
                if (walk.files().isEmpty()) {
                    empty.add(arg);
                }
            } else if (!Files.exists(p)) {
                throw new InputException(arg + ": no such file or directory");
            } else if (!Files.isReadable(p) || !Files.isRegularFile(p)) {
                throw new InputException(arg + ": not a readable file");
            } else {
                InputFile.Kind kind = InputFile.Kind.of(p).orElseThrow(() -> new InputException(arg
                        + ": unknown input type; expected .jsonl, .ndjson, .json, .csv, .txt or .md (optionally .gz)"));
                out.add(new InputFile(p, slashes(arg), kind));
            }
        }
        return new InputScan(out, skipped, empty);
    }

    private static String slashes(String s) {
        return s.replace('\\', '/');
    }

    /**
     * One reader over all inputs in order. Files are opened one at a time, when the previous one is
     * finished; {@code stdin} supplies standard input when an input is {@code -}.
     */
    public static RecordReader open(List<InputFile> inputs, Supplier<InputStream> stdin) {
        return open(inputs, stdin, ReadOptions.DEFAULT);
    }

    /** Like {@link #open(List, Supplier)}, with limits, a policy for invalid UTF-8, a CSV mapping and a progress counter. */
    public static RecordReader open(List<InputFile> inputs, Supplier<InputStream> stdin, ReadOptions options) {
        return new Chained(inputs.iterator(), stdin, options);
    }

    /** A reader for one input. */
    public static RecordReader open(InputFile input, Supplier<InputStream> stdin) {
        return open(input, stdin, ReadOptions.DEFAULT);
    }

    /** A reader for one input: gzip read transparently, limits and the UTF-8 policy applied. */
    public static RecordReader open(InputFile input, Supplier<InputStream> stdin, ReadOptions options) {
        try {
            if (input.format() != null) {
                return input.format().open(input.path(), input.name(), options);
            }
            if (input.isStdin()) {
                InputStreams.Opened opened = InputStreams.opened(stdin.get(), null);
                InputStream in = opened.stream();
                InputFile.Kind kind = input.kind() != null ? input.kind() : StdinFormat.detect(in);
                RecordReader reader = switch (kind) {
                    case JSON_LINES -> new JsonLinesReader(in, input.name(), options);
                    case JSON -> new JsonDocumentReader(in, input.name(), options);
                    case CSV -> new CsvNotesReader(utf8(in), input.name(), options.csv(), options.limits());
                    case TEXT -> {
                        String message = "standard input cannot be read as one plain-text note; save it as a .txt file";
                        throw new UncheckedIOException(message, new IOException(message));
                    }
                };
                return new EndChecks(reader, opened, input.name());
            }
            if (input.kind() == InputFile.Kind.TEXT) {
                return new TextFileReader(input.path(), input.name(), options);
            }
            InputStreams.Opened opened = InputStreams.opened(Files.newInputStream(input.path()), options.consumed());
            InputStream in = opened.stream();
            if (input.kind() != InputFile.Kind.JSON_LINES && Utf8.utf16(in)) {
                in.close(); // the JSON Lines reader names a UTF-16 file on its first line itself
                return new EndChecks(null, null, input.name());
            }
            RecordReader reader = switch (input.kind()) {
                case JSON_LINES -> new JsonLinesReader(in, input.name(), options);
                case JSON -> new JsonDocumentReader(in, input.name(), options);
                case CSV -> new CsvNotesReader(utf8(in), input.name(), options.csv(), options.limits());
                case TEXT -> throw new IllegalStateException("handled above");
            };
            return new EndChecks(reader, opened, input.name());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + input.name() + ": " + IoProblem.describe(e), e);
        }
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The bytes of the input files (compressed sizes for gzip); -1 when standard input is among them. */
    public static long totalBytes(List<InputFile> inputs) {
        long total = 0;
        for (InputFile f : inputs) {
            if (f.isStdin()) {
                return -1;
            }
            try {
                total += Files.isDirectory(f.path()) ? directorySize(f.path()) : Files.size(f.path());
            } catch (IOException e) {
                return -1;
            }
        }
        return total;
    }

    private static long directorySize(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            long total = 0;
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    total += Files.size(f);
                }
            }
            return total;
        }
    }

    /**
     * What only the whole file shows: a file in UTF-16 (one error record in place of its notes, since its
     * text would read as garbage), and bytes after the end of gzip data (one error record after its notes).
     */
    private static final class EndChecks implements RecordReader {
        private final RecordReader inner;
        private final InputStreams.Opened opened;
        private final String name;
        private boolean reported;

        /** {@code inner} null: the file is UTF-16. */
        EndChecks(RecordReader inner, InputStreams.Opened opened, String name) {
            this.inner = inner;
            this.opened = opened;
            this.name = name;
        }

        @Override
        public PendingRecord next() {
            if (inner == null) {
                if (reported) {
                    return null;
                }
                reported = true;
                return new FailedRecord(RecordOrigin.line(name, 1), "line-1", new NoteError("invalid-utf8",
                        "the file is in UTF-16 (saved as \"Unicode\"); NoteLint reads UTF-8: save it as UTF-8", 1));
            }
            PendingRecord r = inner.next();
            if (r == null && !reported && opened.trailingJunk().getAsBoolean()) {
                reported = true;
                return new FailedRecord(RecordOrigin.wholeFile(name), "gzip-trailer", new NoteError("invalid-gzip",
                        "bytes after the end of the gzip data were not read (a damaged file, or data appended to it)", 0));
            }
            return r;
        }

        @Override
        public void close() {
            if (inner != null) {
                inner.close();
            }
        }
    }

    private static final class Chained implements RecordReader {
        private final Iterator<InputFile> inputs;
        private final Supplier<InputStream> stdin;
        private final ReadOptions options;
        private RecordReader current;

        Chained(Iterator<InputFile> inputs, Supplier<InputStream> stdin, ReadOptions options) {
            this.inputs = inputs;
            this.stdin = stdin;
            this.options = options;
        }

        @Override
        public PendingRecord next() {
            while (true) {
                if (current == null) {
                    if (!inputs.hasNext()) {
                        return null;
                    }
                    current = open(inputs.next(), stdin, options);
                }
                PendingRecord r = current.next();
                if (r != null) {
                    return r;
                }
                current.close();
                current = null;
            }
        }

        @Override
        public void close() {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }
}
