package io.notelint.bench;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
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
 * The full default rule pack on one synthetic note per call, through an embedded {@link Linter} built
 * once and shared by the benchmark threads (as an embedder would). Run in throughput mode for notes/s
 * and in sample-time mode for the latency percentiles of one note.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LintBenchmark {

    @Param("1200")
    public int notes;

    @Param("20261127")
    public long seed;

    private Linter linter;
    private Note[] batch;

    @Setup(Level.Trial)
    public void setUp() {
        linter = Linter.builder().build();
        batch = new NoteGenerator(seed).notes(notes).toArray(Note[]::new);
    }

    @Benchmark
    public LintResult lint(Cursor cursor) {
        return linter.lint(batch[cursor.next(batch.length)]);
    }

    /** Each benchmark thread walks the notes from its own starting point. */
    @State(Scope.Thread)
    public static class Cursor {
        private static final java.util.concurrent.atomic.AtomicInteger STARTS = new java.util.concurrent.atomic.AtomicInteger();
        private int i = STARTS.getAndIncrement() * 97;

        int next(int n) {
            i = (i + 1) % n; // the start may exceed n: the first call brings it in range
            return i;
        }
    }
}
