package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress on standard error: drawn for a person at a terminal, silent for pipes, a summary at the end. */
class ProgressTest {

    @TempDir
    Path dir;

    @Test
    void theLineShowsABarRateAndTimeLeftWhenTheSizeIsKnown() {
        String line = Progress.render(1200, 250, 1000, 2.0, 100);
        assertThat(line).isEqualTo("[######------------------]  25%  1,200 notes  600 notes/s  0:06 left");
        assertThat(Progress.render(50, 0, -1, 75.2, 100)).isEqualTo("50 notes  1 notes/s  1:15");
        assertThat(Progress.render(5, 5, 10, 0.5, 100)).doesNotContain("left"); // too early to say
        assertThat(Progress.render(1, 1, 2, 3, 40)).hasSizeLessThan(40);
        assertThat(Progress.clock(3723)).isEqualTo("1:02:03");
    }

    @Test
    void forcedProgressEndsWithASummaryOfCountsAndNeverNoteText() throws IOException {
        Path config = TestConfigs.onlyTestRules(dir);
        Path batch = Notes.write(dir, "batch.jsonl", List.of(
                Notes.line("n-1", "Client was zorblat SECRETWORD"),
                Notes.line("n-2", "NOPLANHERE and zorblat"),
                "not json",
                Notes.line("n-4", "clean")));

        Cli.Run run = Cli.run("check", "--progress", "--config", config.toString(), "--format", "jsonl", batch.toString());

        assertThat(run.out().lines()).hasSize(4);
        assertThat(run.err()).contains("4 records read, 4 results written")
                .contains("2 notes with findings; 3 findings: 1 error, 2 warning, 0 info")
                .contains("1 records could not be read")
                .containsPattern("vague-language +2 +\\(0 error, 2 warning, 0 info\\)")
                .containsPattern("missing-plan +1 ")
                .containsPattern("\\d+:\\d\\d elapsed, [\\d,]+ notes/s")
                .doesNotContain("SECRETWORD").doesNotContain("zorblat");

        Cli.Run quiet = Cli.run("check", "--config", config.toString(), "--format", "jsonl", batch.toString());
        assertThat(quiet.err()).as("not a terminal, not asked: silent").isEmpty();
        Cli.Run off = Cli.run("check", "--no-progress", "--config", config.toString(), batch.toString());
        assertThat(off.err()).isEmpty();
    }

    /** A real pseudo-terminal (util-linux {@code script}): the bar is drawn in place on stderr, stdout stays clean. */
    @Test
    void aTerminalGetsTheBarAndThePipeGetsOnlyResults() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script (util-linux) is not installed");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            lines.add(Notes.line("n-" + i, "S: Client reports sleeping " + (i % 9) + " hours and is doing well.\n"
                    + "O: Affect anxious.\nA: Progress toward goals.\nP: Next session 12/" + (1 + i % 28) + "."));
        }
        Path batch = Notes.write(dir, "batch.jsonl", lines);
        Path results = dir.resolve("results.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", quote(java), "-cp", quote(System.getProperty("java.class.path")),
                "io.notelint.cli.Main", "check", "--threads", "1", "--format", "jsonl", quote(batch.toString()),
                ">", quote(results.toString()));
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null");
        pb.environment().remove("NOTELINT_STDERR_TTY");
        pb.environment().put("COLUMNS", "100");
        Path terminal = dir.resolve("terminal.txt");
        Process p = pb.redirectErrorStream(true).redirectOutput(terminal.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();

        String screen = Files.readString(terminal, StandardCharsets.UTF_8);
        assertThat(screen).contains("\r[").contains("notes/s").contains("400 records read, 400 results written");
        assertThat(Files.readAllLines(results)).hasSize(400).allMatch(l -> l.startsWith("{\"noteId\""));
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
