package io.notelint.nlp.corenlp.bench;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFormatException;
import io.notelint.core.nlp.DependencyParses;
import io.notelint.core.nlp.NlpBackend;
import io.notelint.core.nlp.NlpBackends;
import io.notelint.core.text.Span;
import io.notelint.nlp.corenlp.CoreNlpBackend;
import io.notelint.nlp.corenlp.SuTimeFinder;
import io.notelint.output.ResultJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Measures one NLP backend on a labelled corpus (one JVM per backend, so load time and heap are its own),
 * and writes the side-by-side page from the measurements. Run through {@code bench/backends.sh}:
 * <pre>
 *   BackendBench probe BACKEND CORPUS                 (exit 0 when the corpus lints in this heap)
 *   BackendBench measure BACKEND CORPUS OUT.json      (-Dbench.minXmx=MB records the probe's answer)
 *   BackendBench report CORPUS PAGE.md COMMAND A.json B.json ...
 * </pre>
 * Every rule of the pack runs with its defaults; only the backend differs.
 */
public final class BackendBench {

    /** Each throughput figure is measured over at least this long (whole corpus passes). */
    private static final long MIN_MEASURE_NANOS = 8_000_000_000L;

    private BackendBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("probe")) {
            System.exit(probe(args[1], Path.of(args[2])) ? 0 : 3);
        } else if (args.length == 4 && args[0].equals("measure")) {
            measure(args[1], Path.of(args[2]), Path.of(args[3]));
        } else if (args.length >= 5 && args[0].equals("report")) {
            List<Path> inputs = new ArrayList<>();
            for (int i = 4; i < args.length; i++) {
                inputs.add(Path.of(args[i]));
            }
            BenchReport.write(Path.of(args[1]), Path.of(args[2]), args[3], inputs);
        } else {
            System.err.println("usage: BackendBench measure BACKEND CORPUS OUT.json"
                    + " | report CORPUS PAGE.md COMMAND IN.json...");
            System.exit(2);
        }
    }

    record Item(Note note, JsonNode expect) {
    }

    static List<Item> read(Path corpus) throws IOException {
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode item = NoteJson.readTree(line);
            try {
                items.add(new Item(NoteJson.fromTree(item.get("note")), item.path("expect")));
            } catch (NoteFormatException e) {
                // a malformed note is scored as missing, as score.py does
            }
        }
        return items;
    }

    /** Lints the corpus once with every model of the backend loaded; false when the heap runs out. */
    private static boolean probe(String backend, Path corpus) throws IOException {
        List<Item> items = read(corpus);
        try {
            NlpBackend nlp = NlpBackends.load(backend);
            if (nlp instanceof CoreNlpBackend core) {
                core.warmUp(true);
            }
            Linter linter = Linter.builder().nlp(nlp).build();
            for (Item item : items) {
                linter.lint(item.note());
            }
            return true;
        } catch (OutOfMemoryError e) {
            return false;
        }
    }

    private static void measure(String backend, Path corpus, Path out) throws Exception {
        // results for score.py beside the measurements: target/bench/BACKEND-results.jsonl
        List<Item> items = read(corpus);
        long t0 = System.nanoTime();
        NlpBackend nlp = NlpBackends.load(backend);
        Linter linter = Linter.builder().nlp(nlp).build();
        linter.lint(items.get(0).note());
        analyse(nlp, items.get(0).note(), Analysis.TAGS);
        long loadNanos = System.nanoTime() - t0;

        // one full pass: scores, results for score.py, and every lazily loaded model warmed
        CorpusScore score = new CorpusScore();
        long chars = 0;
        Path results = out.resolveSibling(backend + "-results.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(results, StandardCharsets.UTF_8)) {
            for (Item item : items) {
                LintResult r = linter.lint(item.note());
                score.add(item.note().text(), item.expect(), r);
                w.write(ResultJson.toLine(r));
                w.newLine();
                chars += item.note().text().length();
            }
        }
        double oneThread = throughput(linter, items, 1);
        int cores = Runtime.getRuntime().availableProcessors();
        double allThreads = throughput(linter, items, cores);
        long tokens = 0;
        for (Item item : items) {
            tokens += analyse(nlp, item.note(), Analysis.TAGS);
        }
        double tagging = analysisThroughput(nlp, items, Analysis.TAGS);
        Double parsing = nlp.capability(DependencyParses.class).isPresent()
                ? analysisThroughput(nlp, items, Analysis.PARSES) : null;
        Double times = nlp instanceof CoreNlpBackend ? analysisThroughput(nlp, items, Analysis.TIMES) : null;

        ObjectNode json = NoteJson.mapper().createObjectNode();
        json.put("backend", backend);
        json.put("notes", items.size());
        json.put("meanChars", (double) chars / items.size());
        json.put("loadMillis", loadNanos / 1e6);
        json.put("notesPerSecond1", oneThread);
        json.put("threads", cores);
        json.put("notesPerSecondAll", allThreads);
        json.put("tokensPerNote", (double) tokens / items.size());
        json.put("taggedNotesPerSecond", tagging);
        if (parsing != null) {
            json.put("parsedNotesPerSecond", parsing);
        }
        if (times != null) {
            json.put("timeNotesPerSecond", times);
        }
        json.put("peakHeapMB", peakHeapBytes() / 1e6);
        System.gc();
        json.put("retainedHeapMB", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6);
        if (Integer.getInteger("bench.minXmx") != null) {
            json.put("minXmxMB", Integer.getInteger("bench.minXmx"));
        }
        json.put("maxHeapMB", Runtime.getRuntime().maxMemory() / 1e6);
        json.put("java", System.getProperty("java.version"));
        json.put("date", LocalDate.now().toString());
        ObjectNode categories = json.putObject("categories");
        for (Map.Entry<String, int[]> e : score.counts().entrySet()) {
            ObjectNode c = categories.putObject(e.getKey());
            c.put("tp", e.getValue()[0]);
            c.put("fp", e.getValue()[1]);
            c.put("fn", e.getValue()[2]);
        }
        Files.writeString(out, NoteJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        System.out.printf(Locale.ROOT, "%s: load %.0f ms, %.1f notes/s (1 thread), %.1f notes/s (%d threads)%n",
                backend, loadNanos / 1e6, oneThread, allThreads, cores);
    }

    /** Notes per second with {@code threads} threads sharing one linter, over whole corpus passes. */
    private static double throughput(Linter linter, List<Item> items, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            long notes = 0;
            do {
                List<Future<Integer>> parts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int first = t;
                    parts.add(pool.submit(() -> {
                        int n = 0;
                        for (int i = first; i < items.size(); i += threads) {
                            linter.lint(items.get(i).note());
                            n++;
                        }
                        return n;
                    }));
                }
                for (Future<Integer> f : parts) {
                    notes += f.get();
                }
            } while (System.nanoTime() - start < MIN_MEASURE_NANOS);
            return notes / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** What the NLP-alone measurements ask of the backend for every note. */
    enum Analysis { TAGS, PARSES, TIMES }

    /** Sentences and tags of every sentence, plus parses or SUTime; returns the number of tagged tokens. */
    private static int analyse(NlpBackend nlp, Note note, Analysis what) {
        AnalyzedNote analysis = new AnalyzedNote(note, TextToolkit.standard(), nlp.openSession());
        int tokens = 0;
        for (Sentence s : analysis.sentences()) {
            tokens += analysis.tagged(s).size();
            if (what == Analysis.PARSES) {
                analysis.dependencies(s);
            }
        }
        if (what == Analysis.TIMES) {
            String text = note.text();
            SuTimeFinder finder = nlp.capability(SuTimeFinder.class).orElseThrow();
            finder.find(text, new Span(0, text.length()), note.fields().sessionDate());
        }
        return tokens;
    }

    /** Notes per second, one thread, for the NLP analysis alone (no rules). */
    private static double analysisThroughput(NlpBackend nlp, List<Item> items, Analysis what) {
        for (Item item : items.subList(0, Math.min(20, items.size()))) {
            analyse(nlp, item.note(), what);
        }
        long start = System.nanoTime();
        long notes = 0;
        do {
            for (Item item : items) {
                analyse(nlp, item.note(), what);
                notes++;
            }
        } while (System.nanoTime() - start < MIN_MEASURE_NANOS);
        return notes / ((System.nanoTime() - start) / 1e9);
    }

    /** The highest heap use seen, summed over the heap pools (garbage included: what -Xmx must allow). */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
