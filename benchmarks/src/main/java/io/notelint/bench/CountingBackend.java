package io.notelint.bench;

import io.notelint.core.nlp.NlpBackend;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wraps a backend and counts what the rules make it do: sessions opened, sentence-detection calls,
 * sentences tagged and the tokens in them. Answers "how many sentences get POS-tagged per note".
 */
final class CountingBackend implements NlpBackend {

    private final NlpBackend inner;
    final LongAdder sessions = new LongAdder();
    final LongAdder segments = new LongAdder();
    final LongAdder sentences = new LongAdder();
    final LongAdder tagged = new LongAdder();
    final LongAdder taggedTokens = new LongAdder();

    CountingBackend(NlpBackend inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public NlpSession openSession() {
        sessions.increment();
        NlpSession session = inner.openSession();
        return new NlpSession() {
            @Override
            public List<Span> sentences(String text, Span region) {
                segments.increment();
                List<Span> out = session.sentences(text, region);
                sentences.add(out.size());
                return out;
            }

            @Override
            public List<TaggedToken> tag(String text, Span sentence) {
                tagged.increment();
                List<TaggedToken> out = session.tag(text, sentence);
                taggedTokens.add(out.size());
                return out;
            }
        };
    }
}
