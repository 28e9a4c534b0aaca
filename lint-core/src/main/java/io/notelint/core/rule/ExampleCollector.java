package io.notelint.core.rule;

/**
 * The one way to write a rule's examples, shared by {@link RuleMeta.Builder} (examples that ship with the
 * rule) and the test kit's {@code RuleTester} (cases a test adds): good and bad notes, as text or with
 * fields and history, a bad one optionally naming the message it expects.
 *
 * @param <S> the collector itself, so that calls chain
 */
public interface ExampleCollector<S extends ExampleCollector<S>> {

    /** Adds an example already built (a rule file's, or one of these). */
    S example(Example value);

    /** Note text the rule must leave alone. */
    default S good(String text) {
        return example(Example.good(text));
    }

    /** A note with fields or history the rule must leave alone. */
    default S good(ExampleNote note) {
        return example(Example.good(note));
    }

    /** Note text the rule must flag, with optional [[span]] markers. */
    default S bad(String text) {
        return example(Example.bad(text));
    }

    /** Note text the rule must flag, every finding with this message (a rule with several messages names one). */
    default S bad(String messageId, String text) {
        return example(Example.bad(messageId, ExampleNote.note(text)));
    }

    /** A note with fields or history the rule must flag. */
    default S bad(ExampleNote note) {
        return example(Example.bad(note));
    }

    /** A note with fields or history the rule must flag, every finding with this message. */
    default S bad(String messageId, ExampleNote note) {
        return example(Example.bad(messageId, note));
    }
}
