package io.notelint.nlp.corenlp;

import io.notelint.core.nlp.DependencyParses;
import io.notelint.core.nlp.NlpBackend;
import io.notelint.core.nlp.NlpBackendProvider;
import io.notelint.core.nlp.NlpBackends;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * The default backend with Stanford CoreNLP 4.5 (GPL-3.0-or-later) where CoreNLP adds what the default cannot:
 * sentences, tokens and tags of every sentence come from the default backend (OpenNLP), so everything a rule
 * reads is what it reads with the default; CoreNLP's dependency parser ({@link DependencyParses}) scopes the
 * negations and conditions of the sentences where a parse could change a mention's assertion (the assertion
 * classifier asks only for risk mentions and only there, see {@code AnalyzedNote.scopedAssertionResult}), and
 * each such sentence is tokenized, tagged and parsed by CoreNLP alone, its parse remembered by its text
 * ({@link RememberedParses}). SUTime stays available as the {@link SuTimeFinder} capability for
 * callers that ask for it; the notes' time expressions are the default's (SUTime added nothing measurable to
 * the findings, see docs/performance.md). Chosen with {@code nlp: corenlp} or {@code --nlp corenlp}; found by
 * {@link java.util.ServiceLoader} when this module is on the class path.
 *
 * <p>Immutable and shared by all threads. Creating it loads no CoreNLP model: the annotators load once per
 * process, when the first sentence is parsed (see {@link #warmUp()} to pay that before the first note).
 */
public final class CoreNlpBackend implements NlpBackend {

    public static final String NAME = "corenlp";

    /** The system property that sets how many sentences' parses are remembered (0: none). */
    public static final String REMEMBERED_SENTENCES = "notelint.corenlp.rememberedSentences";

    private final NlpBackend base;
    private final CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.INSTANCE;
    private final RememberedParses parses;

    /** On the default backend (which must be on the class path: lint-nlp-opennlp). */
    public CoreNlpBackend() {
        this(NlpBackends.defaultBackend());
    }

    /** On {@code base} for sentences, tokens and tags. */
    public CoreNlpBackend(NlpBackend base) {
        this(base, RememberedParses.MAX_SENTENCES);
    }

    /**
     * On {@code base}, remembering the parses of up to {@code rememberedSentences} sentences by their text
     * (0: every sentence parsed afresh). What is remembered changes the cost, never a parse.
     */
    public CoreNlpBackend(NlpBackend base, int rememberedSentences) {
        this.base = Objects.requireNonNull(base, "base");
        if (rememberedSentences < 0) {
            throw new IllegalArgumentException("rememberedSentences must be 0 or more, not " + rememberedSentences);
        }
        this.parses = new RememberedParses(analyzer, rememberedSentences);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NlpSession openSession() {
        return new CoreNlpSession(base.openSession(), parses);
    }

    /**
     * {@link DependencyParses} (CoreNLP's own tokens, tags and parse of the sentence) and {@link SuTimeFinder};
     * both thread-safe, loading their models on the first call that needs them. Anything else: the base's.
     */
    @Override
    public <T> Optional<T> capability(Class<T> type) {
        if (type == DependencyParses.class) {
            return Optional.of(type.cast(parses));
        }
        if (type == SuTimeFinder.class) {
            return Optional.of(type.cast(SuTimeFinder.INSTANCE));
        }
        return base.capability(type);
    }

    /** Loads the tokenizer, tagger and dependency parser now (they otherwise load with the first parse). */
    public void warmUp() {
        warmUp(false);
    }

    /** Also loads SUTime when {@code everything}. */
    public void warmUp(boolean everything) {
        Span all = new Span(0, WARM_UP.length());
        analyzer.parse(analyzer.annotate(WARM_UP, all));
        if (everything) {
            SuTimeFinder.INSTANCE.find(WARM_UP, all, null);
        }
    }

    private static final String WARM_UP = "The client denies thoughts of suicide and will return next week.";

    /** ServiceLoader entry. */
    public static final class Provider implements NlpBackendProvider {
        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String description() {
            return "OpenNLP, with Stanford CoreNLP 4.5 (GPL-3.0-or-later) dependency parses for negation scope";
        }

        @Override
        public NlpBackend create() {
            return new CoreNlpBackend(NlpBackends.defaultBackend(),
                    Integer.getInteger(REMEMBERED_SENTENCES, RememberedParses.MAX_SENTENCES));
        }
    }
}
