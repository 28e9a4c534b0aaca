package io.notelint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.Sentence;
import io.notelint.core.limits.FakeCpuClock;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.text.Span;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The watchdog: a rule that uses more CPU time than the budget is stopped at the analysis' next check,
 * the note gets an error result naming it (never a finding list with a gap), and the next note gets a
 * fresh budget. CPU time comes from an injected clock the rules advance: nothing here depends on how
 * long anything takes.
 */
class TimeBudgetTest {

    private static final FakeCpuClock CLOCK = new FakeCpuClock();

    /** Spends 50 ms of (fake) CPU time per pass over the sentences until the note says stop: cooperative. */
    static final class SlowRule implements Rule {
        static final RuleMeta META = RuleMeta.builder("administrative/test-slow", Category.ADMINISTRATIVE)
                .description("test").message("m", "done").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext ctx) {
            if (!ctx.text().contains("SLOWPOKE")) {
                return;
            }
            ctx.report(Report.of("m")); // reported before the overrun: must not survive it
            for (int pass = 0; pass < 1_000_000; pass++) {
                CLOCK.spend(50);
                for (Sentence s : ctx.analysis().sentences()) {
                    ctx.analysis().tokens(s);
                }
            }
        }
    }

    /** Spends 400 ms of (fake) CPU time without asking the analysis anything, then finishes with a finding. */
    static final class LateRule implements Rule {
        static final RuleMeta META = RuleMeta.builder("administrative/test-late", Category.ADMINISTRATIVE)
                .description("test").message("m", "late but done").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext ctx) {
            if (ctx.text().contains("LATECOMER")) {
                CLOCK.spend(400);
                ctx.report(Report.of("m"));
            }
        }
    }

    private static Linter linter(Rule... rules) {
        Linter.Builder b = Linter.builder().nlp(PlainNlp.BACKEND).timeBudget(Duration.ofMillis(200)).cpuClock(CLOCK);
        for (Rule r : rules) {
            b.addRule(r);
        }
        return b.build();
    }

    @Test
    void anOverrunningRuleStopsTheNoteWithAnErrorNamingIt() {
        Linter linter = linter(new LinterTest.WordRule(), new SlowRule(), new LinterTest.NoteLevelRule());
        LintResult r = linter.lint(Note.of("slow", "S: fine.\nO: SLOWPOKE here. Another sentence.\nP: fine"));

        assertThat(r.ok()).as("a stopped note is not a result with a gap").isFalse();
        assertThat(r.findings()).isEmpty();
        assertThat(r.error().code()).isEqualTo("time-budget");
        assertThat(r.error().message()).isEqualTo("not fully checked: rule administrative/test-slow used more than"
                + " its CPU time budget of 200 ms (timeBudgetMs), so it was stopped and the note has no findings;"
                + " a real note needs a small fraction of that, so the rule is likely stuck on this note")
                .doesNotContain("SLOWPOKE");

        LintResult next = linter.lint(Note.of("quick", "S: fine"));
        assertThat(next.ok()).as("a fresh budget for the next note").isTrue();
        assertThat(next.ruleErrors()).isEmpty();
        assertThat(next.findings()).hasSize(2);
    }

    @Test
    void aRuleThatFinishesPastTheBudgetStopsTheNoteToo() {
        Linter linter = linter(new LateRule(), new LinterTest.WordRule());
        LintResult r = linter.lint(Note.of("late", "LATECOMER is fine"));
        assertThat(r.ok()).isFalse();
        assertThat(r.error().message()).startsWith("not fully checked: rule administrative/test-late used more than");
    }

    @Test
    void aZeroBudgetMeansNoWatchdog() {
        Linter linter = Linter.builder().nlp(PlainNlp.BACKEND).addRule(new LateRule()).addRule(new LinterTest.WordRule()).cpuClock(CLOCK)
                .timeBudget(Duration.ofMillis(200)).timeBudget(Duration.ZERO).build();
        LintResult r = linter.lint(Note.of("late", "LATECOMER is fine"));
        assertThat(r.ok()).isTrue();
        assertThat(r.ruleErrors()).isEmpty();
        assertThat(r.findings()).hasSize(2);
    }

    @Test
    void spansAreWidenedToWholeCodePoints() {
        String text = "mood \uD83D\uDE00 fine";
        Rule halfPair = new Rule() {
            final RuleMeta meta = RuleMeta.builder("vague-language/test-half", Category.VAGUE_LANGUAGE)
                    .description("test").message("m", "half").build();

            @Override
            public RuleMeta meta() {
                return meta;
            }

            @Override
            public void check(RuleContext ctx) {
                ctx.report(Report.of("m").at(new Span(6, 7))); // the low half alone
                ctx.report(Report.of("m").at(new Span(0, 6))); // ends inside the pair
            }
        };
        LintResult r = Linter.builder().nlp(PlainNlp.BACKEND).addRule(halfPair).build().lint(Note.of("e", text));
        assertThat(r.findings()).extracting(f -> f.span()).containsExactly(new Span(0, 7), new Span(5, 7));
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.excerpt()).isEqualTo(f.span().in(text)));
    }
}
