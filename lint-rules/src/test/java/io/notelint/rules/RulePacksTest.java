package io.notelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.config.LintConfig;
import io.notelint.core.config.RuleSettings;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.json.NoteJson;
import io.notelint.declarative.DeclarativeRule;
import io.notelint.declarative.RuleFiles;
import io.notelint.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The declarative rule packs shipped in notelint/packs/: they load, and every rule's examples pass. */
class RulePacksTest {

    static List<String> packNames() throws IOException {
        Path dir = RuleDocsTest.repoRoot().resolve("lint-rules/src/main/resources/notelint/packs");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPackRuleHasPassingGoodAndBadExamples() throws IOException {
        List<String> names = packNames();
        assertThat(names).contains("medicare-psychotherapy");
        return names.stream().flatMap(name -> RuleFiles.loadPack(name, getClass().getClassLoader()).stream())
                .map(rule -> DynamicTest.dynamicTest(rule.meta().id(), () -> {
                    assertThat(rule.meta().examples()).as("bad examples").anyMatch(e -> e.shouldFlag());
                    assertThat(rule.meta().examples()).as("good examples").anyMatch(e -> !e.shouldFlag());
                    assertThat(rule.meta().rationale()).isNotBlank();
                    RuleTester.of(rule).withOwnExamples().run();
                }));
    }

    @Test
    void aPackIsEnabledByNameNextToTheBuiltInRulesItsExperimentalRulesByConfig() {
        List<DeclarativeRule> pack = RuleFiles.loadPack("medicare-psychotherapy", getClass().getClassLoader());
        List<String> stable = pack.stream().filter(r -> r.meta().stable()).map(r -> r.meta().id()).toList();
        Linter linter = Linter.builder().addRulePack("medicare-psychotherapy").build();
        assertThat(linter.rules()).extracting(r -> r.id()).containsAll(stable)
                .doesNotContain("medicare/specific-intervention")
                .hasSize((int) RuleExamplesTest.allRules().stream().filter(r -> r.meta().stable()).count() + stable.size());
        String note = "{\"id\": \"n\", \"text\": \"Provided supportive therapy.\", \"fields\": {\"cptCode\": \"90837\"}}";
        LintResult r = linter.lint(NoteJson.parseNote(note, null));
        assertThat(r.ruleErrors()).isEmpty();
        assertThat(r.findings()).extracting(f -> f.ruleId()).contains("medicare/timed-code-start-stop",
                "medicare/psychotherapy-diagnosis", "medicare/necessity-wording");

        LintConfig on = LintConfig.builder().rulePack("medicare-psychotherapy")
                .rule("medicare/specific-intervention", RuleSettings.on()).build();
        LintResult all = Linter.builder().config(on).build().lint(NoteJson.parseNote(note, null));
        assertThat(all.findings()).extracting(f -> f.ruleId()).contains("medicare/specific-intervention");
    }
}
