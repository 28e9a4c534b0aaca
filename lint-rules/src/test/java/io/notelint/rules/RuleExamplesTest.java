package io.notelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.rule.Example;
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

    /** The packages of lint-rules group categories; a rule lives in its category's package. */
    private static final java.util.Map<String, String> PACKAGE_OF_CATEGORY = java.util.Map.ofEntries(
            java.util.Map.entry("vague-language", "language"), java.util.Map.entry("stigmatizing-language", "language"),
            java.util.Map.entry("missing-section", "structure"), java.util.Map.entry("missing-plan", "structure"),
            java.util.Map.entry("plan-quality", "structure"), java.util.Map.entry("golden-thread", "structure"),
            java.util.Map.entry("cloned-content", "structure"), java.util.Map.entry("plan-follow-through", "structure"),
            java.util.Map.entry("risk-documentation", "clinical"), java.util.Map.entry("undocumented-change", "clinical"),
            java.util.Map.entry("inconsistency", "clinical"), java.util.Map.entry("administrative", "administrative"));

    @TestFactory
    Stream<DynamicTest> everyRuleLivesInItsCategorysPackageAndIsNamedAfterItsCheck() {
        return allRules().stream().map(rule -> DynamicTest.dynamicTest(rule.meta().id(), () -> {
            String category = rule.meta().category().id();
            assertThat(PACKAGE_OF_CATEGORY).containsKey(category);
            assertThat(rule.getClass().getPackageName()).isEqualTo("io.notelint.rules." + PACKAGE_OF_CATEGORY.get(category));
            // the class says what the rule checks, not which category it is in
            String words = category.replace("-", "").toLowerCase(java.util.Locale.ROOT);
            assertThat(rule.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)).doesNotStartWith(words);
        }));
    }

    /** ESLint's RuleTester asks each invalid case for its messageId; a rule with one message implies it. */
    @TestFactory
    Stream<DynamicTest> everyBadExampleOfARuleWithSeveralMessagesNamesItsMessage() {
        return allRules().stream().filter(rule -> rule.meta().messages().size() > 1)
                .map(rule -> DynamicTest.dynamicTest(rule.meta().id(), () -> assertThat(rule.meta().examples())
                        .filteredOn(Example::shouldFlag)
                        .allSatisfy(e -> assertThat(e.messageId()).as("message id of bad example '%s'", e.text())
                                .isIn(rule.meta().messages().keySet()))));
    }

    @TestFactory
    Stream<DynamicTest> everyRulesExamplesPass() {
        return allRules().stream().map(rule -> DynamicTest.dynamicTest(rule.meta().id(),
                () -> RuleTester.of(rule).withOwnExamples().run()));
    }
}
