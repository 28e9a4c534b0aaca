package io.notelint.nlp.corenlp;

import io.notelint.core.nlp.DependencyParse;
import io.notelint.core.nlp.DependencyParses;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's parse of a sentence, remembered by the sentence's text. CoreNLP tokenizes, tags and parses the
 * sentence's text alone (nothing of the note around it), so the parse of a text seen before, moved to where
 * the sentence stands in this note, is the parse CoreNLP would give again; {@code RememberedParsesTest}
 * holds it to a fresh parse on whole corpora. Exported notes repeat their risk screens word for word
 * ("Client denies SI/HI, plan or intent"), and a parse costs some 4 ms of CPU.
 *
 * <p>Shared by every thread of the backend. It remembers at most {@link #MAX_SENTENCES} sentences (by default),
 * then forgets them all and starts again, so a long batch cannot grow it; what it remembers changes the cost,
 * never a parse, whichever thread parsed a sentence first.
 */
final class RememberedParses implements DependencyParses {

    /** A few megabytes: a parse of a 20-word sentence is some 2 KB of tokens and arcs. */
    static final int MAX_SENTENCES = 4096;

    private final CoreNlpAnalyzer analyzer;
    private final int capacity;
    /** Sentence text to its parse with spans counted from the sentence's first character. */
    private final Map<String, DependencyParse> bySentence = new ConcurrentHashMap<>();

    RememberedParses(CoreNlpAnalyzer analyzer) {
        this(analyzer, MAX_SENTENCES);
    }

    /** {@code capacity} 0 remembers nothing (every sentence parsed afresh: the benchmarks' worst case). */
    RememberedParses(CoreNlpAnalyzer analyzer, int capacity) {
        this.analyzer = analyzer;
        this.capacity = capacity;
    }

    @Override
    public DependencyParse parse(String text, Span sentence) {
        String words = sentence.in(text);
        DependencyParse atStart = bySentence.get(words);
        if (atStart == null) {
            atStart = analyzer.parse(analyzer.annotate(words, new Span(0, words.length())));
            if (capacity > 0) {
                if (bySentence.size() >= capacity) {
                    bySentence.clear();
                }
                bySentence.put(words, atStart);
            }
        }
        return sentence.start() == 0 ? atStart : moved(atStart, sentence.start());
    }

    /** The same tree with every token's span moved {@code by} characters on (the text is the same). */
    private static DependencyParse moved(DependencyParse parse, int by) {
        List<TaggedToken> tokens = new ArrayList<>(parse.size());
        for (TaggedToken t : parse.tokens()) {
            Span s = t.span();
            tokens.add(new TaggedToken(new Span(s.start() + by, s.end() + by), t.text(), t.pos(), t.lemma()));
        }
        return new DependencyParse(tokens, parse.arcs());
    }
}
