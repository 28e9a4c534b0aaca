package io.notelint.core.engine;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.model.Clinician;
import io.notelint.core.model.Diagnosis;
import io.notelint.core.model.Goal;
import io.notelint.core.model.Medication;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFields;
import io.notelint.core.model.NoteFormat;
import io.notelint.core.model.RiskLevel;
import io.notelint.core.nlp.NlpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * First-use work done by {@link Linter.Builder#build()}, before any note's watchdog starts: every
 * analysis step and every rule runs once on a built-in note (its text in warmup-note.txt: sections,
 * quotes, times, negations, risk, medications; with fields and an earlier note), so that class loading,
 * lexicons, compiled patterns and the NLP backend's models are loaded then and not inside the first
 * note's CPU budget, on whichever worker thread that note lands. A failure here is not reported: lint()
 * meets it again on the note it happens on and reports it there.
 */
final class WarmUp {

    private static final String TEXT = "warmup-note.txt";
    private static final String EARLIER = "---- earlier note ----\n";

    private WarmUp() {
    }

    /**
     * Whether a linter has warmed up: set once, by build() or by the first note the budget stopped while
     * the linter was cold (Linter#lint). The one piece of state a linter changes after it is built, and it
     * only ever goes from cold to warm.
     */
    static final class Latch {
        private volatile boolean done;

        boolean done() {
            return done;
        }

        /** Warms the linter up unless done; a second caller waits for the first, so it runs once. */
        synchronized void runOnce(Linter linter) {
            if (!done) {
                run(linter);
                done = true;
            }
        }
    }

    static void run(Linter linter) {
        Note note = note();
        analyse(linter, note);
        try {
            linter.lintOnce(note);
        } catch (RuntimeException | LinkageError e) {
            // reported per note by lint(), where it happens again
        }
    }

    /** The warm-up note: every field a rule reads, and one earlier note. */
    static Note note() {
        String all;
        try (InputStream in = WarmUp.class.getResourceAsStream(TEXT)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEXT);
            }
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int cut = all.indexOf(EARLIER);
        LocalDate date = LocalDate.of(2026, 3, 3);
        NoteFields fields = new NoteFields("warm-up-client", date, LocalTime.of(10, 0), LocalTime.of(10, 53), 53,
                "90837", "individual", List.of(new Diagnosis("F33.1", "Major depressive disorder, recurrent, moderate")),
                List.of(new Medication("sertraline", "50 mg", "daily")), RiskLevel.parse("low").orElse(null),
                List.of(new Goal("G1", "Sleep 7 hours a night")), new Clinician("A. Rivera", "LCSW"),
                Instant.parse("2026-03-03T12:00:00Z"), Map.of(), Map.of());
        NoteFields earlierFields = new NoteFields("warm-up-client", date.minusWeeks(1), null, null, null, "90834",
                null, null, null, RiskLevel.parse("low").orElse(null), null, null, null, Map.of(), Map.of());
        Note earlier = new Note("warm-up-h1", all.substring(cut + EARLIER.length()), null, earlierFields, List.of(),
                Map.of());
        return new Note("warm-up", all.substring(0, cut), NoteFormat.SOAP, fields, List.of(earlier), Map.of());
    }
    /** Every step of the analysis once, the ones no active rule asks for included. */
    private static void analyse(Linter linter, Note note) {
        try (NlpSession session = linter.nlp().openSession()) {
            AnalyzedNote a = new AnalyzedNote(note, linter.tools(), session);
            a.tokens();
            a.quotes();
            a.timeExpressions();
            a.lines();
            for (Sentence s : a.sentences()) {
                a.tokens(s);
                a.tagged(s);
                a.dependencies(s);
                if (!a.tokens(s).isEmpty()) {
                    a.scopedAssertionResult(a.tokens(s).get(a.tokens(s).size() - 1).span());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // as above: the note that meets it reports it
        }
    }
}
