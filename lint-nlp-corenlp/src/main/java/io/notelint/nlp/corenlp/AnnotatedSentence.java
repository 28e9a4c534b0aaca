package io.notelint.nlp.corenlp;

import edu.stanford.nlp.util.CoreMap;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import java.util.List;

/**
 * One sentence as CoreNLP annotated it: NoteLint's tokens (absolute spans, UPOS, lemma) and, for the
 * analyses that continue from it (the dependency parser), CoreNLP's own sentence map with the same tokens
 * in the same order; {@code core} is null when the sentence holds no token.
 */
record AnnotatedSentence(Span span, List<TaggedToken> tokens, CoreMap core) {

    AnnotatedSentence {
        tokens = List.copyOf(tokens);
    }
}
