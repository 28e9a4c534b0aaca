package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * A note that overruns the time budget costs that note, not the batch: a rule that checks the
 * analysis is stopped by the engine; a rule stuck in a loop of its own is abandoned by the watchdog,
 * and a fresh thread carries on. One result per record, in order, in bounded time.
 */
class TimeBudgetCliTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"1", "2"})
    void overrunningNotesBecomeErrorsInPlaceAndTheBatchGoesOn(String threads) throws IOException {
        Path in = Notes.write(dir, "slow.jsonl", List.of(
                Notes.line("a", "S: a zorblat today."),
                Notes.line("slow", "S: SLOWPOKE. Client is zorblat."),
                Notes.line("b", "S: fine."),
                Notes.line("stuck", "S: STUCKPOKE here."),
                Notes.line("c", "S: fine and zorblat."),
                Notes.line("d", "S: fine.")));

        long t0 = System.nanoTime();
        Cli.Run run = Cli.run("check", "--format", "jsonl", "--threads", threads, "--time-budget", "200", in.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(ExitCodes.FOUND);
        List<JsonNode> results = run.out().lines().map(l -> io.notelint.core.io.NoteJson.mapper().readTree(l)).toList();
        assertThat(results).extracting(r -> r.get("noteId").stringValue())
                .containsExactly("a", "slow", "b", "stuck", "c", "d");

        JsonNode slow = results.get(1);
        assertThat(slow.get("ruleErrors").toString()).contains("rule test-cli/slow exceeded the time budget of 200 ms");
        JsonNode stuck = results.get(3).get("error");
        assertThat(stuck.get("code").stringValue()).isEqualTo("time-budget");
        assertThat(stuck.get("message").stringValue())
                .startsWith("rule test-cli/stuck exceeded the time budget of 200 ms and did not stop");
        assertThat(stuck.get("line").asInt()).isEqualTo(4);
        assertThat(results.get(4).get("findings").toString()).as("the note after the stuck one is linted")
                .contains("test-cli/flag-word");
        assertThat(ms).as("the stuck rule's 10 s are not waited for").isLessThan(7_000);
        assertThat(run.out()).doesNotContain("SLOWPOKE").doesNotContain("STUCKPOKE");
    }
}
