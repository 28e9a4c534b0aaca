package io.notelint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.config.ConfigException;
import io.notelint.core.config.LintConfig;
import io.notelint.core.config.RuleSettings;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.Span;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class LinterTest {

    /** Reports every occurrence of the option 'word'. */
    public static final class WordRule implements Rule {
        static final RuleMeta META = RuleMeta.builder("vague-language/test-word", Category.VAGUE_LANGUAGE)
                .description("test").rationale("test").option(OptionSpec.string("word", "fine", "the word"))
                .message("hit", "'{word}' found").good("All clear.").bad("It is [[fine]].").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext ctx) {
            String word = ctx.options().string("word");
            int at = ctx.text().indexOf(word);
            while (at >= 0) {
                ctx.report(Report.of("hit").at(new Span(at, at + word.length())).arg("word", word));
                at = ctx.text().indexOf(word, at + 1);
            }
        }
    }

    static final class ThrowingRule implements Rule {
        static final RuleMeta META = RuleMeta.builder("administrative/test-throws", Category.ADMINISTRATIVE)
                .description("test").message("m", "never").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext ctx) {
            throw new IllegalStateException("leaks " + ctx.text());
        }
    }

    static final class NoteLevelRule implements Rule {
        static final RuleMeta META = RuleMeta.builder("missing-plan/test-note", Category.MISSING_PLAN)
                .description("test").message("m", "note-level").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext ctx) {
            ctx.report(Report.of("m"));
        }
    }

    /** A note-level rule that judges progress and group notes only. */
    static final class ProgressOnlyRule implements Rule {
        static final RuleMeta META = RuleMeta.builder("plan-quality/test-progress", Category.PLAN_QUALITY)
                .appliesTo(io.notelint.core.model.NoteKind.PROGRESS, io.notelint.core.model.NoteKind.GROUP)
                .description("test").message("m", "progress only").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext ctx) {
            ctx.report(Report.of("m"));
        }
    }

    @Test
    void aRuleRunsOnlyOnTheKindsOfDocumentItDeclares() {
        Linter linter = Linter.builder().nlp(PlainNlp.BACKEND).addRule(new ProgressOnlyRule()).addRule(new NoteLevelRule()).build();
        assertThat(linter.lint(Note.of("p", "S: better\nP: next week")).findings()).hasSize(2);
        LintResult evaluation = linter.lint(Note.of("e", "PSYCHIATRIC EVALUATION\nImpression: MDD."));
        // the rule that did not declare kinds still runs on every kind
        assertThat(evaluation.findings()).extracting(f -> f.ruleId()).containsExactly("missing-plan/test-note");
        assertThat(evaluation.ruleErrors()).isEmpty();
        Note declared = new Note("d", "PSYCHIATRIC EVALUATION\nImpression: MDD.", null, null, null, null,
                io.notelint.core.model.NoteKind.PROGRESS, null);
        assertThat(linter.lint(declared).findings()).hasSize(2);
        assertThat(ProgressOnlyRule.META.kindsShown()).isEqualTo("progress, group");
        assertThat(NoteLevelRule.META.declaresKinds()).isFalse();
    }

    @Test
    void findingsAreSortedWithNoteLevelFirstAndCarrySectionAndExcerpt() {
        Linter linter = Linter.builder().nlp(PlainNlp.BACKEND).addRule(new WordRule()).addRule(new NoteLevelRule()).build();
        LintResult r = linter.lint(Note.of("n1", "S: fine today\nP: still fine"));
        assertThat(r.findings()).extracting(f -> f.ruleId()).containsExactly("missing-plan/test-note",
                "vague-language/test-word", "vague-language/test-word");
        assertThat(r.findings().get(1).section()).isEqualTo("SUBJECTIVE");
        assertThat(r.findings().get(2).section()).isEqualTo("PLAN");
        assertThat(r.findings().get(2).excerpt()).isEqualTo("fine");
        assertThat(r.findings().get(1).message()).isEqualTo("'fine' found");
    }

    @Test
    void aThrowingRuleBecomesAnErrorNamingTheRuleWithoutTheText() {
        Linter linter = Linter.builder().nlp(PlainNlp.BACKEND).addRule(new ThrowingRule()).addRule(new WordRule()).build();
        LintResult r = linter.lint(Note.of("n1", "SECRETWORD fine"));
        assertThat(r.findings()).hasSize(1);
        assertThat(r.ruleErrors()).singleElement().satisfies(e -> {
            assertThat(e.ruleId()).isEqualTo("administrative/test-throws");
            assertThat(e.message()).contains("IllegalStateException").doesNotContain("SECRETWORD");
        });
    }

    @Test
    void configOverridesSeverityOptionsAndCanDisable() {
        LintConfig config = LintConfig.builder()
                .rule("vague-language/test-word", new RuleSettings(true, Severity.ERROR, Map.of("word", "ok")))
                .disable("missing-plan/test-note").build();
        Linter linter = Linter.builder().nlp(PlainNlp.BACKEND).addRule(new WordRule()).addRule(new NoteLevelRule()).config(config).build();
        LintResult r = linter.lint(Note.of("n1", "fine, ok"));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.excerpt()).isEqualTo("ok");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void unknownRuleIdsAndBadOptionsFailAtBuildTime() {
        LintConfig typo = LintConfig.builder().rule("vague-language/test-wrod", RuleSettings.on()).build();
        assertThatThrownBy(() -> Linter.builder().nlp(PlainNlp.BACKEND).addRule(new WordRule()).config(typo).build())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("rules.vague-language/test-wrod")
                .hasMessageContaining("did you mean vague-language/test-word");
        LintConfig badOption = LintConfig.builder()
                .rule("vague-language/test-word", new RuleSettings(true, null, Map.of("word", 3))).build();
        assertThatThrownBy(() -> Linter.builder().nlp(PlainNlp.BACKEND).addRule(new WordRule()).config(badOption).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("must be string");
        LintConfig unknownOption = LintConfig.builder()
                .rule("vague-language/test-word", new RuleSettings(true, null, Map.of("wrod", "x"))).build();
        assertThatThrownBy(() -> Linter.builder().nlp(PlainNlp.BACKEND).addRule(new WordRule()).config(unknownOption).build())
                .hasMessageContaining("no option 'wrod'");
    }

    @Test
    void duplicateRuleIdsAreRejected() {
        Rule impostor = new Rule() {
            @Override
            public RuleMeta meta() {
                return WordRule.META;
            }

            @Override
            public void check(RuleContext ctx) {
            }
        };
        assertThatThrownBy(() -> Linter.builder().nlp(PlainNlp.BACKEND).addRule(new WordRule()).addRule(impostor).build())
                .hasMessageContaining("duplicate rule id");
    }

    @Test
    void aSpanCategoryReportWithoutSpanIsARuleError() {
        Rule bad = new Rule() {
            final RuleMeta meta = RuleMeta.builder("vague-language/test-nospan", Category.VAGUE_LANGUAGE)
                    .description("t").message("m", "x").build();

            @Override
            public RuleMeta meta() {
                return meta;
            }

            @Override
            public void check(RuleContext ctx) {
                ctx.report(Report.of("m"));
            }
        };
        LintResult r = Linter.builder().nlp(PlainNlp.BACKEND).addRule(bad).build().lint(Note.of("n", "text"));
        assertThat(r.findings()).isEmpty();
        assertThat(r.ruleErrors()).hasSize(1);
    }

    @Test
    void withoutAnNlpBackendOnTheClassPathBuildSaysWhichModuleToAdd() {
        // lint-core's own test class path holds no backend: the default one is missing here, as it would be
        // for an embedder who forgot lint-nlp-opennlp
        assertThatThrownBy(() -> Linter.builder().addRule(new WordRule()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NLP backend 'opennlp' is not available; no NLP backend is on the class path."
                        + " Add the lint-nlp-opennlp module (the default backend) to the class path.");
    }

    @Test
    void ruleFilesWithoutTheDeclarativeModuleSayWhichModuleToAdd() {
        assertThatThrownBy(() -> Linter.builder().nlp(PlainNlp.BACKEND).addRule(new WordRule())
                .addRuleFiles(Path.of("rules.yaml")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no reader of rule files is on the class path: add the lint-declarative module");
    }
}
