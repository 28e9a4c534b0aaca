package io.notelint.nlp.corenlp;

import io.notelint.core.nlp.DependencyParse;
import io.notelint.core.nlp.DependencyParses;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import io.notelint.core.time.TimeExpressionFinder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One note on one thread. Keeps each sentence it tagged, so a dependency parse asked for later starts from
 * the same tokens and tags instead of annotating the sentence again.
 */
final class CoreNlpSession implements NlpSession {

    private final CoreNlpAnalyzer analyzer;
    private final Map<Span, AnnotatedSentence> annotated = new HashMap<>();
    private String text;

    CoreNlpSession(CoreNlpAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public List<Span> sentences(String text, Span region) {
        return analyzer.sentences(text, region);
    }

    @Override
    public List<TaggedToken> tag(String text, Span sentence) {
        return annotated(text, sentence).tokens();
    }

    @Override
    public <T> Optional<T> capability(Class<T> type) {
        if (type == DependencyParses.class) {
            DependencyParses parses = this::parse;
            return Optional.of(type.cast(parses));
        }
        if (type == TimeExpressionFinder.class) {
            return Optional.of(type.cast(CoreNlpTimeFinder.INSTANCE));
        }
        return Optional.empty();
    }

    private DependencyParse parse(String text, Span sentence) {
        return analyzer.parse(annotated(text, sentence));
    }

    private AnnotatedSentence annotated(String text, Span sentence) {
        if (!text.equals(this.text)) {
            // a session serves one note; a caller that passes another text gets no stale tokens
            annotated.clear();
            this.text = text;
        }
        return annotated.computeIfAbsent(sentence, s -> analyzer.annotate(text, s));
    }
}
