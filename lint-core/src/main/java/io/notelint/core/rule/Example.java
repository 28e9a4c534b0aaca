package io.notelint.core.rule;

import java.util.Objects;

/**
 * A note a rule must flag ({@link #bad}) or leave alone ({@link #good}); run as tests for every rule.
 *
 * <p>{@code source} is either plain note text or a whole note as JSON (starting with '{', in the shape
 * of note-format.md, {@code id} optional). In text, {@code [[...]]} marks the exact span a span rule
 * must report; the markers are removed before linting. A bad example with no markers only requires
 * at least one finding of the rule.
 */
public record Example(boolean shouldFlag, String source) {

    public Example {
        Objects.requireNonNull(source, "source");
    }

    public static Example bad(String source) {
        return new Example(true, source);
    }

    public static Example good(String source) {
        return new Example(false, source);
    }
}
