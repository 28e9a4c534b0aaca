/**
 * The NLP service interface: sentence splitting, tokens and tags behind {@link
 * io.notelint.core.nlp.NlpBackend}, found with ServiceLoader (OpenNLP by default).
 */
package io.notelint.core.nlp;
