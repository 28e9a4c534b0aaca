package io.notelint.core.assertion;

import io.notelint.core.analysis.Token;
import io.notelint.core.analysis.Tokenizer;
import io.notelint.core.text.Span;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a mention is affirmed, negated, hypothetical, historical or about another person.
 * Immutable and thread-safe.
 */
public final class AssertionClassifier {

    private static final Set<String> NEGATIONS = Set.of("no", "not", "deny", "denie", "without", "negative");

    private final Tokenizer tokenizer;

    public AssertionClassifier(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** Classifies {@code term} (a span inside {@code sentence}) in {@code text}. */
    public Assertion classify(String text, Span sentence, Span term) {
        List<Token> tokens = tokenizer.tokenize(text, new Span(sentence.start(), term.start()));
        int from = Math.max(0, tokens.size() - 5);
        for (int i = from; i < tokens.size(); i++) {
            if (NEGATIONS.contains(tokens.get(i).norm())) {
                return Assertion.NEGATED;
            }
        }
        return Assertion.AFFIRMED;
    }

    /** Convenience: classifies the first occurrence of {@code term} in {@code sentence}. */
    public Assertion classify(String sentence, String term) {
        int at = sentence.indexOf(term);
        if (at < 0) {
            at = sentence.toLowerCase(java.util.Locale.ROOT).indexOf(term.toLowerCase(java.util.Locale.ROOT));
        }
        if (at < 0) {
            throw new IllegalArgumentException("term not found in sentence");
        }
        return classify(sentence, new Span(0, sentence.length()), new Span(at, at + term.length()));
    }
}
