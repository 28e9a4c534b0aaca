package io.notelint.nlp.corenlp.bench;

import io.notelint.core.nlp.DependencyParses;
import io.notelint.core.nlp.NlpBackend;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/** A backend as it is, counting the sentences it splits and the sentences it is asked to parse (for the bench). */
final class CountingBackend implements NlpBackend {

    private final NlpBackend inner;
    final LongAdder sentences = new LongAdder();
    final LongAdder parses = new LongAdder();

    CountingBackend(NlpBackend inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public <T> Optional<T> capability(Class<T> type) {
        return inner.capability(type);
    }

    @Override
    public NlpSession openSession() {
        NlpSession session = inner.openSession();
        return new NlpSession() {
            @Override
            public List<Span> sentences(String text, Span region) {
                List<Span> out = session.sentences(text, region);
                sentences.add(out.size());
                return out;
            }

            @Override
            public List<TaggedToken> tag(String text, Span sentence) {
                return session.tag(text, sentence);
            }

            @Override
            public <T> Optional<T> capability(Class<T> type) {
                Optional<T> found = session.capability(type);
                if (type == DependencyParses.class && found.isPresent()) {
                    DependencyParses parser = (DependencyParses) found.get();
                    DependencyParses counted = (text, sentence) -> {
                        parses.increment();
                        return parser.parse(text, sentence);
                    };
                    return Optional.of(type.cast(counted));
                }
                return found;
            }

            @Override
            public void close() {
                session.close();
            }
        };
    }
}
