package io.notelint.core.engine;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.nlp.NlpBackend;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import io.notelint.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in NLP backend for lint-core's own tests, which cannot see lint-nlp-opennlp (it depends on
 * lint-core): sentences end at a full stop, question or exclamation mark, tokens come from the core
 * tokenizer, every tag is "X". The engine tests here check wiring, limits and order, never tags; rules
 * that read tags are tested with the real backend in their own modules.
 */
public final class PlainNlp implements NlpBackend {

    public static final NlpBackend BACKEND = new PlainNlp();

    private static final Tokenizer TOKENIZER = TextToolkit.standard().tokenizer();

    private PlainNlp() {
    }

    @Override
    public String name() {
        return "plain";
    }

    @Override
    public NlpSession openSession() {
        return new NlpSession() {
            @Override
            public List<Span> sentences(String text, Span region) {
                List<Span> out = new ArrayList<>();
                int start = region.start();
                for (int i = region.start(); i < region.end(); i++) {
                    char c = text.charAt(i);
                    if (c == '.' || c == '?' || c == '!') {
                        out.add(new Span(start, i + 1));
                        start = i + 1;
                    }
                }
                if (start < region.end() && !text.substring(start, region.end()).isBlank()) {
                    out.add(new Span(start, region.end()));
                }
                return out;
            }

            @Override
            public List<TaggedToken> tag(String text, Span sentence) {
                return TOKENIZER.tokenize(text, sentence).stream()
                        .map(t -> new TaggedToken(t.span(), t.text(), "X", null)).toList();
            }
        };
    }
}
