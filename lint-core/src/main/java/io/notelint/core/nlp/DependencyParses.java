package io.notelint.core.nlp;

import io.notelint.core.text.Span;

/**
 * An optional backend capability: dependency parses of single sentences, for analyses that need
 * syntax rather than word windows (the scope of a negation or a hypothetical: in "denies SI but reports
 * thoughts of self-harm" the negation governs "SI" and not "thoughts"). Look it up with
 * {@link NlpBackend#capability(Class)} (thread-safe) or {@link NlpSession#capability(Class)} (per note,
 * may reuse the session's tagging); absent in the default OpenNLP backend, so callers fall back.
 */
public interface DependencyParses {

    /** The basic (tree-shaped) Universal Dependencies parse of {@code sentence}, a span of {@code text}. */
    DependencyParse parse(String text, Span sentence);
}
