package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.notelint.core.json.NoteJson;
import io.notelint.core.rule.Category;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The labelled dev notes through the real rule pack: one result line each, in the spec's shape. */
class DevCorpusTest {

    @TempDir
    Path dir;

    @Test
    void everyDevNoteGivesOneResultLineInTheSpecShape() throws IOException {
        Optional<Path> corpus = Notes.shared("corpus/dev.jsonl");
        assumeTrue(corpus.isPresent(), "shared/corpus/dev.jsonl is not beside this checkout");
        List<String> notes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.get(), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode note = NoteJson.readTree(line).get("note");
                notes.add(note.toString());
                ids.add(note.get("id").stringValue());
            }
        }
        Path in = Notes.write(dir, "dev-notes.jsonl", notes);

        Cli.Run run = Cli.run("check", "--format", "jsonl", in.toString());

        assertThat(run.exit()).isIn(ExitCodes.OK, ExitCodes.FOUND);
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(16).hasSize(notes.size());
        List<String> categories = Arrays.stream(Category.values()).map(Category::id).toList();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode r = NoteJson.readTree(lines.get(i));
            assertThat(r.get("noteId").stringValue()).isEqualTo(ids.get(i));
            assertThat(r.has("error")).as("note %s is a valid note", ids.get(i)).isFalse();
            assertThat(r.has("ruleErrors")).as("no rule fails on note %s", ids.get(i)).isFalse();
            String text = NoteJson.readTree(notes.get(i)).get("text").stringValue();
            for (JsonNode f : r.get("findings").values()) {
                assertThat(f.get("ruleId").stringValue()).matches("[a-z0-9-]+(/[a-z0-9-]+)?");
                assertThat(f.get("category").stringValue()).isIn(categories);
                assertThat(f.get("severity").stringValue()).isIn("info", "warning", "error");
                assertThat(f.get("message").stringValue()).isNotBlank();
                if (f.has("span")) {
                    JsonNode s = f.get("span");
                    int start = s.get("start").intValue();
                    int end = s.get("end").intValue();
                    assertThat(start).isBetween(0, end);
                    assertThat(end).isLessThanOrEqualTo(text.length());
                    assertThat(s.get("line").intValue()).isPositive();
                    assertThat(s.get("column").intValue()).isPositive();
                    assertThat(f.get("excerpt").stringValue()).isEqualTo(text.substring(start, end));
                }
            }
        }
    }
}
