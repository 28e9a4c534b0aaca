package io.notelint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.limits.FakeCpuClock;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A linter built without its warm-up (what the command line does, so that one note is not linted twice)
 * gives every note, the first one included, the findings a warmed linter gives: first-use work inside a
 * note's budget never stops it. The first use is simulated by a rule that "spends" (on an injected clock)
 * more than the budget on its first call, and nothing on later ones.
 */
class ColdStartTest {

    private static final Duration BUDGET = Duration.ofMillis(200);

    /** Costs 300 ms of fake CPU time on its first call in this linter (loading its lexicon), then nothing. */
    static final class FirstUseRule implements Rule {
        static final RuleMeta META = RuleMeta.builder("administrative/test-first-use", Category.ADMINISTRATIVE)
                .description("test").message("m", "found").build();
        private final FakeCpuClock clock;
        private boolean loaded;
        final List<String> seen = new ArrayList<>();

        FirstUseRule(FakeCpuClock clock) {
            this.clock = clock;
        }

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public synchronized void check(RuleContext ctx) {
            seen.add(ctx.note().id());
            if (!loaded) {
                clock.spend(300);
                loaded = true;
            }
            if (ctx.text().contains("LATECOMER")) {
                clock.spend(400); // a note that is over budget however warm the linter
            }
            ctx.report(Report.of("m"));
        }
    }

    private static Linter linter(FakeCpuClock clock, FirstUseRule rule, boolean warmUp) {
        return Linter.builder().nlp(PlainNlp.BACKEND).addRule(rule).addRule(new LinterTest.WordRule())
                .timeBudget(BUDGET).cpuClock(clock).warmUp(warmUp).build();
    }

    private static final Note FIRST = Note.of("first", "S: Client reports feeling fine.\nP: Next session in a week.");

    @Test
    void theFirstNoteWithoutWarmUpHasTheFindingsOfAWarmedLinter() {
        FakeCpuClock warmClock = new FakeCpuClock();
        LintResult warmed = linter(warmClock, new FirstUseRule(warmClock), true).lint(FIRST);
        assertThat(warmed.ok()).isTrue();
        assertThat(warmed.findings()).hasSize(2);

        FakeCpuClock coldClock = new FakeCpuClock();
        FirstUseRule rule = new FirstUseRule(coldClock);
        Linter cold = linter(coldClock, rule, false);
        assertThat(rule.seen).as("no warm-up note at build").isEmpty();
        LintResult first = cold.lint(FIRST);

        assertThat(first).isEqualTo(warmed);
        assertThat(rule.seen).as("stopped cold, warmed up, linted again").containsExactly("first", "warm-up", "first");
        assertThat(cold.lint(FIRST)).isEqualTo(warmed);
        assertThat(rule.seen).as("warm now: once").hasSize(4);
    }

    @Test
    void aFirstNoteWithinItsBudgetIsLintedOnceAndTheWarmUpNeverRuns() {
        FakeCpuClock clock = new FakeCpuClock();
        FirstUseRule rule = new FirstUseRule(clock);
        Linter cold = Linter.builder().nlp(PlainNlp.BACKEND).addRule(rule).timeBudget(Duration.ofSeconds(30))
                .cpuClock(clock).warmUp(false).build();
        assertThat(cold.lint(FIRST).findings()).hasSize(1);
        assertThat(rule.seen).containsExactly("first");
    }

    @Test
    void aNoteOverBudgetWhenWarmIsStillStoppedAndTheNextOneIsNot() {
        FakeCpuClock warmClock = new FakeCpuClock();
        LintResult warmed = linter(warmClock, new FirstUseRule(warmClock), true).lint(Note.of("late", "LATECOMER"));
        assertThat(warmed.error().code()).isEqualTo("time-budget");

        FakeCpuClock coldClock = new FakeCpuClock();
        Linter cold = linter(coldClock, new FirstUseRule(coldClock), false);
        assertThat(cold.lint(Note.of("late", "LATECOMER"))).isEqualTo(warmed);
        assertThat(cold.lint(FIRST).ok()).isTrue();
    }

    @Test
    void notesStartedColdOnSeveralThreadsAllGetTheWarmedResult() throws Exception {
        FakeCpuClock warmClock = new FakeCpuClock();
        LintResult warmed = linter(warmClock, new FirstUseRule(warmClock), true).lint(FIRST);

        FakeCpuClock clock = new FakeCpuClock();
        FirstUseRule rule = new FirstUseRule(clock);
        Linter cold = linter(clock, rule, false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LintResult>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> cold.lint(FIRST)));
            }
            for (Future<LintResult> r : results) {
                assertThat(r.get()).isEqualTo(warmed);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(rule.seen.stream().filter("warm-up"::equals)).as("one warm-up").hasSize(1);
    }
}
