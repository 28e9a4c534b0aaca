package io.notelint.bench;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.Note;
import io.notelint.core.nlp.NlpBackends;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * The bench command behind {@code bench/run.sh}:
 *
 * <pre>
 * generate COUNT FILE [SEED]  synthetic notes as JSON Lines (gzip when FILE ends in .gz)
 * stats [COUNT|FILE.jsonl]    what the rules make the NLP backend do per note (sentences tagged)
 * cpu [COUNT] [ROUNDS]        CPU time per note, rule pack vs raw OpenNLP, on this thread (robust to load)
 * notecpu [COUNT] [ROUNDS]    warm CPU time of each note on one thread: p50, p90, p99, max of the last round
 * finder [COUNT] [ROUNDS]     CPU time per note of the default time-expression finder alone, on this thread
 * schema [COUNT] [ROUNDS]     CPU time per note of reading it, of validating it against note.schema.json, of linting it
 * suite [--quick]             JMH: rule pack vs raw OpenNLP on one thread, all threads, p50/p99
 * heap GC_LOG                 heap after each collection in a -Xlog:gc file, by tenth of the run
 * worst CORPUS [SCALE]        CPU time of the slowest corpus notes and of notes built at the input limits
 * stages NOTES.jsonl [ROUNDS]  CPU and bytes allocated per note of splitting, decoding, linting, writing (one thread)
 * rawnlp NOTES.jsonl          raw OpenNLP (sentences, tokens, POS of every sentence) as a whole process, one thread
 * jmh ARGS...                 JMH's own command line
 * </pre>
 */
public final class Bench {

    static final long SEED = 20261127L;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "generate" -> generate(rest);
            case "stats" -> stats(rest);
            case "cpu" -> cpu(rest);
            case "notecpu" -> noteCpu(rest);
            case "finder" -> finder(rest);
            case "schema" -> schema(rest);
            case "suite" -> suite(rest);
            case "heap" -> HeapReport.main(rest);
            case "worst" -> WorstCase.main(rest);
            case "rawnlp" -> RawOpenNlpProcess.main(rest);
            case "stages" -> StageCost.main(rest);
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            default -> {
                usage();
                System.exit(2);
            }
        }
    }

    private static void usage() {
        System.err.println("usage: bench generate COUNT FILE [SEED] | stats [COUNT] | cpu [COUNT] [ROUNDS] | notecpu [COUNT] [ROUNDS]"
                + " | finder [COUNT] [ROUNDS] | schema [COUNT] [ROUNDS] | suite [--quick] | heap GC_LOG"
                + " | worst CORPUS.jsonl [SCALE] | stages NOTES.jsonl [ROUNDS] | rawnlp NOTES.jsonl | jmh ARGS...");
    }

    private static void generate(String[] args) throws IOException {
        long count = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SEED;
        NoteGenerator generator = new NoteGenerator(seed);
        OutputStream raw = Files.newOutputStream(file);
        if (file.toString().endsWith(".gz")) {
            raw = new GZIPOutputStream(raw, 1 << 16);
        }
        try (Writer out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16)) {
            for (long i = 0; i < count; i++) {
                out.write(generator.jsonLine(i));
                out.write('\n');
            }
        }
        System.err.printf("wrote %,d notes to %s%n", count, file);
    }

    /** Lints notes once with a counting backend and prints per-note averages. */
    private static void stats(String[] args) throws IOException {
        List<Note> notes;
        if (args.length > 0 && !args[0].matches("\\d+")) {
            notes = new ArrayList<>(); // a JSON Lines file of notes (a corpus) instead of generated ones
            for (String line : Files.readAllLines(Path.of(args[0]))) {
                if (!line.isBlank()) {
                    notes.add(io.notelint.core.json.NoteJson.parseNote(line, "line"));
                }
            }
        } else {
            notes = new NoteGenerator(SEED).notes(args.length > 0 ? Integer.parseInt(args[0]) : 1200);
        }
        int count = notes.size();
        CountingBackend nlp = new CountingBackend(NlpBackends.defaultBackend());
        Linter linter = Linter.builder().nlp(nlp).build();
        long words = 0;
        long findings = 0;
        for (Note n : notes) {
            words += n.text().split("\\s+").length;
            LintResult r = linter.lint(n);
            findings += r.findings().size();
        }
        double per = count;
        PrintStream o = System.out;
        o.printf(Locale.ROOT, "notes                        %d (%d rules)%n", count, linter.rules().size());
        o.printf(Locale.ROOT, "words per note               %.0f%n", words / per);
        o.printf(Locale.ROOT, "findings per note            %.2f%n", findings / per);
        o.printf(Locale.ROOT, "NLP sessions per note        %.2f%n", nlp.sessions.sum() / per);
        o.printf(Locale.ROOT, "sentences detected per note  %.1f (in %.1f segments)%n", nlp.sentences.sum() / per,
                nlp.segments.sum() / per);
        o.printf(Locale.ROOT, "sentences POS-tagged per note %.2f (%.1f%% of sentences, %.1f tokens)%n",
                nlp.tagged.sum() / per, 100.0 * nlp.tagged.sum() / Math.max(1, nlp.sentences.sum()),
                nlp.taggedTokens.sum() / per);
        // what a session costs to open: the *ME objects are made per note (they are not thread-safe)
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        io.notelint.core.nlp.NlpBackend backend = NlpBackends.defaultBackend();
        io.notelint.core.text.Span one = new io.notelint.core.text.Span(0, 11);
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 20_000; i++) {
                sink += backend.openSession().sentences("Slept well.", one).size();
            }
            long t1 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 20_000; i++) {
                sink += OpenNlpPipeline.create().hashCode() & 1;
            }
            long t2 = threads.getCurrentThreadCpuTime();
            if (round == 2) {
                o.printf(Locale.ROOT, "open a session + detect one sentence  %.1f us CPU%n", (t1 - t0) / 1e3 / 20_000);
                o.printf(Locale.ROOT, "make sentence+token+POS *ME objects   %.1f us CPU%n", (t2 - t1) / 1e3 / 20_000);
            }
        }
        if (sink == 42) {
            o.println();
        }
    }

    /**
     * CPU time of this thread per note: unlike wall time it does not count the time other processes
     * hold the cores, so it compares the rule pack with the baseline fairly on a loaded machine.
     */
    private static void cpu(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        List<Note> notes = new NoteGenerator(SEED).notes(count);
        Linter linter = Linter.builder().build();
        OpenNlpPipeline baseline = new OpenNlpPipeline();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (Note n : notes) {
                sink += linter.lint(n).findings().size();
            }
            long t1 = threads.getCurrentThreadCpuTime();
            for (Note n : notes) {
                sink += baseline.analyse(n.text());
            }
            long t2 = threads.getCurrentThreadCpuTime();
            double lint = (t1 - t0) / 1e6 / count;
            double base = (t2 - t1) / 1e6 / count;
            System.out.printf(Locale.ROOT, "round %d: rule pack %.3f ms CPU/note (%.0f notes/s), raw OpenNLP %.3f ms"
                    + " (%.0f notes/s), ratio %.2f%n", r + 1, lint, 1000 / lint, base, 1000 / base, base / lint);
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    /**
     * The warm latency of one note in CPU time: each note linted alone on this thread, its thread CPU time
     * measured around the call. ROUNDS - 1 rounds warm the JIT up; the last is reported. Unlike JMH's
     * sample-time latency it does not count time the thread waited for a core on a busy machine.
     */
    private static void noteCpu(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Note> notes = new NoteGenerator(SEED).notes(count);
        Linter linter = Linter.builder().build();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpu = new long[count];
        long words = 0;
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < count; i++) {
                long t0 = threads.getCurrentThreadCpuTime();
                sink += linter.lint(notes.get(i)).findings().size();
                cpu[i] = threads.getCurrentThreadCpuTime() - t0;
            }
        }
        for (Note n : notes) {
            words += n.text().split("\\s+").length;
        }
        long[] sorted = cpu.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "CPU per note, 1 thread, warm (round %d of %d, %d notes, %.0f words a note):"
                        + " p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", rounds, rounds, count,
                (double) words / count, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[count - 1] / 1e6);
        if (sink == 42) {
            System.out.println();
        }
    }

    /** The nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    private static double at(long[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /**
     * CPU time of this thread per note for the default time-expression finder over each note's whole text
     * (as AnalyzedNote calls it), round by round: robust to a loaded machine where JMH's wall clock is not.
     */
    private static void finder(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<Note> notes = new NoteGenerator(SEED).notes(count);
        io.notelint.core.time.TimeExpressionFinder finder = io.notelint.core.time.TimeExpressionFinder.standard();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (Note n : notes) {
                sink += finder.find(n.text(), n.fields().sessionDate()).size();
            }
            long t1 = threads.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "round %d: time expressions %.1f us CPU/note (%d found)%n", r + 1,
                    (t1 - t0) / 1e3 / count, sink);
            sink = 0;
        }
    }

    /**
     * What validating every note against the note schema would cost, next to reading and linting it: CPU
     * time of this thread per note, for the three steps on the same JSON lines. Decides whether the note
     * reader runs the schema on every record (see docs/performance.md, "Schema validation of notes").
     */
    private static void schema(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        NoteGenerator generator = new NoteGenerator(SEED);
        List<String> lines = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(generator.jsonLine(i));
        }
        Linter linter = Linter.builder().build();
        io.notelint.core.schema.ContractValidator validator = io.notelint.core.schema.ContractValidator.shipped();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            List<tools.jackson.databind.JsonNode> trees = new java.util.ArrayList<>(count);
            List<Note> notes = new java.util.ArrayList<>(count);
            long t0 = threads.getCurrentThreadCpuTime();
            for (String line : lines) {
                tools.jackson.databind.JsonNode tree = io.notelint.core.json.NoteJson.readTree(line);
                trees.add(tree);
                notes.add(io.notelint.core.json.NoteJson.fromTree(tree));
            }
            long t1 = threads.getCurrentThreadCpuTime();
            for (tools.jackson.databind.JsonNode tree : trees) {
                sink += validator.validate(io.notelint.core.schema.Contract.NOTE, tree).size();
            }
            long t2 = threads.getCurrentThreadCpuTime();
            for (Note n : notes) {
                sink += linter.lint(n).findings().size();
            }
            long t3 = threads.getCurrentThreadCpuTime();
            double read = (t1 - t0) / 1e3 / count;
            double validate = (t2 - t1) / 1e3 / count;
            double lint = (t3 - t2) / 1e3 / count;
            System.out.printf(Locale.ROOT, "round %d: read %.1f us CPU/note, schema %.1f us, lint %.1f us;"
                    + " schema = %.1f%% of read+lint%n", r + 1, read, validate, lint, 100 * validate / (read + lint));
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    private static void suite(String[] args) throws RunnerException {
        boolean quick = Arrays.asList(args).contains("--quick");
        int cores = Runtime.getRuntime().availableProcessors();
        List<Row> rows = new ArrayList<>();
        rows.add(throughput("rule pack, 1 thread", LintBenchmark.class, 1, quick));
        rows.add(throughput("raw OpenNLP baseline, 1 thread", OpenNlpBaselineBenchmark.class, 1, quick));
        rows.add(throughput("rule pack, " + cores + " threads", LintBenchmark.class, cores, quick));
        rows.add(throughput("raw OpenNLP baseline, " + cores + " threads", OpenNlpBaselineBenchmark.class, cores, quick));
        Statistics latency = latency(quick);
        System.out.println();
        System.out.println("| benchmark | notes/s | error (99.9%) |");
        System.out.println("| --- | ---: | ---: |");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "| %s | %.0f | ± %.0f |%n", r.name(), r.score(), r.error());
        }
        System.out.printf(Locale.ROOT, "%nrule pack / baseline on 1 thread: %.2f%n", rows.get(0).score() / rows.get(1).score());
        System.out.printf(Locale.ROOT, "latency of one note, 1 thread: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms,"
                        + " p99.9 %.2f ms, max %.2f ms (%d samples)%n",
                latency.getPercentile(50), latency.getPercentile(90), latency.getPercentile(99),
                latency.getPercentile(99.9), latency.getMax(), latency.getN());
    }

    private static ChainedOptionsBuilder base(Class<?> benchmark, boolean quick) {
        return new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .forks(1)
                .jvmArgsAppend("-Xmx1g")
                .warmupIterations(quick ? 1 : 5)
                .warmupTime(TimeValue.seconds(quick ? 1 : 5))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(quick ? 1 : 10))
                .shouldFailOnError(true);
    }

    private static Row throughput(String name, Class<?> benchmark, int threads, boolean quick) throws RunnerException {
        Collection<RunResult> results = new Runner(base(benchmark, quick).threads(threads)
                .mode(org.openjdk.jmh.annotations.Mode.Throughput).build()).run();
        Result<?> r = results.iterator().next().getPrimaryResult();
        return new Row(name, r.getScore(), r.getScoreError());
    }

    private static Statistics latency(boolean quick) throws RunnerException {
        Collection<RunResult> results = new Runner(base(LintBenchmark.class, quick).threads(1)
                .mode(org.openjdk.jmh.annotations.Mode.SampleTime)
                .timeUnit(java.util.concurrent.TimeUnit.MILLISECONDS).build()).run();
        return results.iterator().next().getPrimaryResult().getStatistics();
    }

    private record Row(String name, double score, double error) {
    }
}
