package io.notelint.core.assertion;

import java.util.ArrayList;
import java.util.List;

/**
 * What one phrase of the trigger file does. A phrase may carry several effects: "since" ends both a
 * hypothetical and a historical scope.
 */
record Trigger(List<Effect> effects) {

    /** How an effect acts on a mention. */
    enum Role {
        /** Asserts its category over a scope. */
        TRIGGER,
        /** Looks like a trigger of its category but is not one, and ends an earlier one's scope. */
        PSEUDO,
        /** Ends the scope of triggers of its category (of all categories when the category is null). */
        TERMINATE,
        /** A verb that asserts its object: a final post-trigger later in the clause does not reach it. */
        AFFIRM
    }

    /** Whether and how a trigger reaches back to a mention before it. */
    enum Backward {
        NONE,
        /** Any mention before it within the window: "... was ruled out". */
        ANY,
        /** Only when the trigger ends its clause: "SI denied." but not "denied SI". */
        FINAL
    }

    /**
     * One effect.
     *
     * @param category the category, or null for every category (terminators)
     * @param window   the most words between trigger and mention, or -1 for the classifier's default
     * @param weak     an indication ("screened for") that yields to a negation of the same mention
     */
    record Effect(Assertion category, Role role, boolean forward, Backward backward, int window, boolean weak) {

        boolean covers(Assertion c) {
            return category == null || category == c;
        }
    }

    Trigger {
        effects = List.copyOf(effects);
    }

    /** This trigger with the other's effects added (duplicates dropped). */
    Trigger plus(Trigger other) {
        List<Effect> all = new ArrayList<>(effects);
        for (Effect e : other.effects) {
            if (!all.contains(e)) {
                all.add(e);
            }
        }
        return new Trigger(all);
    }
}
