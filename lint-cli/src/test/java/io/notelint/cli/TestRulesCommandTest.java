package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notelint test-rules}: a rule file's examples, run as tests, with exit codes 0, 1 and 2. */
class TestRulesCommandTest {

    private static final String RULE = """
            id: clinic/no-fine
            type: existence
            category: vague-language
            message: "'{match}' says nothing observable"
            terms: [fine]
            examples:
              bad: ["Client is [[fine]]."]
              good: ["Client reports mood 6/10."]
            """;

    @TempDir
    Path dir;

    @Test
    void passingExamplesExitZeroWithALinePerRule() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("fine.yaml"), RULE);
        String onlyBad = RULE.replace("no-fine", "no-okay").replace("[fine]", "[okay]").replace("[[fine]]", "[[okay]]");
        Files.writeString(rules.resolve("untested.yaml"), onlyBad.substring(0, onlyBad.indexOf("  good:")));
        Cli.Run run = Cli.run("test-rules", rules.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("ok       clinic/no-fine  (1 bad, 1 good)  " + rules.resolve("fine.yaml") + ":1:1")
                .contains("UNTESTED clinic/no-okay  (1 bad, 0 good)")
                .contains("2 rule(s): 2 passed, 0 failed; 1 without both a bad and a good example");
    }

    @Test
    void aRuleWithNoExamplesAtAllFails() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("fine.yaml"), RULE);
        Files.writeString(rules.resolve("none.yaml"), RULE.replace("no-fine", "no-okay").substring(0, RULE.indexOf("examples:")));
        Cli.Run run = Cli.run("test-rules", rules.toString());
        assertThat(run.exit()).as("a rule that has proved nothing does not pass").isEqualTo(ExitCodes.FOUND);
        assertThat(run.out()).contains("FAIL     clinic/no-okay  (0 bad, 0 good)").contains("no examples")
                .contains("2 rule(s): 1 passed, 1 failed");
    }

    @Test
    void aFailingExampleExitsOneAndSaysWhichCase() throws IOException {
        Path file = dir.resolve("fine.yaml");
        Files.writeString(file, RULE.replace("good: [\"Client reports mood 6/10.\"]", "good: [\"Client is fine today.\"]"));
        Cli.Run run = Cli.run("test-rules", file.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.FOUND);
        assertThat(run.out()).contains("FAIL     clinic/no-fine").contains("case 2 (good): expected no finding, got ['fine'@10]")
                .contains("1 rule(s): 0 passed, 1 failed");
    }

    @Test
    void aBrokenRuleFileExitsTwoNamingFileLineAndKey() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, RULE.replace("category: vague-language", "category: vague"));
        Cli.Run run = Cli.run("test-rules", file.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("notelint: rule file error: " + file + ":3:1: category: unknown category 'vague'");
        assertThat(Cli.run("test-rules", dir.resolve("missing").toString()).exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theStarterPackInExamplesPasses() {
        Path pack = CustomRulesCliTest.repoRoot().resolve("examples/rule-packs/clinic-rules");
        Cli.Run run = Cli.run("test-rules", pack.toString());
        assertThat(run.exit()).as(run.out()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("6 rule(s): 6 passed, 0 failed").doesNotContain("UNTESTED");
    }
}
