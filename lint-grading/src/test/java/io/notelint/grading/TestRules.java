package io.notelint.grading;

import io.notelint.core.engine.Linter;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.text.Span;
import java.util.List;
import java.util.Locale;

/**
 * Small rules of our own, so the grading tests do not depend on which built-in rules exist: phrase
 * rules that report each occurrence of fixed words, and note rules that look for a marker.
 */
final class TestRules {

    private TestRules() {
    }

    /** Reports every occurrence of its phrases (case-insensitive) as a span finding. */
    static final class PhraseRule implements Rule {
        private final RuleMeta meta;
        private final List<String> phrases;

        PhraseRule(String id, Category category, List<String> phrases) {
            this.meta = RuleMeta.builder(id, category).description("test rule").message("hit", "'{term}' was found")
                    .suggestion("observe", "Say what you observed instead of '{term}'.").build();
            this.phrases = List.copyOf(phrases);
        }

        @Override
        public RuleMeta meta() {
            return meta;
        }

        @Override
        public void check(RuleContext ctx) {
            String lower = ctx.text().toLowerCase(Locale.ROOT);
            for (String p : phrases) {
                int at = lower.indexOf(p);
                while (at >= 0) {
                    ctx.report(Report.of("hit").at(new Span(at, at + p.length())).arg("term", p)
                            .suggest("observe"));
                    at = lower.indexOf(p, at + 1);
                }
            }
        }
    }

    /** A note-level finding when the text lacks a marker (e.g. no "P:" means no plan). */
    static final class AbsentRule implements Rule {
        private final RuleMeta meta;
        private final String marker;

        AbsentRule(String id, Category category, String marker) {
            this.meta = RuleMeta.builder(id, category).description("test rule").message("absent", "no '{marker}' in the note")
                    .build();
            this.marker = marker;
        }

        @Override
        public RuleMeta meta() {
            return meta;
        }

        @Override
        public void check(RuleContext ctx) {
            if (!ctx.text().contains(marker)) {
                ctx.report(Report.of("absent").arg("marker", marker));
            }
        }
    }

    /** A rule that always fails, to show that a failed check is reported on the grade. */
    static final class Throwing implements Rule {
        private static final RuleMeta META = RuleMeta.builder("administrative/test-throws", Category.ADMINISTRATIVE)
                .description("test rule").message("m", "never").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext ctx) {
            throw new IllegalStateException("test failure");
        }
    }

    static final String VAGUE = "vague-language/test-vague";
    static final String STIGMA = "stigmatizing-language/test-stigma";
    static final String NO_PLAN = "missing-plan/test-no-plan";
    static final String NO_RISK = "risk-documentation/test-no-safety-plan";

    static Rule vague() {
        return new PhraseRule(VAGUE, Category.VAGUE_LANGUAGE, List.of("doing well", "discussed issues", "good session"));
    }

    static Rule stigma() {
        return new PhraseRule(STIGMA, Category.STIGMATIZING_LANGUAGE, List.of("noncompliant", "manipulative"));
    }

    static Rule noPlan() {
        return new AbsentRule(NO_PLAN, Category.MISSING_PLAN, "P:");
    }

    static Rule noSafetyPlan() {
        return new AbsentRule(NO_RISK, Category.RISK_DOCUMENTATION, "safety plan");
    }

    /** A linter with the four test rules. */
    static Linter linter() {
        return Linter.builder().addRule(vague()).addRule(stigma()).addRule(noPlan()).addRule(noSafetyPlan()).build();
    }
}
