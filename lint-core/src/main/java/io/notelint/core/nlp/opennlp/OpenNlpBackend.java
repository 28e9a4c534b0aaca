package io.notelint.core.nlp.opennlp;

import io.notelint.core.analysis.TaggedToken;
import io.notelint.core.nlp.NlpBackend;
import io.notelint.core.nlp.NlpBackendProvider;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * The default backend: Apache OpenNLP 2.5 with the English UD models. In 2.5.x the *ME classes are
 * not thread-safe, so every session makes its own (cheap: they wrap the shared models), and makes
 * the tokenizer and tagger only when a rule first asks for tags.
 */
public final class OpenNlpBackend implements NlpBackend {

    @Override
    public String name() {
        return "opennlp";
    }

    @Override
    public NlpSession openSession() {
        return new Session();
    }

    /** ServiceLoader entry. */
    public static final class Provider implements NlpBackendProvider {
        @Override
        public String name() {
            return "opennlp";
        }

        @Override
        public String description() {
            return "Apache OpenNLP 2.5 (Apache-2.0), English UD models: the embedded default";
        }

        @Override
        public NlpBackend create() {
            return new OpenNlpBackend();
        }
    }

    private static final class Session implements NlpSession {
        private SentenceDetectorME sentences;
        private TokenizerME tokenizer;
        private POSTaggerME tagger;

        @Override
        public List<Span> sentences(String text, Span region) {
            if (sentences == null) {
                sentences = new SentenceDetectorME(OpenNlpModels.Sentences.MODEL);
            }
            String segment = region.in(text);
            List<Span> out = new ArrayList<>();
            for (opennlp.tools.util.Span s : sentences.sentPosDetect(segment)) {
                out.add(new Span(region.start() + s.getStart(), region.start() + s.getEnd()));
            }
            return out;
        }

        @Override
        public List<TaggedToken> tag(String text, Span sentence) {
            if (tokenizer == null) {
                tokenizer = new TokenizerME(OpenNlpModels.Tokens.MODEL);
                tagger = new POSTaggerME(OpenNlpModels.Pos.MODEL);
            }
            String s = sentence.in(text);
            opennlp.tools.util.Span[] spans = tokenizer.tokenizePos(s);
            String[] words = opennlp.tools.util.Span.spansToStrings(spans, s);
            String[] tags = tagger.tag(words);
            List<TaggedToken> out = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                Span span = new Span(sentence.start() + spans[i].getStart(), sentence.start() + spans[i].getEnd());
                out.add(new TaggedToken(span, words[i], tags[i], null));
            }
            return out;
        }
    }
}
