package io.notelint.core.nlp;

import io.notelint.core.analysis.TaggedToken;
import io.notelint.core.text.Span;
import java.util.List;

/** The per-note, single-threaded side of an {@link NlpBackend}. */
public interface NlpSession {

    /** Sentence spans inside {@code region} of {@code text} (absolute offsets). */
    List<Span> sentences(String text, Span region);

    /** Tokens of one sentence with their UPOS tags (absolute offsets). */
    List<TaggedToken> tag(String text, Span sentence);
}
