package io.notelint.bench;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.Note;
import io.notelint.rules.structure.NoNextContactRule;
import io.notelint.rules.structure.NoPlanRule;
import io.notelint.rules.structure.UnfollowedStepRule;
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
 * The plan rules alone (missing-plan, no-next-contact and plan-follow-through as the only rules of an
 * embedded {@link Linter}) on generated notes, a third of them with earlier notes: plan detection, the
 * next-contact times of the note and of its previous note, and the previous note's plan steps, with the
 * note's own analysis (sections, sentences, tokens) as part of each call, as in a real lint. Run it with
 * {@code -jvmArgsAppend -XX:TieredStopAtLevel=1} for the client compiler the launcher uses at 2,000 notes;
 * with an older notelint jar first on the class path it measures that build's rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanRulesBenchmark {

    @Param("600")
    public int notes;

    @Param("20261127")
    public long seed;

    private Linter linter;
    private Note[] batch;

    @Setup(Level.Trial)
    public void setUp() {
        linter = Linter.builder().addRule(new NoPlanRule()).addRule(new NoNextContactRule())
                .addRule(new UnfollowedStepRule()).build();
        batch = new NoteGenerator(seed).notes(notes).toArray(Note[]::new);
    }

    @Benchmark
    public LintResult planRules(LintBenchmark.Cursor cursor) {
        return linter.lint(batch[cursor.next(batch.length)]);
    }
}
