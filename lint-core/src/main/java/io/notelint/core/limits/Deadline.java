package io.notelint.core.limits;

import java.time.Duration;
import java.util.Objects;

/**
 * The last-resort watchdog of one note: the moment its thread has used up the note's budget of CPU
 * time. It is not how work is bounded (the input limits and linear-time analysis bound it, see
 * docs/reliability.md); it is there for a runaway plug-in rule. Long loops of the analysis (sentences,
 * tokens, tags, assertions, shared values) and the engine between rules ask {@link #check(String)};
 * past the budget it throws {@link BudgetExceededException}, which unwinds the rule that was running.
 *
 * <p>The budget is measured in the linting thread's CPU time ({@link CpuClock}), never wall time, so a
 * busy machine cannot make a note run out of it. On the system clock the CPU time is read at most once a
 * millisecond of wall time ({@link CoarseCpuClock}): a budget is then seen at most a millisecond of CPU
 * time late. A deadline must be checked on the thread that made it, and is confined to it; {@link #NONE}
 * never expires.
 */
public final class Deadline {

    /** A deadline that never comes. */
    public static final Deadline NONE = new Deadline(null, 0, 0);

    private final CpuClock clock;
    private final long endNanos;
    private final long budgetMillis;

    private Deadline(CpuClock clock, long endNanos, long budgetMillis) {
        this.clock = clock;
        this.endNanos = endNanos;
        this.budgetMillis = budgetMillis;
    }

    /** A budget of {@code budget} CPU time for the calling thread, from now; {@link Duration#ZERO} means none. */
    public static Deadline after(Duration budget) {
        return after(budget, CpuClock.system());
    }

    /** As {@link #after(Duration)}, on the given clock (tests inject one). */
    public static Deadline after(Duration budget, CpuClock clock) {
        Objects.requireNonNull(clock, "clock");
        if (budget.isZero() || budget.isNegative()) {
            return NONE;
        }
        // a clock a test injects is read at every check, as before; the system's through a coarse reader
        CpuClock reader = clock == CpuClock.system() ? new CoarseCpuClock(clock, System::nanoTime, CoarseCpuClock.STEP_NANOS)
                : clock;
        return new Deadline(reader, reader.currentThreadNanos() + budget.toNanos(), budget.toMillis());
    }

    public boolean expired() {
        return clock != null && clock.currentThreadNanos() - endNanos >= 0;
    }

    /** The whole budget, in milliseconds of CPU time (0 for none). */
    public long budgetMillis() {
        return budgetMillis;
    }

    /**
     * Throws when the budget is used up.
     *
     * @param step what was being computed ("sentence detection"), for diagnosis by a debugger; the
     *             engine's message names the rule only, so that it does not depend on where the check fell
     */
    public void check(String step) {
        if (expired()) {
            throw new BudgetExceededException(budgetMillis, step);
        }
    }
}
