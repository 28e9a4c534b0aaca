package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.cli.testrules.ExperimentalRule;
import io.notelint.cli.testrules.FlagWordRule;
import io.notelint.cli.testrules.NoteFlagRule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RulesAndExplainTest {

    /** The table row of a rule, split on runs of two or more spaces. */
    private static Optional<List<String>> row(String out, String id) {
        return out.lines().filter(l -> l.startsWith(id + " ")).findFirst().map(l -> List.of(l.split(" {2,}")));
    }

    @Test
    void rulesListsIdCategorySeverityDescription() {
        Cli.Run run = Cli.run("rules");
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines().findFirst().orElseThrow()).matches("ID +CATEGORY +SEVERITY +DESCRIPTION");
        assertThat(row(run.out(), FlagWordRule.ID)).contains(
                List.of(FlagWordRule.ID, "vague-language", "warning", "Flags a made-up test word."));
        assertThat(row(run.out(), ExperimentalRule.ID).orElseThrow().get(3)).endsWith("(experimental)");
    }

    @Test
    void rulesFiltersByCategory() {
        Cli.Run run = Cli.run("rules", "--category", "missing-plan");
        assertThat(row(run.out(), NoteFlagRule.ID)).isPresent();
        assertThat(row(run.out(), FlagWordRule.ID)).isEmpty();
        assertThat(run.out().lines().skip(1)).allSatisfy(l -> assertThat(l.split(" {2,}")[1]).isEqualTo("missing-plan"));

        Cli.Run bad = Cli.run("rules", "--category", "spelling");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("vague-language");
    }

    @Test
    void rulesFiltersByProfileWithTheProfilesSeverities() {
        Cli.Run run = Cli.run("rules", "--profile", "test-cli-strict");
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(row(run.out(), FlagWordRule.ID).orElseThrow().get(2)).isEqualTo("error");
        assertThat(row(run.out(), ExperimentalRule.ID)).as("turned on by the profile").isPresent();
        assertThat(row(run.out(), NoteFlagRule.ID)).as("turned off by the profile").isEmpty();

        assertThat(Cli.run("rules", "--profile", "no-such-profile").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void explainShowsEverythingTheRuleDeclares() {
        Cli.Run run = Cli.run("explain", FlagWordRule.ID);
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .startsWith(FlagWordRule.ID + "\n")
                .contains("category: vague-language")
                .contains("default severity: warning")
                .contains("Flags a made-up test word.")
                .contains("Why:\n  The CLI tests need a rule whose findings they can predict exactly.")
                .contains("References:\n  - NoteLint CLI tests")
                .contains("word (string, default \"zorblat\")")
                .contains("The word to flag.")
                .contains("Suggestions:\n  meaning: Say what you mean instead of {word}.")
                .contains("  - Client was [[zorblat]] today.")
                .contains("Not flagged:\n  - Client reports sleeping 7 hours.");
    }

    @Test
    void explainUnknownRuleSuggestsTheNearestId() {
        Cli.Run run = Cli.run("explain", "test-cli/flag-wrd");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("did you mean " + FlagWordRule.ID);
    }

    @Test
    void versionAndHelp() {
        Cli.Run version = Cli.run("--version");
        assertThat(version.exit()).isEqualTo(ExitCodes.OK);
        assertThat(version.out()).startsWith("notelint ").doesNotContain("${");
        Cli.Run help = Cli.run("--help");
        assertThat(help.exit()).isEqualTo(ExitCodes.OK);
        assertThat(help.out()).contains("check").contains("assert").contains("rules").contains("explain");
        assertThat(Cli.run("check", "--help").out()).contains("--fail-on").contains("Exit codes");
    }
}
