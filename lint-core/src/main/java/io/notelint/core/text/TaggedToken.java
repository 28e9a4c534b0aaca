package io.notelint.core.text;


/**
 * A token as an NLP backend sees it, with its part-of-speech tag (Universal Dependencies UPOS:
 * NOUN, VERB, ADJ, ADV, PRON, DET, ADP, ...), and a lemma when the backend gives one cheaply (else null).
 */
public record TaggedToken(Span span, String text, String pos, String lemma) {
}
