package io.notelint.bench;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.Note;
import io.notelint.rules.structure.NearCopyRule;
import java.util.ArrayList;
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
 * Clone detection alone ({@code cloned-content/near-copy} as the only rule of an embedded {@link Linter})
 * on generated notes that each carry a history of 5 to 10 earlier notes of the same format, one in four
 * with a near copy (the note itself, its numbers changed) as the most recent. A note's own analysis
 * (sections, tokens) is part of each call, as it is in a real lint.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NearCopyBenchmark {

    @Param("240")
    public int notes;

    @Param("20261127")
    public long seed;

    private Linter linter;
    private Note[] batch;

    @Setup(Level.Trial)
    public void setUp() {
        linter = Linter.builder().addRule(new NearCopyRule()).build();
        batch = withHistories(new NoteGenerator(seed), notes).toArray(Note[]::new);
    }

    /** Notes 0..count-1, note i with 5 + i % 6 earlier notes of its format (i + 6, i + 12, ...). */
    static List<Note> withHistories(NoteGenerator generator, int count) {
        List<Note> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Note note = generator.note(i).withHistory(List.of());
            List<Note> history = new ArrayList<>();
            if (i % 4 == 0) {
                Note copy = note.withHistory(List.of());
                history.add(new Note(note.id() + "-copy", copy.text().replace('7', '6').replace('3', '4'),
                        copy.format(), copy.fields(), List.of(), copy.extra()));
            }
            for (int h = 1; history.size() < 5 + i % 6; h++) {
                history.add(generator.note(i + 6L * h).withHistory(List.of()));
            }
            out.add(note.withHistory(history));
        }
        return out;
    }

    @Benchmark
    public LintResult nearCopy(LintBenchmark.Cursor cursor) {
        return linter.lint(batch[cursor.next(batch.length)]);
    }
}
