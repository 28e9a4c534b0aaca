package io.notelint.core.nlp;

import io.notelint.core.analysis.TaggedToken;
import io.notelint.core.text.Span;
import java.util.List;

/**
 * The per-note, single-threaded side of an {@link NlpBackend}. Closed when the note is done, so a
 * backend can hand what it lent the session (a pooled tagger) to the next note; a session that is
 * never closed only loses that reuse.
 */
public interface NlpSession extends AutoCloseable {

    /** Sentence spans inside {@code region} of {@code text} (absolute offsets). */
    List<Span> sentences(String text, Span region);

    /** Tokens of one sentence with their UPOS tags (absolute offsets). */
    List<TaggedToken> tag(String text, Span sentence);

    /** The note is done; the session is not used again. */
    @Override
    default void close() {
    }
}
