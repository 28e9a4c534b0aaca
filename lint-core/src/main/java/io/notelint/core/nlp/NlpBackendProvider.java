package io.notelint.core.nlp;

/**
 * Makes an {@link NlpBackend}; found with {@link java.util.ServiceLoader} so an optional backend (such as
 * the CoreNLP module) is used when its jar is on the class path and never referenced otherwise.
 */
public interface NlpBackendProvider {

    String name();

    /** A short, human description for listings and errors. */
    String description();

    NlpBackend create();
}
