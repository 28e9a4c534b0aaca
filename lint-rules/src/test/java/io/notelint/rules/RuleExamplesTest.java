package io.notelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleMeta;
import io.notelint.testing.RuleTester;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule's own good and bad examples, run as tests (LanguageTool's PatternRuleTest idea), and the
 * metadata every rule must carry.
 */
class RuleExamplesTest {

    static List<Rule> allRules() {
        return ServiceLoader.load(Rule.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    @Test
    void thePackHasRulesWithUniqueIds() {
        List<Rule> rules = allRules();
        assertThat(rules).isNotEmpty();
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            assertThat(ids.add(r.meta().id())).as("duplicate id %s", r.meta().id()).isTrue();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRuleDeclaresGoodAndBadExamples() {
        return allRules().stream().map(rule -> DynamicTest.dynamicTest(rule.meta().id(), () -> {
            RuleMeta meta = rule.meta();
            assertThat(meta.examples()).as("bad examples").anyMatch(e -> e.shouldFlag());
            assertThat(meta.examples()).as("good examples").anyMatch(e -> !e.shouldFlag());
            assertThat(meta.description()).isNotBlank();
            assertThat(meta.rationale()).isNotBlank();
            assertThat(meta.id()).as("id is category/name").startsWith(meta.category().id() + "/");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRulesExamplesPass() {
        return allRules().stream().map(rule -> DynamicTest.dynamicTest(rule.meta().id(),
                () -> RuleTester.of(rule).withOwnExamples().run()));
    }
}
