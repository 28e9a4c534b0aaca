package io.notelint.rules.clinical;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.assertion.Assertion;
import io.notelint.core.assertion.AssertionClassifier;

/**
 * Whether the shared assertion classifier already tells apart the contexts that the risk rule relies on
 * it for (negated lists, terminators, history, other people, conditionals). Tests of those cases run
 * only when it does: the rule delegates them to the classifier on purpose (it is being improved in its
 * own branch), and a failure there is the classifier's, not the rule's.
 */
final class ClassifierProbe {

    private ClassifierProbe() {
    }

    static boolean contextAware() {
        AssertionClassifier c = TextToolkit.standard().assertions();
        return c.classify("Client denies SI, HI, and self-harm.", "self-harm") == Assertion.NEGATED
                && c.classify("Denies SI but reports urges to cut.", "urges to cut") == Assertion.AFFIRMED
                && c.classify("Her brother attempted suicide last year.", "attempted suicide") == Assertion.OTHER_PERSON
                && c.classify("History of cutting in high school.", "cutting") == Assertion.HISTORICAL
                && c.classify("If urges to self-harm return, she will call 988.", "self-harm") == Assertion.HYPOTHETICAL
                && c.classify("Screen negative for SI and HI.", "SI") == Assertion.NEGATED;
    }
}
