package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.cli.testrules.FlagWordRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileAndExplainTest {

    @Test
    void profileOptionAppliesTheProfileAndExplainSaysWhy(@TempDir Path dir) throws Exception {
        Path config = TestConfigs.onlyTestRules(dir);
        Path note = dir.resolve("n.txt");
        Files.writeString(note, "The zorblat again.", StandardCharsets.UTF_8);

        Cli.Run plain = Cli.run("check", "--config", config.toString(), note.toString());
        assertThat(plain.out()).contains("warning [" + FlagWordRule.ID + "]").doesNotContain("  why: ");

        Cli.Run strict = Cli.run("check", "--config", config.toString(), "--profile", "test-cli-strict", "--explain",
                note.toString());
        assertThat(strict.out()).contains("error [" + FlagWordRule.ID + "]").contains("  why: ");
        assertThat(strict.exit()).isEqualTo(ExitCodes.FOUND);

        Cli.Run unknown = Cli.run("check", "--profile", "no-such-profile", note.toString());
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("unknown profile 'no-such-profile'");
    }
}
