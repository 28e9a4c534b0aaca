package io.notelint.core.assertion;

/**
 * How far a trigger reaches, in words between the trigger and the mention (punctuation not counted).
 * A scope also ends at a sentence end, a semicolon and a terminator, whatever the window. A row of the
 * trigger file may set its own, smaller window.
 *
 * @param forward  words a trigger before the mention may span ("denies ... SI")
 * @param backward words a post-trigger may span back ("SI, HI and AVH denied")
 */
public record ScopeLimits(int forward, int backward) {

    /** Measured on the NegEx test set (see AssertionClassifierNegExTest). */
    public static final ScopeLimits DEFAULT = new ScopeLimits(8, 5);

    public ScopeLimits {
        if (forward < 0 || backward < 0) {
            throw new IllegalArgumentException("windows must be >= 0");
        }
    }
}
