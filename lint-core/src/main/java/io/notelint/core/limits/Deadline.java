package io.notelint.core.limits;

import java.time.Duration;

/**
 * The moment one note's time budget runs out. Long loops of the analysis (sentences, tokens, tags,
 * assertions) and the engine between rules ask {@link #check(String)}; past the deadline it throws
 * {@link BudgetExceededException}, which unwinds the rule that was running. A check costs one
 * {@link System#nanoTime()} call. Immutable; {@link #NONE} never expires.
 */
public final class Deadline {

    /** A deadline that never comes. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, 0, false);

    private final long endNanos;
    private final long budgetMillis;
    private final boolean bounded;

    private Deadline(long endNanos, long budgetMillis, boolean bounded) {
        this.endNanos = endNanos;
        this.budgetMillis = budgetMillis;
        this.bounded = bounded;
    }

    /** A deadline {@code budget} from now; {@link Duration#ZERO} means none. */
    public static Deadline after(Duration budget) {
        if (budget.isZero() || budget.isNegative()) {
            return NONE;
        }
        return new Deadline(System.nanoTime() + budget.toNanos(), budget.toMillis(), true);
    }

    public boolean expired() {
        return bounded && System.nanoTime() - endNanos >= 0;
    }

    /** The whole budget, in milliseconds (0 for none). */
    public long budgetMillis() {
        return budgetMillis;
    }

    /**
     * Throws when the budget is used up.
     *
     * @param step what was being computed ("sentence detection"), for the error message
     */
    public void check(String step) {
        if (expired()) {
            throw new BudgetExceededException(budgetMillis, step);
        }
    }
}
