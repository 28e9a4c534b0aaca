package io.notelint.bench;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.model.Note;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The phrase lexicons of the rule pack over the tokens of generated notes, apart from the rest of the
 * engine: {@code match} runs every listed lexicon's left-to-right search over one analysed note (its
 * tokens made once, as the analysis does), {@code tokenize} makes one note's tokens (which now carry
 * their match keys, so the cost moved there is seen too). Average time per note.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LexiconBenchmark {

    /** Lexicon files the rules match with {@code PhraseLexicon}, relative to the rule pack's package. */
    private static final List<String> FILES = List.of("language/stigma-judgmental.tsv", "language/stigma-doubt.tsv",
            "language/stigma-noncompliance.tsv", "language/stigma-substance.tsv", "language/stigma-suicide.tsv",
            "language/stigma-test-results.tsv", "language/hedge-qualifiers.tsv", "language/vague-status.tsv",
            "language/activity-techniques.txt", "language/activity-bare-verbs.tsv", "language/activity-verbs.tsv",
            "language/activity-objects.tsv", "language/quantity-tails.tsv", "language/evidence-markers.tsv",
            "clinical/risk-assessment-cues.tsv", "clinical/risk-inquiry-cues.tsv", "clinical/risk-past-markers.tsv",
            "structure/goal-mentions.txt", "structure/goal-stop-phrases.txt", "structure/plan-cues.tsv",
            "structure/contact-words.tsv");

    @Param("200")
    public int notes;

    @Param("20261127")
    public long seed;

    private Tokenizer tokenizer;
    private String[] texts;
    private List<List<Token>> tokens;
    private List<PhraseLexicon<String>> lexicons;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        tokenizer = TextToolkit.standard().tokenizer();
        texts = new NoteGenerator(seed).notes(notes).stream().map(Note::text).toArray(String[]::new);
        tokens = new ArrayList<>();
        for (String text : texts) {
            tokens.add(tokenizer.tokenize(text, new Span(0, text.length())));
        }
        lexicons = new ArrayList<>();
        for (String file : FILES) {
            Map<String, String> entries = new LinkedHashMap<>();
            for (String[] row : ResourceLines.tsv(LexiconBenchmark.class, "/io/notelint/rules/" + file, 1)) {
                entries.put(row[0], file);
            }
            lexicons.add(PhraseLexicon.of(entries, tokenizer));
        }
    }

    @Benchmark
    public int match() {
        List<Token> note = tokens.get(next = (next + 1) % tokens.size());
        int found = 0;
        for (PhraseLexicon<String> lexicon : lexicons) {
            found += lexicon.find(note).size();
        }
        return found;
    }

    @Benchmark
    public List<Token> tokenize() {
        String text = texts[next = (next + 1) % texts.length];
        return tokenizer.tokenize(text, new Span(0, text.length()));
    }

    /**
     * The same two measurements in thread CPU time, which a loaded machine does not inflate: each round
     * matches and tokenises every generated note {@code passes} times and prints microseconds of CPU per note.
     */
    static void cpu(int rounds, int passes) {
        LexiconBenchmark b = new LexiconBenchmark();
        b.notes = 200;
        b.seed = Bench.SEED;
        b.setUp();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        int calls = b.notes * passes;
        for (int r = 0; r < rounds; r++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < calls; i++) {
                sink += b.match();
            }
            long t1 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < calls; i++) {
                sink += b.tokenize().size();
            }
            long t2 = threads.getCurrentThreadCpuTime();
            System.out.printf(java.util.Locale.ROOT, "round %d: match %.1f us CPU/note, tokenize %.1f us CPU/note%n",
                    r + 1, (t1 - t0) / 1e3 / calls, (t2 - t1) / 1e3 / calls);
        }
        if (sink == 42) {
            System.out.println();
        }
    }
}
