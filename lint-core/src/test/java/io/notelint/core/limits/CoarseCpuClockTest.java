package io.notelint.core.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The coarse reader of the thread CPU clock, on injected clocks (no test here depends on elapsed time):
 * it reads the CPU clock once per step of wall time, and since a thread uses at most as much CPU time as
 * wall time passes, what it returns is never more than a step behind.
 */
class CoarseCpuClockTest {

    /** A wall clock and a CPU clock that the test moves, counting how often the CPU clock is read. */
    private static final class Clocks {
        long wall;
        long cpu;
        int cpuReads;

        CpuClock cpuClock() {
            return () -> {
                cpuReads++;
                return cpu;
            };
        }

        /** The thread runs for {@code nanos}: wall time and CPU time both pass. */
        void run(long nanos) {
            wall += nanos;
            cpu += nanos;
        }
    }

    @Test
    void readsTheCpuClockOncePerStepOfWallTime() {
        Clocks c = new Clocks();
        CoarseCpuClock clock = new CoarseCpuClock(c.cpuClock(), () -> c.wall, 1_000);
        assertThat(clock.currentThreadNanos()).isZero();
        for (int i = 0; i < 999; i++) {
            c.run(1);
            assertThat(clock.currentThreadNanos()).isZero();
        }
        c.run(1);
        assertThat(clock.currentThreadNanos()).isEqualTo(1_000);
        assertThat(c.cpuReads).isEqualTo(2);
    }

    @Test
    void neverLagsTheCpuClockByAStepOrMore() {
        Clocks c = new Clocks();
        CoarseCpuClock clock = new CoarseCpuClock(c.cpuClock(), () -> c.wall, 1_000);
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 100_000; i++) {
            // running, or waiting (wall time passes, CPU time does not)
            long nanos = random.nextInt(300);
            if (random.nextBoolean()) {
                c.run(nanos);
            } else {
                c.wall += nanos;
            }
            long seen = clock.currentThreadNanos();
            assertThat(seen).isLessThanOrEqualTo(c.cpu).isGreaterThan(c.cpu - 1_000);
        }
        assertThat(c.cpuReads).as("far fewer reads than calls").isLessThan(20_000);
    }

    @Test
    void aDeadlineOnTheCoarseClockIsSeenAtMostAStepLate() {
        Clocks c = new Clocks();
        CoarseCpuClock clock = new CoarseCpuClock(c.cpuClock(), () -> c.wall, 1_000_000);
        Deadline d = Deadline.after(Duration.ofMillis(5), clock);
        c.run(4_999_999);
        assertThat(d.expired()).isFalse();
        c.run(1_000_000);
        assertThat(d.expired()).as("a step past the budget").isTrue();
    }
}
