package io.notelint.core.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The watchdog's deadline, on an injected clock: no test here depends on elapsed time. */
class DeadlineTest {

    @Test
    void noneNeverExpires() {
        assertThat(Deadline.after(Duration.ZERO)).isSameAs(Deadline.NONE);
        assertThat(Deadline.NONE.expired()).isFalse();
        Deadline.NONE.check("anything");
    }

    @Test
    void aUsedUpBudgetThrowsNamingTheBudgetAndTheStep() {
        FakeCpuClock clock = new FakeCpuClock();
        clock.spend(1_000); // CPU time used before the note started does not count
        Deadline d = Deadline.after(Duration.ofMillis(5), clock);
        clock.spend(4);
        assertThat(d.expired()).isFalse();
        d.check("sentence detection");
        clock.spend(1);
        assertThat(d.expired()).isTrue();
        assertThatThrownBy(() -> d.check("sentence detection")).isInstanceOf(BudgetExceededException.class)
                .hasMessage("CPU time budget of 5 ms used up during sentence detection");
    }

    @Test
    void theSystemClockCountsThisThreadsCpuTimeNotTimeSpentWaiting() throws InterruptedException {
        // measures work, never elapsed time: a thread that sleeps uses (almost) no CPU time
        CpuClock clock = CpuClock.system();
        long before = clock.currentThreadNanos();
        Thread.sleep(50);
        long slept = clock.currentThreadNanos() - before;
        long spin = 0;
        long start = clock.currentThreadNanos();
        while (clock.currentThreadNanos() - start < 20_000_000L) {
            spin++;
        }
        assertThat(spin).isPositive();
        assertThat(slept).as("sleeping is not CPU time").isLessThan(20_000_000L);
        assertThat(clock.threadNanos(Thread.currentThread())).isGreaterThanOrEqualTo(start);
    }

    @Test
    void limitsRejectNonsense() {
        assertThatThrownBy(() -> Limits.DEFAULT.withMaxNoteChars(0)).hasMessageContaining("maxNoteChars");
        assertThatThrownBy(() -> Limits.DEFAULT.withTimeBudget(Duration.ofMillis(-1))).hasMessageContaining("negative");
        assertThat(Limits.DEFAULT.withTimeBudget(Duration.ZERO).hasTimeBudget()).isFalse();
    }
}
