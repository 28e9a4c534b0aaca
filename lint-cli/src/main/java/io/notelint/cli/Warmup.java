package io.notelint.cli;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.json.NoteJson;
import io.notelint.core.nlp.NlpBackends;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;

/**
 * Start-up in parallel: while the main thread finds and builds the rules, a daemon thread loads what
 * every run needs next (the shared text toolkit, the OpenNLP sentence model, Jackson's note reader).
 * They are process-wide singletons, so nothing is done twice: whichever thread comes second waits for
 * the first. On a machine with a spare core this takes about a third off the time to the first result.
 */
final class Warmup {

    private static final String TEXT = "Warm up. Twice.";

    private Warmup() {
    }

    /** Starts the warm-up for the named NLP backend (only the embedded default is warmed: others may be heavy). */
    static void start(String nlp) {
        Thread t = new Thread(() -> {
            try {
                if (NlpBackends.DEFAULT.equalsIgnoreCase(nlp)) {
                    try (NlpSession s = NlpBackends.load(nlp).openSession()) {
                        s.sentences(TEXT, new Span(0, TEXT.length()));
                    }
                }
                NoteJson.mapper().readTree("{\"id\": \"w\", \"text\": \"w\"}");
                TextToolkit.standard();
            } catch (RuntimeException | LinkageError e) {
                // the run itself meets the same problem and reports it
            }
        }, "notelint-warmup");
        t.setDaemon(true);
        t.start();
    }
}
