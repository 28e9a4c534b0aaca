package io.notelint.nlp.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English UD models, loaded once per process on first use and shared by all threads (OpenNLP model
 * objects are immutable; only the *ME wrappers hold state). Loaded by resource name, because OpenNLP's
 * class-path model provider fails inside shaded jars and its "en" constructors download from the net.
 */
final class OpenNlpModels {

    static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private OpenNlpModels() {
    }

    /** Initialisation-on-demand holders: each model loads when first needed, exactly once. */
    static final class Sentences {
        /** With NoteLint's end-of-sentence scanner: the same sentences as OpenNLP's, found without boxing. */
        static final SentenceModel MODEL = CharEndOfSentenceScanner.withCharScanner(load(SENTENCE, SentenceModel::new));
    }

    static final class Tokens {
        static final TokenizerModel MODEL = load(TOKENS, TokenizerModel::new);
    }

    static final class Pos {
        static final POSModel MODEL = load(POS, POSModel::new);
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
