package io.notelint.bench;

import io.notelint.core.model.Note;
import io.notelint.core.time.TimeExpression;
import io.notelint.core.time.TimeExpressionFinder;
import java.time.LocalDate;
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
 * The default time-expression finder alone, over the whole text of one synthetic note per call, as
 * {@code AnalyzedNote.timeExpressions()} calls it (once per note, anchored at the session date).
 * Isolates the finder from the rest of linting, so a change to it shows at full size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TimeExpressionBenchmark {

    @Param("1200")
    public int notes;

    @Param("20261127")
    public long seed;

    private TimeExpressionFinder finder;
    private String[] texts;
    private LocalDate[] anchors;
    private int i;

    @Setup(Level.Trial)
    public void setUp() {
        finder = TimeExpressionFinder.standard();
        List<Note> batch = new NoteGenerator(seed).notes(notes);
        texts = batch.stream().map(Note::text).toArray(String[]::new);
        anchors = batch.stream().map(n -> n.fields().sessionDate()).toArray(LocalDate[]::new);
    }

    @Benchmark
    public List<TimeExpression> findInOneNote() {
        i = (i + 1) % texts.length;
        return finder.find(texts[i], anchors[i]);
    }
}
