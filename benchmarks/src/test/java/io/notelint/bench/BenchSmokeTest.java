package io.notelint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.LintResult;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generator and the benchmark code work; no timing is asserted here (the numbers come from
 * bench/run.sh, on a quiet machine, never from the unit tests).
 */
class BenchSmokeTest {

    @Test
    void theGeneratorIsDeterministicAndCoversEveryFormatWithHistoryForAThird() {
        NoteGenerator a = new NoteGenerator(7);
        NoteGenerator b = new NoteGenerator(7);
        assertThat(a.jsonLine(41)).isEqualTo(b.jsonLine(41));
        assertThat(new NoteGenerator(8).jsonLine(41)).isNotEqualTo(a.jsonLine(41));

        List<Note> notes = a.notes(60);
        Set<NoteFormat> formats = EnumSet.noneOf(NoteFormat.class);
        int withHistory = 0;
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            int words = n.text().split("\\s+").length;
            assertThat(words).as("words of %s", n.id()).isBetween(NoteGenerator.WORDS - 20, NoteGenerator.WORDS + 80);
            assertThat(n.fields().sessionDate()).isNotNull();
            assertThat(n.fields().invalid()).isEmpty();
            n.declaredFormat().ifPresent(formats::add);
            if (!n.history().isEmpty()) {
                withHistory++;
            }
        }
        assertThat(formats).containsExactlyInAnyOrder(NoteFormat.values());
        assertThat(withHistory).isEqualTo(20);
    }

    @Test
    void theBenchmarksRunOnce() {
        LintBenchmark lint = new LintBenchmark();
        lint.notes = 12;
        lint.seed = 3;
        lint.setUp();
        LintBenchmark.Cursor cursor = new LintBenchmark.Cursor();
        int findings = 0;
        for (int i = 0; i < 12; i++) {
            LintResult r = lint.lint(cursor);
            assertThat(r.error()).isNull();
            assertThat(r.ruleErrors()).isEmpty();
            findings += r.findings().size();
        }
        assertThat(findings).as("the notes are written to have something to find").isPositive();

        OpenNlpBaselineBenchmark baseline = new OpenNlpBaselineBenchmark();
        baseline.notes = 12;
        baseline.seed = 3;
        baseline.setUp();
        assertThat(baseline.analyse(new OpenNlpBaselineBenchmark.Pipeline(), cursor)).isGreaterThan(300);
    }

    @Test
    void theHeapReportReadsJdkGcLogLines() {
        List<HeapReport.Gc> gcs = HeapReport.parse(List.of(
                "[0.011s][info][gc] Using G1",
                "[1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.345ms",
                "[9.500s][info][gc] GC(7) Pause Young (Concurrent Start) (G1 Humongous Allocation) 300M->41M(512M) 4.1ms"));
        assertThat(gcs).containsExactly(
                new HeapReport.Gc(1.234, "Pause Young (Normal) (G1 Evacuation Pause)", 24, 3, 256),
                new HeapReport.Gc(9.5, "Pause Young (Concurrent Start) (G1 Humongous Allocation)", 300, 41, 512));
    }
}
