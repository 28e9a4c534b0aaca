package io.notelint.nlp.corenlp;

import io.notelint.core.nlp.DependencyParse;
import io.notelint.core.nlp.DependencyParses;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One note on one thread: sentences and tags from the default backend's session, so every sentence reads as
 * it does with the default; a CoreNLP dependency parse only for the sentences the caller asks to have parsed
 * (the assertion classifier asks where the parse could change a negation's or a condition's scope), each
 * parsed once per note.
 */
final class CoreNlpSession implements NlpSession {

    private final NlpSession base;
    private final CoreNlpAnalyzer analyzer;
    private final Map<Span, DependencyParse> parsed = new HashMap<>();
    private String text;

    CoreNlpSession(NlpSession base, CoreNlpAnalyzer analyzer) {
        this.base = base;
        this.analyzer = analyzer;
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
            DependencyParses parses = this::parse;
            return Optional.of(type.cast(parses));
        }
        return base.capability(type);
    }

    private DependencyParse parse(String text, Span sentence) {
        if (!text.equals(this.text)) {
            // a session serves one note; a caller that passes another text gets no stale parse
            parsed.clear();
            this.text = text;
        }
        return parsed.computeIfAbsent(sentence, s -> analyzer.parse(analyzer.annotate(text, s)));
    }

    @Override
    public void close() {
        base.close();
    }
}
