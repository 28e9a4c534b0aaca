package io.notelint.nlp.corenlp;

import io.notelint.core.nlp.DependencyParses;
import io.notelint.core.nlp.NlpBackend;
import io.notelint.core.nlp.NlpBackendProvider;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import io.notelint.core.time.TimeExpressionFinder;
import java.util.Optional;

/**
 * The thorough backend: Stanford CoreNLP 4.5 (GPL-3.0-or-later) for sentences, tokens, UPOS tags (mapped from
 * the tagger's Penn Treebank tags) and lemmas, with two capabilities the default lacks: SUTime time
 * expressions resolved against the date of service ({@link SuTimeFinder}, added to the default
 * finder's as the {@link TimeExpressionFinder} capability) and dependency parses
 * ({@link DependencyParses}). Chosen with {@code nlp: corenlp} in the config or {@code --nlp corenlp};
 * found by {@link java.util.ServiceLoader} when this module is on the class path.
 *
 * <p>Immutable and shared by all threads. Creating it loads nothing: the models load once per process when
 * first used (see {@link #warmUp()} to pay that before the first note).
 */
public final class CoreNlpBackend implements NlpBackend {

    public static final String NAME = "corenlp";

    private final CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.INSTANCE;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NlpSession openSession() {
        return new CoreNlpSession(analyzer);
    }

    /**
     * {@link DependencyParses}; {@link TimeExpressionFinder} (the default finder with SUTime's additions, which
     * {@code AnalyzedNote.timeExpressions()} uses); and {@link SuTimeFinder} (SUTime alone). All thread-safe;
     * the parser and SUTime load on the first call that needs them, not here.
     */
    @Override
    public <T> Optional<T> capability(Class<T> type) {
        if (type == DependencyParses.class) {
            DependencyParses parses = (text, sentence) -> analyzer.parse(analyzer.annotate(text, sentence));
            return Optional.of(type.cast(parses));
        }
        if (type == TimeExpressionFinder.class) {
            return Optional.of(type.cast(CoreNlpTimeFinder.INSTANCE));
        }
        if (type == SuTimeFinder.class) {
            return Optional.of(type.cast(SuTimeFinder.INSTANCE));
        }
        return Optional.empty();
    }

    /** Loads the tokenizer, tagger and lemmatiser now (they otherwise load with the first note). */
    public void warmUp() {
        warmUp(false);
    }

    /** Also loads SUTime and the dependency parser when {@code everything}. */
    public void warmUp(boolean everything) {
        Span all = new Span(0, WARM_UP.length());
        analyzer.annotate(WARM_UP, all);
        if (everything) {
            analyzer.parse(analyzer.annotate(WARM_UP, all));
            SuTimeFinder.INSTANCE.find(WARM_UP, all, null);
        }
    }

    private static final String WARM_UP = "The client will return next week.";

    /** ServiceLoader entry. */
    public static final class Provider implements NlpBackendProvider {
        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String description() {
            return "Stanford CoreNLP 4.5 (GPL-3.0-or-later): tags and lemmas, SUTime, dependency parses";
        }

        @Override
        public NlpBackend create() {
            return new CoreNlpBackend();
        }
    }
}
