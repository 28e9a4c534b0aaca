package io.notelint.core.analysis;

import io.notelint.core.assertion.AssertionClassifier;
import io.notelint.core.text.Normalizer;
import io.notelint.core.text.Tokenizer;
import io.notelint.core.time.TimeExpressionFinder;

/**
 * The rule-independent text machinery, immutable and shared by every thread: normaliser, tokenizer,
 * section detector, assertion classifier and document-kind detector. Built once per process ({@link #standard()}); rules
 * build their lexicons with the same tokenizer so that entries and note text normalise alike.
 */
public final class TextToolkit {

    private final Normalizer normalizer;
    private final Tokenizer tokenizer;
    private final SectionDetector sectionDetector;
    private final AssertionClassifier assertions;
    private final TimeExpressionFinder timeExpressions;
    private final DocumentKindDetector documentKinds;

    private TextToolkit() {
        this.normalizer = Normalizer.load();
        this.tokenizer = new Tokenizer(normalizer);
        this.sectionDetector = new SectionDetector();
        this.assertions = new AssertionClassifier(tokenizer);
        this.timeExpressions = TimeExpressionFinder.standard();
        this.documentKinds = DocumentKindDetector.load();
    }

    private static final class Holder {
        static final TextToolkit STANDARD = new TextToolkit();
    }

    /** The shared instance, loaded on first use. */
    public static TextToolkit standard() {
        return Holder.STANDARD;
    }

    public Normalizer normalizer() {
        return normalizer;
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }

    public SectionDetector sectionDetector() {
        return sectionDetector;
    }

    public AssertionClassifier assertions() {
        return assertions;
    }

    public TimeExpressionFinder timeExpressions() {
        return timeExpressions;
    }

    public DocumentKindDetector documentKinds() {
        return documentKinds;
    }
}
