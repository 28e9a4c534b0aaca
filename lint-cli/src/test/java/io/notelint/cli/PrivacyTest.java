package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Note text never reaches standard error: a canary word rides through every failure path (a malformed
 * line, a record without text, a rule that throws with the text in its message, a bad config, a JSON
 * document that breaks off, an output that cannot be written) and must not appear there.
 */
class PrivacyTest {

    private static final String CANARY = "Quetzalcanary";

    @TempDir
    Path dir;

    @Test
    void theCanaryNeverReachesStandardError() throws IOException {
        Path batch = Notes.write(dir, "canary.jsonl", List.of(
                "{\"id\": \"c-1\", \"text\": \"" + CANARY + " unterminated",
                "{\"id\": \"c-2\", \"note\": \"" + CANARY + "\"}",
                "{\"id\": \"c-3\", \"text\": \"" + CANARY + "\" \"" + CANARY + "\"}",
                Notes.line("c-4", CANARY + " KABOOM"),
                CANARY));
        Path doc = dir.resolve("canary.json");
        Files.writeString(doc, "[" + Notes.line("d-1", CANARY) + ", {\"id\": \"d-2\", \"text\": \"" + CANARY + "\" !!]",
                StandardCharsets.UTF_8);
        Path badConfig = dir.resolve("bad.yaml");
        Files.writeString(badConfig, "rules:\n  test-cli/flag-word:\n    severity: " + CANARY + "\n    options: {word: "
                + CANARY + "}\n");
        Path unknownRule = dir.resolve("unknown.yaml");
        Files.writeString(unknownRule, "rules:\n  test-cli/flag-word:\n    options: {nope: " + CANARY + "}\n");

        List<Cli.Run> runs = List.of(
                Cli.run("check", batch.toString()),
                Cli.run("check", "--format", "jsonl", batch.toString()),
                Cli.run("check", "--format", "sarif", "--threads", "2", batch.toString(), doc.toString()),
                Cli.run("check", "--format", "json", doc.toString()),
                Cli.run("check", "--config", badConfig.toString(), batch.toString()),
                Cli.run("check", "--config", unknownRule.toString(), batch.toString()),
                Cli.run("check", "--output", dir.resolve("no/such/dir/out.txt").toString(), batch.toString()),
                Cli.runWithStdin(Files.readString(batch), "check", "-"));

        for (Cli.Run run : runs) {
            assertThat(run.err()).doesNotContain(CANARY);
        }
        assertThat(runs.get(1).out()).as("the jsonl results carry ids and positions, not text").doesNotContain(CANARY);
        assertThat(runs.get(2).out()).as("SARIF carries no note text").doesNotContain(CANARY);
        assertThat(runs.get(4).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(runs.get(5).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(runs.get(6).exit()).isEqualTo(ExitCodes.USAGE);
    }
}
