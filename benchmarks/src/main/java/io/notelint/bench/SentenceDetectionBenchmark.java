package io.notelint.bench;

import io.notelint.core.model.Note;
import io.notelint.core.nlp.NlpBackend;
import io.notelint.core.nlp.NlpBackends;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * The default backend's sentence detection alone over every line of one generated note per call, as
 * {@code AnalyzedNote.sentences()} asks for it (one call a line). With an older notelint jar first on the
 * class path it measures that build's backend; run it with {@code -jvmArgsAppend -XX:TieredStopAtLevel=1}
 * for the client compiler the launcher uses at 2,000 notes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SentenceDetectionBenchmark {

    @Param("600")
    public int notes;

    @Param("20261127")
    public long seed;

    private NlpSession session;
    private String[] texts;
    private Span[][] lines;
    private int i;

    @Setup(Level.Trial)
    public void setUp() {
        NlpBackend backend = NlpBackends.defaultBackend();
        session = backend.openSession();
        List<Note> batch = new NoteGenerator(seed).notes(notes);
        texts = new String[batch.size()];
        lines = new Span[batch.size()][];
        for (int n = 0; n < batch.size(); n++) {
            String text = batch.get(n).text();
            texts[n] = text;
            List<Span> out = new ArrayList<>();
            int start = 0;
            for (int k = 0; k <= text.length(); k++) {
                if (k == text.length() || text.charAt(k) == '\n') {
                    if (k > start) {
                        out.add(new Span(start, k));
                    }
                    start = k + 1;
                }
            }
            lines[n] = out.toArray(Span[]::new);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
    }

    @Benchmark
    public int sentencesOfOneNote() {
        i = (i + 1) % texts.length;
        int found = 0;
        for (Span line : lines[i]) {
            found += session.sentences(texts[i], line).size();
        }
        return found;
    }
}
