package io.notelint.core.assertion;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a sentence says about one mention, with the evidence: the status, and every cue that applied
 * (at most one per category: the nearest). A mention can be both negated and about someone else ("no
 * family history of suicide"); {@link #status()} then picks one by {@link #PRIORITY}, and
 * {@link #has(Assertion)} answers for each category separately.
 */
public record AssertionResult(Assertion status, List<Cue> cues) {

    /**
     * Which category names the status when several apply: a condition first (a negation inside it is
     * itself conditional: "return if the pain is not resolved"), then a negation (nothing is asserted:
     * "no history of SI"), then another person ("her brother's history of SI"), then the past.
     */
    public static final List<Assertion> PRIORITY = List.of(
            Assertion.HYPOTHETICAL, Assertion.NEGATED, Assertion.OTHER_PERSON, Assertion.HISTORICAL);

    private static final AssertionResult AFFIRMED = new AssertionResult(Assertion.AFFIRMED, List.of());

    public AssertionResult {
        cues = List.copyOf(cues);
    }

    public static AssertionResult affirmed() {
        return AFFIRMED;
    }

    /** The result for the cues found, one per category at most. */
    static AssertionResult of(Map<Assertion, Cue> byCategory) {
        if (byCategory.isEmpty()) {
            return AFFIRMED;
        }
        Map<Assertion, Cue> sorted = new EnumMap<>(byCategory);
        for (Assertion a : PRIORITY) {
            if (sorted.containsKey(a)) {
                return new AssertionResult(a, List.copyOf(sorted.values()));
            }
        }
        throw new IllegalArgumentException("cue of unknown category");
    }

    /** True when a cue of this category applies, whatever the status. */
    public boolean has(Assertion category) {
        return category == Assertion.AFFIRMED ? cues.isEmpty() : cue(category).isPresent();
    }

    /** The cue of one category, if it applies. */
    public Optional<Cue> cue(Assertion category) {
        for (Cue c : cues) {
            if (c.category() == category) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The cue behind the status (empty when affirmed): "why is this negated?". */
    public Optional<Cue> trigger() {
        return cue(status);
    }
}
