package io.notelint.core.limits;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The clock of the watchdog: CPU time, in nanoseconds, used by one thread. A note's CPU time is the
 * same on an idle machine and on one whose cores are four times oversubscribed (a waiting thread uses
 * none), so a budget in CPU time stops the same notes at any load, where a wall-clock budget stops
 * whichever notes happened to wait. Tests inject their own clock; nothing else reads time.
 */
@FunctionalInterface
public interface CpuClock {

    /** CPU time used so far by the calling thread, in nanoseconds (only differences mean anything). */
    long currentThreadNanos();

    /**
     * CPU time used so far by {@code thread}, in nanoseconds, or -1 when it has ended or cannot be
     * measured. Used by the batch runner to watch its worker threads.
     */
    default long threadNanos(Thread thread) {
        return -1;
    }

    /**
     * The JVM's thread CPU clock ({@link ThreadMXBean}). On a JVM that cannot measure thread CPU time
     * (none of the supported ones), wall time stands in: a runaway rule is still stopped, but the
     * determinism guarantee then holds only on an idle machine.
     */
    static CpuClock system() {
        return SystemCpuClock.INSTANCE;
    }

    /** The thread CPU clock of {@link ThreadMXBean}, or wall time where it is not supported. */
    final class SystemCpuClock implements CpuClock {
        static final SystemCpuClock INSTANCE = new SystemCpuClock();

        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final boolean supported = threads.isThreadCpuTimeSupported() && threads.isCurrentThreadCpuTimeSupported();

        private SystemCpuClock() {
            if (supported && !threads.isThreadCpuTimeEnabled()) {
                threads.setThreadCpuTimeEnabled(true);
            }
        }

        @Override
        public long currentThreadNanos() {
            return supported ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        }

        @Override
        public long threadNanos(Thread thread) {
            if (!supported) {
                return thread.isAlive() ? System.nanoTime() : -1;
            }
            return threads.getThreadCpuTime(thread.getId());
        }
    }
}
