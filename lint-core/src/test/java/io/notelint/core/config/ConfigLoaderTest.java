package io.notelint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.engine.Linter;
import io.notelint.core.engine.LinterTest;
import io.notelint.core.engine.PlainNlp;
import io.notelint.core.rule.Severity;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

    @Test
    void readsYamlRuleSettings() {
        LintConfig c = ConfigLoader.parse("""
                nlp: opennlp
                rules:
                  a/b: off
                  c/d: error
                  e/f:
                    severity: info
                    options:
                      maxDays: 5
                """, "lint.yaml", false);
        assertThat(c.rules().get("a/b").enabled()).isFalse();
        assertThat(c.rules().get("c/d").severity()).isEqualTo(Severity.ERROR);
        assertThat(c.rules().get("e/f").options()).containsEntry("maxDays", 5);
        assertThat(c.locationOf("rules.e/f.options")).isEqualTo("lint.yaml:7:5");
    }

    @Test
    void readsJson() {
        LintConfig c = ConfigLoader.parse("{\"rules\": {\"a/b\": {\"enabled\": false}}}", "c.json", true);
        assertThat(c.rules().get("a/b").enabled()).isFalse();
    }

    @Test
    void errorsNameFileLineAndKey() {
        assertThatThrownBy(() -> ConfigLoader.parse("rules:\n  a/b: loud\n", "lint.yaml", false))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("lint.yaml:2:3: rules.a/b: must be one of off, on, info, warning, error");
        assertThatThrownBy(() -> ConfigLoader.parse("rulez: {}\n", "lint.yaml", false))
                .hasMessageStartingWith("lint.yaml:1:1: rulez: unknown key");
        assertThatThrownBy(() -> ConfigLoader.parse("rules:\n  a/b:\n    severity: loud\n", "x.yaml", false))
                .hasMessageStartingWith("x.yaml:3:5: rules.a/b.severity");
        assertThatThrownBy(() -> ConfigLoader.parse("{\"rules\": [}", "x.json", true))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("x.json:1:");
    }

    @Test
    void unknownRuleIdInAFileIsReportedWithItsPosition() {
        LintConfig c = ConfigLoader.parse("rules:\n  vague-language/test-wrod: on\n", "lint.yaml", false);
        assertThatThrownBy(() -> Linter.builder().nlp(PlainNlp.BACKEND).addRule(new LinterTest.WordRule()).config(c).build())
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("lint.yaml:2:3: rules.vague-language/test-wrod: unknown rule id");
    }

    @Test
    void badOptionValueInAFileIsReportedWithItsPosition() {
        LintConfig c = ConfigLoader.parse("rules:\n  vague-language/test-word:\n    options:\n      word: 7\n",
                "lint.yaml", false);
        assertThatThrownBy(() -> Linter.builder().nlp(PlainNlp.BACKEND).addRule(new LinterTest.WordRule()).config(c).build())
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("lint.yaml:3:5: rules.vague-language/test-word.options");
    }
}
