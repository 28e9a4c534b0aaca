package io.notelint.nlp.corenlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.time.TimeAnnotator;
import java.util.Properties;

/**
 * The CoreNLP annotators NoteLint uses, each loaded once per process on first use (initialisation-on-demand
 * holders: no mutable statics, no locks on the hot path) and shared by every thread: CoreNLP annotators keep
 * no per-document state, and their pipelines run one annotator instance on several threads themselves.
 * Only what is asked for is loaded, on the first sentence that needs a parse: the tokenizer, the tagger
 * (~0.7 s, ~100 MB) whose Penn Treebank tags the parser reads, and the parser; SUTime when first asked for.
 *
 * <p>All are built quiet: CoreNLP's verbose modes print tokens, that is note text, to standard error, and
 * the tokenizer is told to keep characters it cannot classify without logging them.
 */
final class Annotators {

    /** Tokenizer options: keep untokenizable characters as tokens and never log them (they are note text). */
    private static final String TOKENIZE_OPTIONS = "untokenizable=noneKeep";

    private Annotators() {
    }

    private static Properties tokenizerProperties(boolean oneSentence) {
        Properties p = new Properties();
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", TOKENIZE_OPTIONS);
        p.setProperty("tokenize.verbose", "false");
        // since 4.5 the tokenizer also splits sentences
        p.setProperty("ssplit.isOneSentence", Boolean.toString(oneSentence));
        return p;
    }

    /** Tokenizer that also splits sentences (for SUTime, which reads whole regions). */
    static final class Splitter {
        static final TokenizerAnnotator INSTANCE = new TokenizerAnnotator(false, tokenizerProperties(false));
    }

    /** Tokenizer for text already known to be one sentence. */
    static final class OneSentence {
        static final TokenizerAnnotator INSTANCE = new TokenizerAnnotator(false, tokenizerProperties(true));
    }

    /** The English PTB tagger (english-left3words-distsim) and the Morpha lemmatiser. */
    static final class Tagger {
        static final POSTaggerAnnotator POS;
        static final MorphaAnnotator LEMMA = new MorphaAnnotator(false);

        static {
            Properties p = new Properties();
            p.setProperty("pos.verbose", "false");
            POS = new POSTaggerAnnotator("pos", p);
        }
    }

    /** SUTime, with its default English rules. */
    static final class Time {
        static final TimeAnnotator INSTANCE;

        static {
            Properties p = new Properties();
            p.setProperty("sutime.verbose", "false");
            INSTANCE = new TimeAnnotator("sutime", p, true);
        }
    }

    /** The neural transition-based dependency parser with the English Universal Dependencies model. */
    static final class Parser {
        static final DependencyParser INSTANCE =
                DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    }
}
