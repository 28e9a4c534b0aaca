package io.notelint.core.limits;

/**
 * A note's time budget ran out while a rule was running. The engine reports it as that rule's error;
 * a rule must let it pass (never catch it as a generic {@link RuntimeException} and carry on). The
 * message names the budget and the step, never the note.
 */
public final class BudgetExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long budgetMillis;
    private final String step;

    public BudgetExceededException(long budgetMillis, String step) {
        super("CPU time budget of " + budgetMillis + " ms used up during " + step, null, false, false);
        this.budgetMillis = budgetMillis;
        this.step = step;
    }

    public long budgetMillis() {
        return budgetMillis;
    }

    /** What was being computed when the budget ran out ("sentence detection", "rule"). */
    public String step() {
        return step;
    }
}
