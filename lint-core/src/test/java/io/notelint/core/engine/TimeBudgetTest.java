package io.notelint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.Sentence;
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
 * The per-note time budget: a rule that overruns is stopped at the analysis' next check and reported
 * by name; the findings of the rules before it stand; the rules after it do not run; the next note
 * gets a fresh budget.
 */
class TimeBudgetTest {

    /** Re-reads the tokens of every sentence until the note says stop: cooperative, through the analysis. */
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
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < until) {
                for (Sentence s : ctx.analysis().sentences()) {
                    ctx.analysis().tokens(s);
                }
            }
        }
    }

    /** Sleeps past the budget without asking the analysis anything, then finishes with a finding. */
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
                try {
                    Thread.sleep(400);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ctx.report(Report.of("m"));
            }
        }
    }

    private static Linter linter(Rule... rules) {
        Linter.Builder b = Linter.builder().timeBudget(Duration.ofMillis(200));
        for (Rule r : rules) {
            b.addRule(r);
        }
        return b.build();
    }

    @Test
    void anOverrunningRuleIsStoppedAndNamedAndLaterRulesDoNotRun() {
        Linter linter = linter(new LinterTest.WordRule(), new SlowRule(), new LinterTest.NoteLevelRule());
        long t0 = System.nanoTime();
        LintResult r = linter.lint(Note.of("slow", "S: fine.\nO: SLOWPOKE here. Another sentence.\nP: fine"));
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertThat(ms).as("stopped near the budget").isLessThan(2_000);
        assertThat(r.ok()).isTrue();
        assertThat(r.findings()).extracting(f -> f.ruleId()).containsExactly("vague-language/test-word",
                "vague-language/test-word");
        assertThat(r.ruleErrors()).hasSize(1);
        RuleError e = r.ruleErrors().get(0);
        assertThat(e.ruleId()).isEqualTo("administrative/test-slow");
        assertThat(e.message()).startsWith("rule administrative/test-slow exceeded the time budget of 200 ms")
                .containsPattern("during (sentence detection|tokenization)").contains("1 later rule did not run")
                .doesNotContain("SLOWPOKE");

        LintResult next = linter.lint(Note.of("quick", "S: fine"));
        assertThat(next.ruleErrors()).as("a fresh budget for the next note").isEmpty();
        assertThat(next.findings()).hasSize(2);
    }

    @Test
    void aRuleThatFinishesLateKeepsItsFindingsAndTheRestAreSkipped() {
        Linter linter = linter(new LateRule(), new LinterTest.WordRule());
        LintResult r = linter.lint(Note.of("late", "LATECOMER is fine"));
        assertThat(r.findings()).extracting(f -> f.ruleId()).containsExactly("administrative/test-late");
        assertThat(r.ruleErrors()).singleElement().satisfies(e -> {
            assertThat(e.ruleId()).isEqualTo("administrative/test-late");
            assertThat(e.message()).isEqualTo("rule administrative/test-late exceeded the time budget of 200 ms;"
                    + " 1 later rule did not run");
        });
    }

    @Test
    void aZeroBudgetMeansNoBudget() {
        Linter linter = Linter.builder().addRule(new LateRule()).addRule(new LinterTest.WordRule())
                .timeBudget(Duration.ofMillis(200)).timeBudget(Duration.ZERO).build();
        LintResult r = linter.lint(Note.of("late", "LATECOMER is fine"));
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
        LintResult r = Linter.builder().addRule(halfPair).build().lint(Note.of("e", text));
        assertThat(r.findings()).extracting(f -> f.span()).containsExactly(new Span(0, 7), new Span(5, 7));
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.excerpt()).isEqualTo(f.span().in(text)));
    }
}
