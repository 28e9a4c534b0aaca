package io.notelint.core.rule;

import java.util.Objects;

/**
 * A note a rule must flag ({@link #bad}) or leave alone ({@link #good}); run as tests for every rule
 * (LanguageTool's rule examples, ESLint's RuleTester cases).
 *
 * <p>In the note's text, {@code [[...]]} marks the exact span a span rule must report; the markers are
 * removed before linting. A bad example with no markers only requires at least one finding of the
 * rule. {@code messageId} is the message every finding of a bad example must carry (null: any of the
 * rule's messages; a rule with one message needs none); a good example has none.
 */
public record Example(boolean shouldFlag, ExampleNote note, String messageId) {

    public Example {
        Objects.requireNonNull(note, "note");
        if (!shouldFlag && messageId != null) {
            throw new IllegalArgumentException("a good example expects no message, so it names none");
        }
    }

    /** A bad example of note text alone. */
    public static Example bad(String text) {
        return new Example(true, ExampleNote.note(textOnly(text)), null);
    }

    /** A bad example whose findings must all carry this message id. */
    public static Example bad(String messageId, ExampleNote note) {
        return new Example(true, note, Objects.requireNonNull(messageId, "messageId"));
    }

    public static Example bad(ExampleNote note) {
        return new Example(true, note, null);
    }

    /** A good example of note text alone. */
    public static Example good(String text) {
        return new Example(false, ExampleNote.note(textOnly(text)), null);
    }

    public static Example good(ExampleNote note) {
        return new Example(false, note, null);
    }

    /** Notes with fields are built, not written as JSON strings: say so rather than lint the JSON as text. */
    static String textOnly(String text) {
        if (text.stripLeading().startsWith("{\"")) {
            throw new IllegalArgumentException("an example looks like note JSON; write a note with fields as "
                    + "ExampleNote.note(text).field(name, value)");
        }
        return text;
    }

    /** The note text as written, markers included. */
    public String text() {
        return note.text();
    }
}
