package io.notelint.nlp.opennlp;

import io.notelint.core.nlp.NlpBackend;
import io.notelint.core.nlp.NlpBackendProvider;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * The default backend: Apache OpenNLP 2.5 with the English UD models. In 2.5.x the *ME classes are
 * not thread-safe, so each session has its own. A sentence detector costs under a microsecond to
 * make, so every session makes one; a tokenizer and POS tagger cost about 0.1 ms together (as much
 * as tagging a sentence), so a session borrows them from a small pool when a rule first asks for
 * tags and gives them back when the note is done. The pool is plain shared state of this backend
 * (no ThreadLocal, nothing pinned to a thread), holding at most {@link #MAX_IDLE} idle pairs.
 */
public final class OpenNlpBackend implements NlpBackend {

    /** Idle taggers kept for reuse: more than the threads that lint at once only wastes memory. */
    static final int MAX_IDLE = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private final TaggerPool taggers = new TaggerPool(MAX_IDLE);

    @Override
    public String name() {
        return "opennlp";
    }

    @Override
    public NlpSession openSession() {
        return new Session(taggers);
    }

    TaggerPool taggers() {
        return taggers;
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

    /** A tokenizer and a POS tagger, used by one session at a time. */
    static final class Tagger {
        final RememberingTokenizer tokenizer = new RememberingTokenizer(new TokenizerME(OpenNlpModels.Tokens.MODEL));
        final POSTaggerME tagger = new POSTaggerME(OpenNlpModels.Pos.MODEL);
    }

    /** Idle taggers; a lock-free queue, bounded by a count so a burst of threads does not pin memory. */
    static final class TaggerPool {
        private final java.util.concurrent.ConcurrentLinkedQueue<Tagger> idle = new java.util.concurrent.ConcurrentLinkedQueue<>();
        private final java.util.concurrent.atomic.AtomicInteger size = new java.util.concurrent.atomic.AtomicInteger();
        private final int max;

        TaggerPool(int max) {
            this.max = max;
        }

        Tagger borrow() {
            Tagger t = idle.poll();
            if (t == null) {
                return new Tagger();
            }
            size.decrementAndGet();
            return t;
        }

        void giveBack(Tagger t) {
            if (size.incrementAndGet() <= max) {
                idle.offer(t);
            } else {
                size.decrementAndGet(); // full: let it go
            }
        }

        int idle() {
            return size.get();
        }
    }

    private static final class Session implements NlpSession {
        private final TaggerPool pool;
        private SentenceDetectorME sentences;
        private Tagger tagger;

        Session(TaggerPool pool) {
            this.pool = pool;
        }

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
            if (tagger == null) {
                tagger = pool.borrow();
            }
            String s = sentence.in(text);
            opennlp.tools.util.Span[] spans = tagger.tokenizer.tokenizePos(s);
            String[] words = opennlp.tools.util.Span.spansToStrings(spans, s);
            String[] tags = tagger.tagger.tag(words);
            List<TaggedToken> out = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                Span span = new Span(sentence.start() + spans[i].getStart(), sentence.start() + spans[i].getEnd());
                out.add(new TaggedToken(span, words[i], tags[i], null));
            }
            return out;
        }

        @Override
        public void close() {
            if (tagger != null) {
                Tagger t = tagger;
                tagger = null; // a second close gives nothing back twice
                pool.giveBack(t);
            }
        }
    }
}
