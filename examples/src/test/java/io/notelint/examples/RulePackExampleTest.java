package io.notelint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.config.ConfigLoader;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.json.NoteJson;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Severity;
import io.notelint.testing.RuleFileTester;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The starter rule pack in examples/rule-packs: its examples pass, and its config wires it in. */
class RulePackExampleTest {

    static Path packDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/rule-packs"))) {
            if (Files.isDirectory(dir.resolve("rule-packs"))) {
                return dir.resolve("rule-packs");
            }
            dir = dir.getParent();
        }
        assertThat(dir).isNotNull();
        return dir.resolve("examples/rule-packs");
    }

    @Test
    void everyRuleOfTheStarterPackHasPassingGoodAndBadExamples() {
        List<RuleFileTester.Result> results = RuleFileTester.run(List.of(packDir().resolve("clinic-rules")));
        assertThat(results).extracting(RuleFileTester.Result::ruleId).hasSize(6);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.failures()).as(r.ruleId()).isEmpty();
            assertThat(r.untested()).as(r.ruleId() + " has good and bad examples").isFalse();
        });
    }

    @Test
    void theExampleConfigAddsThePackToTheBuiltInRules() {
        Linter linter = Linter.builder().config(ConfigLoader.load(packDir().resolve("notelint.yaml"))).build();
        LintResult r = linter.lint(NoteJson.parseNote("{\"id\": \"n1\", \"text\": \"S: Client refused the referral."
                + " Presented as usual.\\nP: Meet next Tuesday.\"}", null));
        assertThat(r.ruleErrors()).isEmpty();
        assertThat(r.findings()).extracting(Finding::ruleId)
                .contains("riverside/person-first", "riverside/no-filler-status", "riverside/plan-has-homework");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("riverside/person-first"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.suggestion()).isEqualTo("Write 'declined' instead of 'refused'.");
                });
    }
}
