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
import tools.jackson.databind.JsonNode;

/**
 * Issue 19's poison batch: twelve notes of {@code "Plan:" + "10:00-" * 33333} (next-contact detection
 * was quadratic on them: minutes of CPU each) ahead of thirty good notes. Every note is linted in full:
 * the thirty good ones with their ids and exactly the findings they get alone, the poison ones with no
 * error. The work is linear now, so the default watchdog never comes near.
 */
class PoisonBatchTest {

    @TempDir
    Path dir;

    @Test
    void slowNotesCostNoOtherNoteItsResult() throws IOException {
        List<String> good = new ArrayList<>();
        for (String line : Files.readAllLines(labelled(), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && good.size() < 30) {
                good.add(NoteJson.readTree(line).get("note").toString());
            }
        }
        List<String> batch = new ArrayList<>();
        String poison = "Plan:" + "10:00-".repeat(33333);
        for (int i = 0; i < 12; i++) {
            batch.add(Notes.line("poison-" + i, poison));
        }
        batch.addAll(good);
        Path in = Notes.write(dir, "poison.jsonl", batch);
        Path alone = Notes.write(dir, "good.jsonl", good);

        Cli.Run run = Cli.run("check", "--format", "jsonl", "--threads", "2", in.toString());
        Cli.Run reference = Cli.run("check", "--format", "jsonl", "--threads", "1", alone.toString());

        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(42);
        for (int i = 0; i < 12; i++) {
            JsonNode r = NoteJson.readTree(lines.get(i));
            assertThat(r.get("noteId").stringValue()).isEqualTo("poison-" + i);
            assertThat(r.has("error")).as("poison note %d linted in full", i).isFalse();
            assertThat(r.has("ruleErrors")).isFalse();
        }
        assertThat(lines.subList(12, 42)).as("the good notes, ids and findings as when linted alone")
                .containsExactlyElementsOf(reference.out().lines().toList());
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
