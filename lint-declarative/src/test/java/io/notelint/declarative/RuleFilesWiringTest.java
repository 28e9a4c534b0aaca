package io.notelint.declarative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.config.ConfigException;
import io.notelint.core.config.ConfigLoader;
import io.notelint.core.config.LintConfig;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files reach the engine through Linter.Builder and through the config's ruleFiles key. */
class RuleFilesWiringTest {

    private static final String NO_FINE = """
            id: clinic/no-fine
            type: existence
            category: vague-language
            message: "'{match}' says nothing observable"
            terms: [fine]
            """;

    private static final String PACK = """
            name: clinic pack
            rules:
              - id: clinic/no-okay
                type: existence
                category: vague-language
                message: "'{match}' says nothing observable"
                terms: [okay]
              - id: clinic/plan-follow-up
                type: occurrence
                category: plan-quality
                message: "The plan names no follow-up"
                scope: plan
                terms: [follow up, next session]
                min: 1
            """;

    @Test
    void builderLoadsFilesAndDirectoriesNextToOtherRules(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("clinic-rules"));
        Files.writeString(rules.resolve("no-fine.yaml"), NO_FINE);
        Files.writeString(rules.resolve("pack.yml"), PACK);
        Files.writeString(rules.resolve("README.md"), "not a rule file");
        Linter linter = Linter.builder().addRule(new WordRule()).addRuleFiles(rules).build();
        assertThat(linter.rules()).extracting(r -> r.id()).containsExactlyInAnyOrder("vague-language/test-word",
                "clinic/no-fine", "clinic/no-okay", "clinic/plan-follow-up");
        LintResult r = linter.lint(Note.of("n", "S: Feeling okay.\nP: Weekly."));
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("clinic/plan-follow-up", "clinic/no-okay");
    }

    @Test
    void configRuleFilesResolveAgainstTheConfigFileAndTakeRuleSettings(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("clinic-rules"));
        Files.writeString(rules.resolve("no-fine.yaml"), NO_FINE);
        Path config = dir.resolve("notelint.yaml");
        Files.writeString(config, "ruleFiles: [clinic-rules/]\nrules:\n  clinic/no-fine: error\n");
        LintConfig c = ConfigLoader.load(config);
        assertThat(c.ruleFiles()).containsExactly(rules);
        Linter linter = Linter.builder().addRule(new WordRule()).config(c).build();
        LintResult r = linter.lint(Note.of("n", "Feels fine."));
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("clinic/no-fine"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void aMissingRuleFileInTheConfigIsReportedAtItsPosition(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("notelint.yaml");
        Files.writeString(config, "ruleFiles:\n  - clinic-rules/\n");
        assertThatThrownBy(() -> ConfigLoader.load(config)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(config + ":2:5: ruleFiles[0]: no such rule file or directory");
    }

    @Test
    void aBadRuleFileFailsTheBuildNamingFileLineAndKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, NO_FINE.replace("category: vague-language", "category: vague"));
        assertThatThrownBy(() -> Linter.builder().addRuleFiles(file).build()).isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith(file + ":3:1: category: unknown category 'vague'");
    }

    @Test
    void idsMustBeUniqueAcrossFilesAndAgainstJavaRules(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.yaml"), NO_FINE);
        Files.writeString(dir.resolve("b.yaml"), NO_FINE);
        assertThatThrownBy(() -> Linter.builder().addRuleFiles(dir).build())
                .hasMessageStartingWith(dir.resolve("b.yaml") + ":1:1: id: duplicate rule id 'clinic/no-fine' (also at "
                        + dir.resolve("a.yaml") + ":1:1)");
        Path clash = dir.resolve("clash.yaml");
        Files.writeString(clash, NO_FINE.replace("clinic/no-fine", "vague-language/test-word"));
        assertThatThrownBy(() -> Linter.builder().addRule(new WordRule()).addRuleFiles(clash).build())
                .hasMessageContaining("duplicate rule id vague-language/test-word").hasMessageContaining("clash.yaml:1:1");
    }

    @Test
    void anUnknownPackIsAnError() {
        assertThatThrownBy(() -> Linter.builder().addRule(new WordRule()).addRulePack("no-such-pack").build())
                .isInstanceOf(RuleFileException.class).hasMessageContaining("no rule pack 'no-such-pack'");
    }

    @Test
    void declarativeRulesAreSafeToShareBetweenThreads() throws Exception {
        Linter.Builder b = Linter.builder();
        RuleFiles.parse(PACK, "pack.yaml", false).forEach(b::addRule);
        Linter linter = b.build();
        String text = "S: Feeling okay, okay.\nP: Follow up next session.";
        int expected = linter.lint(Note.of("n", text)).findings().size();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> linter.lint(Note.of("n", text)).findings().size()));
            }
            for (java.util.concurrent.Future<Integer> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).isEqualTo(2);
    }
}
