package io.notelint.bench;

import io.notelint.core.model.Note;
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
 * The baseline the rule pack is measured against: raw OpenNLP alone (sentence detection,
 * tokenisation and POS tagging of every sentence) over the same notes, with the same English UD
 * models, no NoteLint code in the loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OpenNlpBaselineBenchmark {

    @Param("1200")
    public int notes;

    @Param("20261127")
    public long seed;

    private String[] texts;

    @Setup(Level.Trial)
    public void setUp() {
        texts = new NoteGenerator(seed).notes(notes).stream().map(Note::text).toArray(String[]::new);
    }

    @Benchmark
    public int analyse(Pipeline pipeline, LintBenchmark.Cursor cursor) {
        return pipeline.analyse(texts[cursor.next(texts.length)]);
    }

    /** One OpenNLP pipeline per benchmark thread: the *ME classes of 2.5 are not thread-safe. */
    @State(Scope.Thread)
    public static class Pipeline {
        private final OpenNlpPipeline pipeline = new OpenNlpPipeline();

        int analyse(String text) {
            return pipeline.analyse(text);
        }
    }
}
