package io.notelint.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Raw OpenNLP over a whole text: sentences, then tokens and POS tags of every sentence. Models load
 * once per process (by resource name, as lint-core loads them); the *ME objects belong to one thread.
 */
final class OpenNlpPipeline {

    private static final class Models {
        static final SentenceModel SENTENCES = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        static final TokenizerModel TOKENS = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        static final POSModel POS = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    }

    private final SentenceDetectorME sentences = new SentenceDetectorME(Models.SENTENCES);
    private final TokenizerME tokenizer = new TokenizerME(Models.TOKENS);
    private final POSTaggerME tagger = new POSTaggerME(Models.POS);

    /** A new pipeline: the three *ME objects a NoteLint session would make for a note that gets tagged. */
    static OpenNlpPipeline create() {
        return new OpenNlpPipeline();
    }

    /** Analyses the text and returns the number of tagged tokens (so nothing is optimised away). */
    int analyse(String text) {
        int tokens = 0;
        for (Span s : sentences.sentPosDetect(text)) {
            String sentence = text.substring(s.getStart(), s.getEnd());
            String[] words = Span.spansToStrings(tokenizer.tokenizePos(sentence), sentence);
            tokens += tagger.tag(words).length;
        }
        return tokens;
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = OpenNlpPipeline.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
