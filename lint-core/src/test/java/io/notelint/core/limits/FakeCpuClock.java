package io.notelint.core.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A CPU clock the test moves by hand, one counter per thread as the real one: a rule or job "uses" CPU
 * time by calling {@link #spend} on its thread, so a test of the watchdog depends on no real time.
 */
public final class FakeCpuClock implements CpuClock {

    private final Map<Thread, AtomicLong> nanos = new ConcurrentHashMap<>();

    /** The calling thread uses {@code millis} of CPU time. */
    public void spend(long millis) {
        nanos.computeIfAbsent(Thread.currentThread(), t -> new AtomicLong()).addAndGet(millis * 1_000_000L);
    }

    @Override
    public long currentThreadNanos() {
        return threadNanos(Thread.currentThread());
    }

    @Override
    public long threadNanos(Thread thread) {
        AtomicLong n = nanos.get(thread);
        return n == null ? 0 : n.get();
    }
}
