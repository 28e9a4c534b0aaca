package io.notelint.bench;

import io.notelint.core.limits.Deadline;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One check of a note's CPU-time budget on the system clock, as the analysis makes about 700 times a note
 * (before each step it takes). With an older notelint jar first on the class path it measures that build.
 * The deadline is made on the benchmark's own thread, as the engine makes it on the linting thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DeadlineBenchmark {

    private Deadline deadline;

    @Setup(Level.Iteration)
    public void setUp() {
        deadline = Deadline.after(Duration.ofHours(1));
    }

    @Benchmark
    public Deadline check() {
        deadline.check("a step");
        return deadline;
    }
}
