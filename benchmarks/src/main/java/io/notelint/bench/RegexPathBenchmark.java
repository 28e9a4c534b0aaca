package io.notelint.bench;

import io.notelint.core.analysis.DocumentKindDetector;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteKind;
import io.notelint.rules.clinical.FieldTextMismatchRule;
import io.notelint.rules.clinical.UnmentionedChangeRule;
import io.notelint.rules.structure.NoGoalLinkRule;
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
 * The per-note code that regular expressions ran in before issue 15's last round (docs/performance.md,
 * "Per-note regular expressions"): document-kind detection alone, and the three rules that read goal ids,
 * the date of service and diagnosis changes from the text, linted alone over synthetic notes (the text
 * analysis they ask for included). Run it with {@code -jvmArgsAppend -XX:TieredStopAtLevel=1} for the C1
 * code a 2,000-note batch runs in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RegexPathBenchmark {

    @Param("1200")
    public int notes;

    @Param("20261127")
    public long seed;

    private DocumentKindDetector detector;
    private Linter threeRules;
    private Note[] batch;
    private int i;

    @Setup(Level.Trial)
    public void setUp() {
        detector = DocumentKindDetector.load();
        threeRules = Linter.builder().addRule(new NoGoalLinkRule()).addRule(new FieldTextMismatchRule())
                .addRule(new UnmentionedChangeRule()).build();
        batch = new NoteGenerator(seed).notes(notes).toArray(Note[]::new);
    }

    @Benchmark
    public NoteKind detectKind() {
        i = (i + 1) % batch.length;
        return detector.detect(batch[i]);
    }

    @Benchmark
    public LintResult lintThreeRules() {
        i = (i + 1) % batch.length;
        return threeRules.lint(batch[i]);
    }
}
