package io.notelint.grading;

import io.notelint.core.io.NoteJson;
import io.notelint.core.model.Note;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The repository's labelled corpus ({@code corpus/labelled.jsonl}): each note with its expected
 * findings. Used to measure the grader, never to tune it.
 */
final class LabelledCorpus {

    /** A note and its labels: span phrases per category and note-level categories. */
    record Item(Note note, List<String> noteCategories, List<String[]> spans) {

        /** The number of documented flaws: note categories plus span items. */
        int flaws() {
            return noteCategories.size() + spans.size();
        }
    }

    private LabelledCorpus() {
    }

    /** The corpus file, found from the module directory upwards. */
    static Path locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path p = dir.resolve("corpus/labelled.jsonl");
            if (Files.isRegularFile(p)) {
                return p;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("corpus/labelled.jsonl not found above " + Path.of("").toAbsolutePath());
    }

    static List<Item> load() {
        List<Item> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(locate(), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = NoteJson.readTree(line);
                Note note = NoteJson.fromTree(row.get("note"));
                JsonNode expect = row.get("expect");
                List<String> notes = new ArrayList<>();
                expect.get("notes").values().forEach(n -> notes.add(n.stringValue()));
                List<String[]> spans = new ArrayList<>();
                expect.get("spans").properties().forEach(e -> e.getValue().values()
                        .forEach(p -> spans.add(new String[] {e.getKey(), p.stringValue()})));
                out.add(new Item(note, notes, spans));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
