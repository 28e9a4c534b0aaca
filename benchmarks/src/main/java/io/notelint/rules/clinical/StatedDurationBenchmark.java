package io.notelint.rules.clinical;

import io.notelint.bench.NoteGenerator;
import io.notelint.core.model.Note;
import java.util.List;
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
 * Finding the stated session lengths of one synthetic note per call, as {@code TextRecord.durations()}
 * does once per note for the stated-duration and missing-session-time rules. In the rules' package,
 * because {@link StatedDurations} is package-private; its only entry point, {@code find(String)}, has
 * kept its signature, so the same benchmark runs against an older build put first on the class path:
 * {@code java -cp OLD-notelint.jar:benchmarks/target/benchmarks.jar org.openjdk.jmh.Main StatedDurationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StatedDurationBenchmark {

    @Param("1200")
    public int notes;

    @Param("20261127")
    public long seed;

    private String[] texts;
    private int i;

    @Setup(Level.Trial)
    public void setUp() {
        texts = new NoteGenerator(seed).notes(notes).stream().map(Note::text).toArray(String[]::new);
    }

    @Benchmark
    public List<StatedDuration> findInOneNote() {
        i = (i + 1) % texts.length;
        return StatedDurations.find(texts[i]);
    }
}
