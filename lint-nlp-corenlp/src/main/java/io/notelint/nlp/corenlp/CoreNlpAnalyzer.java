package io.notelint.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import io.notelint.core.nlp.DependencyParse;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The CoreNLP analyses NoteLint uses, as stateless operations on a span of a note: every call annotates
 * its own {@link Annotation} with the shared annotators of {@link Annotators}, so one instance serves all
 * threads. CoreNLP reports offsets into the string it was given, in UTF-16 units like Java strings; they
 * are shifted by the span's start, never recomputed from token text (CoreNLP normalises some tokens).
 */
final class CoreNlpAnalyzer {

    static final CoreNlpAnalyzer INSTANCE = new CoreNlpAnalyzer();

    private CoreNlpAnalyzer() {
    }

    /** Tokens, UPOS tags and lemmas of {@code sentence}, taken as one sentence. */
    AnnotatedSentence annotate(String text, Span sentence) {
        String segment = sentence.in(text);
        if (!hasContent(segment)) {
            // the one-sentence splitter refuses to make a sentence without a token
            return new AnnotatedSentence(sentence, List.of(), null);
        }
        Annotation doc = new Annotation(segment);
        Annotators.OneSentence.INSTANCE.annotate(doc);
        List<CoreMap> sentences = sentencesOf(doc);
        if (sentences.isEmpty()) {
            return new AnnotatedSentence(sentence, List.of(), null);
        }
        Annotators.Tagger.POS.annotate(doc);
        Annotators.Tagger.LEMMA.annotate(doc);
        // isOneSentence: the tokenizer made exactly one sentence
        CoreMap core = sentences.get(0);
        return new AnnotatedSentence(sentence, tagged(text, sentence.start(), labels(core)), core);
    }

    /** The basic UD dependency tree of an annotated sentence (its tokens, in order). */
    DependencyParse parse(AnnotatedSentence sentence) {
        if (sentence.core() == null) {
            return new DependencyParse(List.of(), List.of());
        }
        GrammaticalStructure gs = Annotators.Parser.INSTANCE.predict(sentence.core());
        int n = sentence.tokens().size();
        List<DependencyParse.Arc> arcs = new ArrayList<>(Collections.nCopies(n, null));
        for (TypedDependency td : gs.typedDependencies()) {
            int dependent = td.dep().index() - 1;
            if (dependent >= 0 && dependent < n) {
                // CoreNLP numbers tokens from 1, with 0 for the root
                arcs.set(dependent, new DependencyParse.Arc(td.gov().index() - 1, td.reln().toString()));
            }
        }
        for (int i = 0; i < n; i++) {
            if (arcs.get(i) == null) {
                // a token the parser left out (none in practice): hang it on the root as an unknown relation
                arcs.set(i, new DependencyParse.Arc(DependencyParse.ROOT, "dep"));
            }
        }
        return new DependencyParse(sentence.tokens(), arcs);
    }

    /** Tagged tokens at absolute offsets; text taken from the note, not CoreNLP's normalised word. */
    static List<TaggedToken> tagged(String text, int base, List<CoreLabel> labels) {
        List<String> words = new ArrayList<>(labels.size());
        List<String> tags = new ArrayList<>(labels.size());
        List<String> lemmas = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            words.add(l.word());
            tags.add(l.tag() == null ? "" : l.tag());
            lemmas.add(l.lemma());
        }
        List<String> upos = UposMapper.standard().map(words, tags, lemmas);
        List<TaggedToken> out = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            Span span = new Span(base + l.beginPosition(), base + l.endPosition());
            out.add(new TaggedToken(span, span.in(text), upos.get(i), l.lemma()));
        }
        return out;
    }

    /** True when some character is neither white space nor an invisible format character (which CoreNLP drops). */
    private static boolean hasContent(String s) {
        return s.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT);
    }

    static List<CoreMap> sentencesOf(Annotation doc) {
        List<CoreMap> s = doc.get(CoreAnnotations.SentencesAnnotation.class);
        return s == null ? List.of() : s;
    }

    static List<CoreLabel> labels(CoreMap sentence) {
        List<CoreLabel> t = sentence.get(CoreAnnotations.TokensAnnotation.class);
        return t == null ? List.of() : t;
    }
}
