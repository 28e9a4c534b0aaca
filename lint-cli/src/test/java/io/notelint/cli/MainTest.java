package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A command line that starts with a command's name builds that command alone (start-up), so what the
 * user sees must not depend on it: the command's help and its errors, and, without a command, the list
 * of all of them and the suggestion for a mistyped one.
 */
class MainTest {

    private static final List<String> COMMANDS = List.of("check", "assert", "rules", "explain", "docs", "test-rules",
            "grade", "serve");

    @Test
    void withoutACommandEveryCommandIsListed() {
        Cli.Run run = Cli.run();
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("a command is required");
        for (String name : COMMANDS) {
            assertThat(run.err()).containsPattern("(?m)^\\s+" + name + "\\s");
        }
        Cli.Run help = Cli.run("--help");
        for (String name : COMMANDS) {
            assertThat(help.out()).containsPattern("(?m)^\\s+" + name + "\\s");
        }
    }

    @Test
    void aMistypedCommandGetsTheNearestOneSuggested() {
        Cli.Run run = Cli.run("chekc", "notes.jsonl");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("check");
    }

    @Test
    void eachCommandAloneHasItsOwnHelpAndErrors() {
        for (String name : COMMANDS) {
            Cli.Run help = Cli.run(name, "--help");
            assertThat(help.exit()).as(name).isZero();
            assertThat(help.out()).as(name).startsWith("Usage: notelint " + name);
            Cli.Run wrong = Cli.run(name, "--no-such-option");
            assertThat(wrong.exit()).as(name).isEqualTo(ExitCodes.USAGE);
            assertThat(wrong.err()).as(name).startsWith("notelint: ")
                    .contains("Run 'notelint " + name + " --help' for the options.");
        }
    }
}
