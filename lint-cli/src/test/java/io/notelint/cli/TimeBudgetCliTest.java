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
 * A note that overruns the watchdog costs that note, not the batch: a rule that burns CPU time and
 * checks the analysis is stopped by the engine; a rule stuck in a sleeping loop of its own is abandoned
 * by the batch runner, and a fresh thread carries on. One result per record, in order, ids kept; both
 * are error results (not findings with a gap) and the exit code is 3. Nothing here measures time.
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

        Cli.Run run = Cli.run("check", "--format", "jsonl", "--threads", threads, "--time-budget", "200", in.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(ExitCodes.STOPPED);
        List<JsonNode> results = run.out().lines().map(l -> io.notelint.core.json.NoteJson.mapper().readTree(l)).toList();
        assertThat(results).extracting(r -> r.get("noteId").stringValue())
                .containsExactly("a", "slow", "b", "stuck", "c", "d");

        JsonNode slow = results.get(1).get("error");
        assertThat(slow.get("code").stringValue()).isEqualTo("time-budget");
        assertThat(slow.get("message").stringValue()).startsWith("line 2: not fully checked: rule test-cli/slow used"
                + " more than its CPU time budget of 200 ms");
        assertThat(results.get(1).path("findings").size()).as("no findings with a gap").isZero();
        JsonNode stuck = results.get(3).get("error");
        assertThat(stuck.get("code").stringValue()).isEqualTo("time-budget");
        assertThat(stuck.get("message").stringValue()).isEqualTo("not fully checked: rule test-cli/stuck waited more"
                + " than 1200 ms without running (sleeping or blocked) (its budget of 200 ms and a margin) and did not"
                + " stop, so the note was abandoned");
        assertThat(stuck.get("line").asInt()).isEqualTo(4);
        assertThat(results.get(4).get("findings").toString()).as("the note after the stuck one is linted")
                .contains("test-cli/flag-word");
        assertThat(run.out()).doesNotContain("SLOWPOKE").doesNotContain("STUCKPOKE");
    }
}
