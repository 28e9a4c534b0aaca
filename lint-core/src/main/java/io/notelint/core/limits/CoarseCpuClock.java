package io.notelint.core.limits;

import java.util.function.LongSupplier;

/**
 * A thread's CPU clock read at most once per {@code step} of wall time, for a deadline that is checked
 * hundreds of times a note (the analysis checks before each step it takes). Reading the thread CPU clock
 * is a system call, about 0.8 microseconds of CPU on the machines measured (docs/performance.md), so the
 * checks cost more than a tenth of a 2,000-note run; reading the wall clock costs a twentieth of that.
 * Between two reads a thread cannot use more CPU time than the wall time that passed, so a value
 * returned from the last read is less than {@code step} behind: a deadline is seen at most that much CPU
 * time late, whatever the load. Confined to the thread whose CPU time it reads (one per deadline).
 */
final class CoarseCpuClock implements CpuClock {

    /** One millisecond: a budget is seconds, and a note's steps are microseconds apart. */
    static final long STEP_NANOS = 1_000_000L;

    private final CpuClock cpu;
    private final LongSupplier wall;
    private final long step;
    private boolean read;
    private long readAt;
    private long value;

    CoarseCpuClock(CpuClock cpu, LongSupplier wall, long step) {
        this.cpu = cpu;
        this.wall = wall;
        this.step = step;
    }

    @Override
    public long currentThreadNanos() {
        // the wall clock first: the CPU time read after it cannot lag it
        long now = wall.getAsLong();
        if (!read || now - readAt >= step) {
            value = cpu.currentThreadNanos();
            readAt = now;
            read = true;
        }
        return value;
    }
}
