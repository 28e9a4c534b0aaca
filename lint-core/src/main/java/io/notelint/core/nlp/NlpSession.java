package io.notelint.core.nlp;

import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import java.util.List;
import java.util.Optional;

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

    /**
     * Optional extra analyses bound to this session (and so free to reuse its work on the same note),
     * looked up by interface, such as {@link DependencyParses}. Empty by default: callers fall back.
     */
    default <T> Optional<T> capability(Class<T> type) {
        return Optional.empty();
    }

    /** The note is done; the session is not used again. */
    @Override
    default void close() {
    }
}
