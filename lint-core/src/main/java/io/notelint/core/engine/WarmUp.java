package io.notelint.core.engine;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.io.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.nlp.NlpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * First-use work done by {@link Linter.Builder#build()}, before any note's watchdog starts: every
 * analysis step and every rule runs once on a built-in note (warmup-note.json: sections, quotes, times,
 * negations, risk, medications, history), so that class loading, lexicons, compiled patterns and the
 * NLP backend's models are loaded then and not inside the first note's CPU budget, on whichever worker
 * thread that note lands. A failure here is not reported: lint() meets it again on the note it happens
 * on and reports it there.
 */
final class WarmUp {

    private static final String NOTE = "warmup-note.json";

    private WarmUp() {
    }

    static void run(Linter linter) {
        Note note;
        try (InputStream in = WarmUp.class.getResourceAsStream(NOTE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + NOTE);
            }
            note = NoteJson.parseNote(new String(in.readAllBytes(), StandardCharsets.UTF_8), "warm-up");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        analyse(linter, note);
        try {
            linter.lint(note);
        } catch (RuntimeException | LinkageError e) {
            // reported per note by lint(), where it happens again
        }
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
                    a.assertionResult(a.tokens(s).get(a.tokens(s).size() - 1).span());
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // as above: the note that meets it reports it
        }
    }
}
