package io.notelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.declarative.DeclarativeRule;
import io.notelint.core.declarative.RuleFiles;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.io.NoteJson;
import io.notelint.core.testing.RuleTester;
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
    void aPackIsEnabledByNameNextToTheBuiltInRules() {
        Linter linter = Linter.builder().addRulePack("medicare-psychotherapy").build();
        List<DeclarativeRule> pack = RuleFiles.loadPack("medicare-psychotherapy", getClass().getClassLoader());
        assertThat(linter.rules()).extracting(r -> r.id())
                .containsAll(pack.stream().map(r -> r.meta().id()).toList())
                .hasSize(RuleExamplesTest.allRules().size() + pack.size());
        LintResult r = linter.lint(NoteJson.parseNote("{\"id\": \"n\", \"text\": \"Provided supportive therapy.\","
                + " \"fields\": {\"cptCode\": \"90837\"}}", null));
        assertThat(r.ruleErrors()).isEmpty();
        assertThat(r.findings()).extracting(f -> f.ruleId()).contains("medicare/timed-code-start-stop",
                "medicare/psychotherapy-diagnosis", "medicare/specific-intervention", "medicare/necessity-wording");
    }
}
