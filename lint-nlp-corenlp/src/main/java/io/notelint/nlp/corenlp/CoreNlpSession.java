package io.notelint.nlp.corenlp;

import io.notelint.core.nlp.DependencyParses;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import java.util.List;
import java.util.Optional;

/**
 * One note on one thread: sentences and tags from the default backend's session, so every sentence reads as
 * it does with the default; a CoreNLP dependency parse only for the sentences the caller asks to have parsed
 * (the assertion classifier asks where the parse could change a negation's or a condition's scope; the note's
 * analysis keeps each sentence's parse, the backend remembers them by text across notes).
 */
final class CoreNlpSession implements NlpSession {

    private final NlpSession base;
    private final DependencyParses parses;

    CoreNlpSession(NlpSession base, DependencyParses parses) {
        this.base = base;
        this.parses = parses;
    }

    @Override
    public List<Span> sentences(String text, Span region) {
        return base.sentences(text, region);
    }

    @Override
    public List<TaggedToken> tag(String text, Span sentence) {
        return base.tag(text, sentence);
    }

    @Override
    public <T> Optional<T> capability(Class<T> type) {
        if (type == DependencyParses.class) {
            return Optional.of(type.cast(parses));
        }
        return base.capability(type);
    }

    @Override
    public void close() {
        base.close();
    }
}
