package io.notelint.core.nlp;

import java.util.Optional;

/**
 * A statistical NLP library behind NoteLint's own interface, so no OpenNLP or CoreNLP type appears in a
 * public signature and a backend can be swapped without breaking embedders. A backend is immutable
 * and shared by all threads; each note gets its own {@link NlpSession}.
 */
public interface NlpBackend {

    /** Short name used in config and on the command line: "opennlp", "corenlp". */
    String name();

    /** A session for one note on one thread; cheap to open. */
    NlpSession openSession();

    /**
     * Optional extra analyses a backend offers (time expressions, dependency parses), looked up by
     * interface. Rules use them when present and fall back when not.
     */
    default <T> Optional<T> capability(Class<T> type) {
        return Optional.empty();
    }
}
