package io.notelint.bench;

import io.notelint.core.analysis.SectionDetector;
import io.notelint.core.analysis.SectionLayout;
import io.notelint.core.analysis.TextToolkit;
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
 * Section detection alone: the shared {@link SectionDetector} on the text of generated notes (every
 * format in turn, free text included), the format left to inference as for a note that declares none.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SectionBenchmark {

    @Param("600")
    public int notes;

    @Param("20261127")
    public long seed;

    private SectionDetector detector;
    private String[] texts;

    @Setup(Level.Trial)
    public void setUp() {
        detector = TextToolkit.standard().sectionDetector();
        texts = new NoteGenerator(seed).notes(notes).stream().map(Note::text).toArray(String[]::new);
    }

    @Benchmark
    public SectionLayout detect(LintBenchmark.Cursor cursor) {
        return detector.detect(texts[cursor.next(texts.length)], null);
    }
}
