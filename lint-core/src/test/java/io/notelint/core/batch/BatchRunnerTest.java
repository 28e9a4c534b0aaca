package io.notelint.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.limits.FakeCpuClock;
import io.notelint.core.limits.Limits;
import io.notelint.core.model.NoteError;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one batch runner: results in input order at any thread count, and a watchdog in CPU time that
 * abandons a record stuck in a loop while every other record gets its own result and id. The stuck
 * record "uses" CPU time on an injected clock: no assertion depends on how long anything takes.
 */
class BatchRunnerTest {

    private static final Limits BUDGET_200_MS = Limits.DEFAULT.withTimeBudget(Duration.ofMillis(200));

    /** Released at the end of each test, so the stuck threads end. */
    private final CountDownLatch release = new CountDownLatch(1);
    private final FakeCpuClock clock = new FakeCpuClock();

    @AfterEach
    void releaseStuckThreads() {
        release.countDown();
    }

    /** Records "n1".."nN"; a record whose number is in {@code stuck} spends a minute of CPU and never returns. */
    private final class Job implements BatchRunner.Job<String> {
        private final List<Integer> stuck;

        Job(List<Integer> stuck) {
            this.stuck = stuck;
        }

        @Override
        public String process(PendingRecord record, Consumer<String> noteId) {
            long n = record.origin().line();
            noteId.accept("n" + n);
            if (stuck.contains((int) n)) {
                clock.spend(60_000);
                while (true) {
                    try {
                        release.await(); // an interrupt does not stop it: a rule that ignores interrupts
                        return "late n" + n;
                    } catch (InterruptedException e) {
                        // keeps going, as a runaway rule would
                    }
                }
            }
            return "ok n" + n;
        }

        @Override
        public String abandoned(RecordOrigin origin, String noteId, NoteError error) {
            return "abandoned " + noteId + ": " + error.code() + ": " + error.message();
        }
    }

    private static RecordReader records(int count, int failAfter) {
        return new RecordReader() {
            private int n;

            @Override
            public PendingRecord next() {
                if (n == failAfter) {
                    throw new UncheckedIOException("cannot read src", new java.io.IOException());
                }
                if (n == count) {
                    return null;
                }
                RecordOrigin origin = RecordOrigin.line("src", ++n);
                return new PendingRecord() {
                    @Override
                    public RecordOrigin origin() {
                        return origin;
                    }

                    @Override
                    public NoteRecord decode() {
                        throw new UnsupportedOperationException("the test's job does not decode");
                    }
                };
            }

            @Override
            public void close() {
            }
        };
    }

    private List<String> run(int threads, int count, List<Integer> stuck) {
        List<String> out = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        new BatchRunner<String>(threads, BUDGET_200_MS, clock, stack -> "test/stuck-rule")
                .run(records(count, -1), new Job(stuck), (origin, r) -> {
                    lines.add(origin.line());
                    out.add(r);
                }, () -> { });
        assertThat(lines).as("input order").isSorted().hasSize(count);
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 8})
    void resultsComeInInputOrder(int threads) {
        List<String> out = run(threads, 200, List.of());
        for (int i = 0; i < 200; i++) {
            assertThat(out.get(i)).isEqualTo("ok n" + (i + 1));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aStuckRecordIsAbandonedInItsPlaceAndNoOtherRecordSuffers(int threads) {
        List<String> out = run(threads, 40, List.of(3, 4, 5, 6, 7));
        for (int i = 1; i <= 40; i++) {
            String r = out.get(i - 1);
            if (i >= 3 && i <= 7) {
                assertThat(r).isEqualTo("abandoned n" + i + ": time-budget: not fully checked: rule test/stuck-rule"
                        + " used more than 1200 ms of CPU time (its budget of 200 ms and a margin) and did not stop,"
                        + " so the note was abandoned");
            } else {
                assertThat(r).as("record %d: never failed because others were slow", i).isEqualTo("ok n" + i);
            }
        }
    }

    @Test
    void whenEveryThreadIsHeldTheBatchStopsInsteadOfHanging() {
        List<Integer> all = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            all.add(i);
        }
        List<String> out = new ArrayList<>();
        assertThatThrownBy(() -> new BatchRunner<String>(1, BUDGET_200_MS, clock, stack -> null)
                .run(records(30, -1), new Job(all), (origin, r) -> out.add(r), () -> { }))
                .isInstanceOf(BatchRunner.Stalled.class).hasMessageStartingWith("stopped: 9 notes are held");
        assertThat(out).hasSize(9).allSatisfy(r -> assertThat(r).contains("linting used more than"));
    }

    @Test
    void anUnreadableInputEndsTheBatchAfterTheResultsBeforeIt() {
        List<String> out = new ArrayList<>();
        assertThatThrownBy(() -> new BatchRunner<String>(2, BUDGET_200_MS, clock, stack -> null)
                .run(records(50, 20), new Job(List.of()), (origin, r) -> out.add(r), () -> { }))
                .isInstanceOf(BatchRunner.InputFailure.class).hasMessage("cannot read src");
        assertThat(out).hasSize(20);
    }

    @Test
    void theWatchdogFiresAtTwiceTheBudgetAndAtLeastASecondLater() {
        assertThat(BatchRunner.watchdogFor(BUDGET_200_MS)).isEqualTo(Duration.ofMillis(1200));
        assertThat(BatchRunner.watchdogFor(Limits.DEFAULT)).isEqualTo(Duration.ofSeconds(60));
        assertThat(BatchRunner.watchdogFor(Limits.DEFAULT.withTimeBudget(Duration.ZERO))).isNull();
    }
}
