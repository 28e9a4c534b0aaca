package io.notelint.cli;

import io.notelint.core.batch.BatchRunner;
import io.notelint.core.batch.RecordReader;
import io.notelint.core.config.ConfigException;
import io.notelint.core.config.LintConfig;
import io.notelint.core.engine.Linter;
import io.notelint.core.files.IoProblem;
import io.notelint.core.limits.Limits;
import io.notelint.core.rule.Severity;
import io.notelint.io.CsvMapping;
import io.notelint.io.CsvMappingLoader;
import io.notelint.io.InputFile;
import io.notelint.io.InputScan;
import io.notelint.io.InvalidUtf8;
import io.notelint.io.NoteInputs;
import io.notelint.io.ReadOptions;
import io.notelint.output.HtmlResultWriter;
import io.notelint.output.ResultFormat;
import io.notelint.output.ResultWriter;
import io.notelint.output.TextResultWriter;
import io.notelint.output.ToolInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notelint check}: lints notes from files, directories or standard input. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Lints notes and reports findings.",
            "",
            "Inputs: .jsonl/.ndjson (one note object a line), .json (a note or an array of notes), .csv (a header"
                    + " row, then one note a row; columns named like the spec, or mapped under csv: in the config),"
                    + " .txt/.md (one note per file, the file name is its id), each of them also gzipped (.gz),"
                    + " directories (searched recursively for those, in sorted order; README, LICENSE and the like,"
                    + " hidden files and what a .notelintignore names are left out, and said so), and - for standard"
                    + " input (JSON Lines or one JSON document, gzip or not; see --input-format).",
            "Progress and a summary go to standard error when it is a terminal (or with --progress).",
            "A record that is not a note (malformed JSON, no id or text) gets an error result at its place and"
                    + " the batch goes on: one result per input record, in input order.",
            ""},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:nothing reached --fail-on",
            "1:a finding reached --fail-on, or a record could not be read, or a rule failed",
            "2:usage error, bad config, missing or unreadable input, or output that cannot be written",
            "3:the watchdog stopped a note: a rule used more than the CPU time budget (see --time-budget)"})
final class CheckCommand implements Callable<Integer> {

    private final Streams io;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files, directories, or - for standard input (JSON Lines or a JSON document).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--input-format", paramLabel = "FORMAT", converter = Converters.StdinKind.class,
            defaultValue = "auto",
            description = "How to read standard input (-): auto (JSON Lines, or one JSON document or array,"
                    + " told apart by its first line), jsonl, json or csv. Default: ${DEFAULT-VALUE}.")
    Converters.StdinChoice inputFormat;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.Format.class,
            description = "Output: text, json, jsonl, sarif, csv or html (default: ${DEFAULT-VALUE}).", defaultValue = "text")
    ResultFormat format;

    @Option(names = "--redact", negatable = true,
            description = "Leave every note and field content out of the report: messages name the rule and the"
                    + " position only, no excerpt, suggestion or section. The default for sarif (turn it off with"
                    + " --no-redact); for json, jsonl and csv on request; text and html show the note by design.")
    Boolean redact;

    @Option(names = "--html-max-notes", paramLabel = "N", defaultValue = "200",
            description = "In html output, the notes shown in full with their findings (default: ${DEFAULT-VALUE});"
                    + " the counts always cover every note.")
    int htmlMaxNotes;

    @Option(names = "--progress", negatable = true,
            description = "Show progress and a closing summary on standard error (default: when it is a terminal).")
    Boolean progress;

    @Mixin
    LintOptions lintOptions = new LintOptions();

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = Converters.Level.class, defaultValue = "error",
            description = "Exit 1 when a finding is at least this severe: info, warning or error"
                    + " (default: ${DEFAULT-VALUE}).")
    Severity failOn;

    @Mixin
    ReportOutput output = new ReportOutput();

    @Option(names = "--explain", description = "In text output, say under each finding why its rule matters.")
    boolean explain;

    @Option(names = "--plugin", paramLabel = "JAR",
            description = "A jar of extra Java rules, listed in its META-INF/services/io.notelint.core.rule.Rule"
                    + " (see examples/custom-rule); may be repeated.")
    List<Path> plugins = new ArrayList<>();

    @Option(names = "--invalid-utf8", paramLabel = "MODE", converter = Converters.Utf8Policy.class,
            defaultValue = "replace",
            description = "Bytes that are not UTF-8: replace (each bad sequence reads as U+FFFD) or report (the"
                    + " record becomes an error naming the byte offset). Default: ${DEFAULT-VALUE}.")
    InvalidUtf8 invalidUtf8;

    @Option(names = "--time-budget", paramLabel = "MS",
            description = "The watchdog: milliseconds of CPU time (not wall time: load never trips it) one note may"
                    + " take (0: none). A rule still running then is stopped and the note gets an error result;"
                    + " exit 3. Default: the config's limits.timeBudgetMs, else 30000.")
    Long timeBudgetMs;

    @Option(names = "--max-note-chars", paramLabel = "N",
            description = "Longest note text in chars; a longer note is a too-large error. Default: 1000000.")
    Integer maxNoteChars;

    @Option(names = "--max-record-bytes", paramLabel = "N",
            description = "Largest input record in bytes (a JSON line, a .json array element, a .txt file); a larger"
                    + " one is skipped and reported. Default: 16777216.")
    Integer maxRecordBytes;

    @Option(names = "--max-history", paramLabel = "N",
            description = "Most earlier notes in a note's history. Default: 100.")
    Integer maxHistory;

    @Option(names = "--max-history-chars", paramLabel = "N",
            description = "Most chars of text in a note's history, all entries together. Default: 4000000.")
    Long maxHistoryChars;

    @Option(names = "--max-nesting", paramLabel = "N",
            description = "Deepest nesting of JSON arrays and objects in a record. Default: 64.")
    Integer maxNesting;

    CheckCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        URLClassLoader loader;
        try {
            loader = pluginLoader();
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        // open while the batch runs: plugin rules may read their resources lazily
        try (URLClassLoader open = loader) {
            return lint(open);
        } catch (IOException e) {
            return fail("cannot close plugin jars: " + IoProblem.describe(e));
        }
    }

    /** A class loader over the plugin jars (parent: NoteLint's own), or null when there are none. */
    private URLClassLoader pluginLoader() {
        if (plugins.isEmpty()) {
            return null;
        }
        URL[] urls = new URL[plugins.size()];
        for (int i = 0; i < urls.length; i++) {
            Path jar = plugins.get(i);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("no such plugin jar: " + jar);
            }
            requireJar(jar);
            try {
                urls[i] = jar.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("cannot use plugin jar " + jar);
            }
        }
        return new URLClassLoader(urls, CheckCommand.class.getClassLoader());
    }

    /** A file that is not a jar would otherwise be accepted and quietly add no rule. */
    private static void requireJar(Path jar) {
        try (java.util.jar.JarFile j = new java.util.jar.JarFile(jar.toFile())) {
            if (j.getEntry("META-INF/services/io.notelint.core.rule.Rule") == null) {
                throw new IllegalArgumentException("plugin jar " + jar + " lists no rule: it needs"
                        + " META-INF/services/io.notelint.core.rule.Rule naming its rule classes (see examples/custom-rule)");
            }
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("--plugin " + jar + " is not a jar file (a jar of compiled rule classes,"
                    + " see examples/custom-rule)");
        }
    }

    private int lint(ClassLoader pluginLoader) {
        int workers;
        List<InputFile> files;
        Linter linter;
        try {
            workers = lintOptions.workers();
            InputScan scan = NoteInputs.scan(inputs);
            InputReport.print(scan, io.err());
            String nothing = InputReport.nothingToRead(scan);
            if (nothing != null) {
                return fail(nothing);
            }
            files = scan.files().stream().map(f -> f.isStdin() ? InputFile.stdin(inputFormat.kind()) : f).toList();
            output.refuseInput(files);
            LintConfig lintConfig = lintOptions.config();
            lintConfig = lintConfig.withLimits(limits(lintConfig.limits()));
            Warmup.start(lintConfig.nlp());
            // no warm-up note: a short run would lint it as well as its own notes, and the engine makes
            // first use in a note's budget change no result (Linter#lint)
            linter = Linter.builder().config(lintConfig).classLoader(pluginLoader).warmUp(false).build();
        } catch (ConfigException e) {
            return fail("config error: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            // inputs (InputException), an unknown NLP backend, two rules with one id: messages name no note content
            return fail(e.getMessage());
        } catch (java.util.ServiceConfigurationError e) {
            // a plugin jar naming a rule class it does not hold, or one that is not a Rule
            return fail("cannot load a rule: " + e.getMessage());
        }
        ToolInfo tool = new ToolInfo("NoteLint", Version.version(), Version.informationUri(), linter.rules());
        if (Boolean.TRUE.equals(redact) && !format.redactable()) {
            return fail("--redact applies to sarif, json, jsonl and csv; the " + format.id()
                    + " report shows the note's lines by design");
        }
        if (htmlMaxNotes < 0) {
            return fail("--html-max-notes must not be negative");
        }
        CsvMapping csv;
        try {
            csv = lintOptions.configFile() == null ? CsvMapping.DEFAULT : CsvMappingLoader.load(lintOptions.configFile());
        } catch (ConfigException e) {
            return fail("config error: " + e.getMessage());
        }
        boolean showProgress = progress != null ? progress : io.errTerminal();
        AtomicLong consumed = new AtomicLong();
        ReadOptions read = new ReadOptions(linter.limits(), invalidUtf8, csv, consumed);
        BatchSummary summary = new BatchSummary();
        int exit = report(linter, workers, tool, files, read, showProgress, consumed, summary);
        return output.finish(exit, io); // a failed run leaves the previous report, if any, as it was
    }

    /** Lints the batch into the report; the exit code. */
    private int report(Linter linter, int workers, ToolInfo tool, List<InputFile> files, ReadOptions read,
            boolean showProgress, AtomicLong consumed, BatchSummary summary) {
        long started = System.nanoTime();
        try (Writer out = output.open(io)) {
            ResultWriter writer = explain && format == ResultFormat.TEXT
                    ? new TextResultWriter(out, TextResultWriter.reasons(linter.rules()))
                    : format == ResultFormat.HTML ? new HtmlResultWriter(out, tool, htmlMaxNotes)
                    : format.create(out, tool, redact == null ? format.redactedByDefault() : redact);
            writer.begin();
            try (RecordReader reader = NoteInputs.open(files, io::in, read);
                 Progress shown = showProgress ? new Progress(io.err(), NoteInputs.totalBytes(files), consumed,
                         summary::results, Terminal.width()).start() : null) {
                new BatchLinter(linter, workers).run(reader, writer, summary);
            } catch (BatchRunner.InputFailure | BatchRunner.Stalled e) {
                writer.finish(false);
                if (showProgress) {
                    summary.print(io.err(), System.nanoTime() - started, false);
                }
                int code = fail(e.getMessage());
                return e instanceof BatchRunner.Stalled ? ExitCodes.STOPPED : code;
            }
            writer.finish(true);
            if (showProgress) {
                summary.print(io.err(), System.nanoTime() - started, true);
            }
            if (summary.read() == 0) {
                // an empty file or an empty pipe: nothing was checked, which must not look like a clean pass
                return fail("no notes were read: the input" + (files.size() == 1 ? " is" : "s are") + " empty");
            }
            return summary.stopped() > 0 ? ExitCodes.STOPPED : summary.reaches(failOn) ? ExitCodes.FOUND : ExitCodes.OK;
        } catch (UncheckedIOException e) {
            return fail(e.getMessage());
        } catch (IOException e) {
            return fail("cannot write " + output.name() + ": " + IoProblem.describe(e));
        }
    }

    /** The config's limits with the command line's over them. */
    private Limits limits(Limits base) {
        Limits l = base;
        if (timeBudgetMs != null) {
            if (timeBudgetMs < 0) {
                throw new IllegalArgumentException("--time-budget must not be negative");
            }
            l = l.withTimeBudget(Duration.ofMillis(timeBudgetMs));
        }
        if (maxNoteChars != null) {
            l = l.withMaxNoteChars(atLeast(maxNoteChars, 1, "--max-note-chars"));
        }
        if (maxRecordBytes != null) {
            l = l.withMaxRecordBytes(atLeast(maxRecordBytes, 1, "--max-record-bytes"));
        }
        if (maxHistory != null) {
            l = l.withMaxHistoryEntries(atLeast(maxHistory, 0, "--max-history"));
        }
        if (maxHistoryChars != null) {
            if (maxHistoryChars < 0) {
                throw new IllegalArgumentException("--max-history-chars must not be negative");
            }
            l = l.withMaxHistoryChars(maxHistoryChars);
        }
        if (maxNesting != null) {
            l = l.withMaxNestingDepth(atLeast(maxNesting, 1, "--max-nesting"));
        }
        return l;
    }

    private static int atLeast(int value, int min, String option) {
        if (value < min) {
            throw new IllegalArgumentException(option + " must be at least " + min);
        }
        return value;
    }

    private int fail(String message) {
        io.err().println("notelint: " + message);
        return ExitCodes.USAGE;
    }
}
