package io.notelint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.engine.Linter;
import io.notelint.core.engine.LinterTest;
import io.notelint.core.engine.PlainNlp;
import io.notelint.core.limits.Limits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfigLimitsTest {

    @Test
    void limitsAreReadOverTheDefaultsAndReachTheLinter() {
        LintConfig c = ConfigLoader.parse("""
                limits:
                  maxNoteChars: 5000
                  timeBudgetMs: 0
                """, "lint.yaml", false);
        assertThat(c.limits()).isEqualTo(Limits.DEFAULT.withMaxNoteChars(5000).withTimeBudget(Duration.ZERO));
        Linter linter = Linter.builder().nlp(PlainNlp.BACKEND).config(c).addRule(new LinterTest.WordRule()).build();
        assertThat(linter.limits().maxNoteChars()).isEqualTo(5000);

        Linter overridden = Linter.builder().nlp(PlainNlp.BACKEND).config(c).addRule(new LinterTest.WordRule())
                .timeBudget(Duration.ofMillis(300)).build();
        assertThat(overridden.limits().timeBudget()).isEqualTo(Duration.ofMillis(300));
        assertThat(overridden.limits().maxNoteChars()).as("the config's other limits stay").isEqualTo(5000);
    }

    @Test
    void aConfigWithoutLimitsHasTheDefaults() {
        assertThat(ConfigLoader.parse("nlp: opennlp\n", "lint.yaml", false).limits()).isEqualTo(Limits.DEFAULT);
        assertThat(LintConfig.DEFAULT.limits()).isEqualTo(Limits.DEFAULT);
    }

    @Test
    void badLimitsNameFileLineAndKey() {
        assertThatThrownBy(() -> ConfigLoader.parse("limits:\n  maxNoteChars: lots\n", "l.yaml", false))
                .isInstanceOf(ConfigException.class).hasMessage("l.yaml:2:3: limits.maxNoteChars: expected a whole number, not text");
        assertThatThrownBy(() -> ConfigLoader.parse("limits:\n  maxNoteChars: 0\n", "l.yaml", false))
                .hasMessageContaining("limits.maxNoteChars: must be at least 1");
        assertThatThrownBy(() -> ConfigLoader.parse("limits:\n  maxNoteChar: 5\n", "l.yaml", false))
                .hasMessageContaining("limits.maxNoteChar: unknown key for limits (did you mean 'maxNoteChars'?); known keys: maxHistoryChars");
        assertThatThrownBy(() -> ConfigLoader.parse("limits: 5\n", "l.yaml", false))
                .hasMessageContaining("limits: expected limits (a mapping of keys), not a number");
        assertThatThrownBy(() -> ConfigLoader.parse("limits:\n  maxHistoryChars: 99999999999999999999999\n", "l.yaml",
                false)).hasMessageContaining("must be at most " + Long.MAX_VALUE);
    }

    /** Found by fuzzing: an option without a value failed as a NullPointerException. */
    @Test
    void anOptionWithoutAValueIsAConfigError() {
        assertThatThrownBy(() -> ConfigLoader.parse("rules:\n  a/b:\n    options:\n      maxDays:\n", "l.yaml", false))
                .isInstanceOf(ConfigException.class).hasMessage("l.yaml:4:7: rules.a/b.options.maxDays: needs a value");
    }

    /**
     * Found by fuzzing: SnakeYAML Engine failed with an IndexOutOfBoundsException when an emoji's
     * high surrogate fell on char 1024 of a valid file.
     */
    @Test
    void anEmojiOnTheParsersBufferEdgeIsRead() {
        for (int pad = 1015; pad < 1030; pad++) {
            String yaml = "# " + "x".repeat(pad) + "\uD83D\uDE00\nrules:\n  a/b: off\n";
            assertThat(ConfigLoader.parse(yaml, "e.yaml", false).rules()).containsKey("a/b");
        }
    }
}
