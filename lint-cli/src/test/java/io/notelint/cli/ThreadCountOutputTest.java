package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The brief's promise at any thread count: the same notes give the same output bytes with one worker
 * thread or several, in every batch format, with the full default rule pack (histories included, so
 * clone detection runs) and a malformed line in the middle. Results are written in input order by the
 * reading thread; nothing a worker computes may depend on which worker it was or what it did before.
 */
class ThreadCountOutputTest {

    @TempDir
    Path dir;

    private Path batch() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(labelled(), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                lines.add(NoteJson.readTree(line).get("note").toString());
            }
        }
        lines.add(lines.size() / 2, "{\"id\": \"broken\", \"text\": \"unterminated");
        return Notes.write(dir, "batch.jsonl", lines);
    }

    @Test
    void jsonLinesAreByteIdenticalWithOneTwoAndFiveThreads() throws IOException {
        Path in = batch();
        Cli.Run one = Cli.run("check", "--no-progress", "--format", "jsonl", "--threads", "1", in.toString());
        assertThat(one.out().lines().count()).isGreaterThan(200);
        assertThat(one.out()).contains("\"findings\":[{").contains("\"code\":\"invalid-json\"");
        for (String threads : List.of("2", "5")) {
            Cli.Run many = Cli.run("check", "--no-progress", "--format", "jsonl", "--threads", threads, in.toString());
            assertThat(many.exit()).isEqualTo(one.exit());
            assertThat(many.out()).as("--threads %s", threads).isEqualTo(one.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "sarif", "csv", "text"})
    void otherFormatsAreByteIdenticalWithOneAndThreeThreads(String format) throws IOException {
        Path in = batch();
        Cli.Run one = Cli.run("check", "--no-progress", "--format", format, "--threads", "1", in.toString());
        Cli.Run three = Cli.run("check", "--no-progress", "--format", format, "--threads", "3", in.toString());
        assertThat(one.out()).hasSizeGreaterThan(10_000);
        assertThat(three.out()).isEqualTo(one.out());
        assertThat(three.exit()).isEqualTo(one.exit());
    }

    private static Path labelled() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolve("corpus/labelled.jsonl");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("corpus/labelled.jsonl not found");
    }
}
