package io.notelint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.declarative.DeclarativeRule;
import io.notelint.declarative.RuleFiles;
import org.junit.jupiter.api.Test;

/** A rule written as data is tested like a Java rule: RuleTester runs the examples of its file. */
class RuleFileRuleTesterTest {

    private static final String RULE = """
            id: clinic/no-abbreviations
            type: existence
            category: vague-language
            severity: error
            message: "Spell out '{match}'"
            terms: [talk about stuff, "w/o"]
            patterns: ['\\bq\\.?d\\.?\\b']
            examples:
              bad:
                - "We [[talked about stuff]]."
                - text: "Take [[q.d]]."
              good:
                - "We talked about her sleep."
            """;

    @Test
    void theExamplesOfARuleFileRunWithRuleTester() {
        DeclarativeRule rule = RuleFiles.parse(RULE, "test.yaml", false).get(0);
        assertThat(rule.meta().examples()).hasSize(3);
        RuleTester.of(rule).withOwnExamples().run();
    }

    @Test
    void aWrongExampleFails() {
        DeclarativeRule rule = RuleFiles.parse(RULE.replace("- \"We talked about her sleep.\"",
                "- \"We talk about stuff.\""), "test.yaml", false).get(0);
        assertThat(RuleTester.of(rule).withOwnExamples().failures()).hasSize(1);
    }
}
