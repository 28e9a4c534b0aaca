package io.notelint.grading;

import io.notelint.core.json.NoteJson;
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
 * The repository's labelled corpora ({@code corpus/labelled.jsonl}, and {@code holdout.jsonl} and
 * {@code blind.jsonl}, written apart from the rules): each note with its expected findings. Used to
 * measure the grader, never to tune it.
 */
final class LabelledCorpus {

    /** A note and its labels: span phrases per category and note-level categories. */
    record Item(Note note, List<String> noteCategories, List<String[]> spans) {

        /** The number of documented flaws: note categories plus span items. */
        int flaws() {
            return noteCategories.size() + spans.size();
        }

        /** Every category the note is labelled with, at note level or on a span. */
        java.util.Set<String> labels() {
            java.util.Set<String> out = new java.util.TreeSet<>(noteCategories);
            spans.forEach(s -> out.add(s[0]));
            return out;
        }
    }

    private LabelledCorpus() {
    }

    /** A corpus file of the repository's {@code corpus/} folder, found from the module directory upwards. */
    static Path locate(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path p = dir.resolve("corpus").resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("corpus/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    /** The labelled corpus, {@code corpus/labelled.jsonl}. */
    static List<Item> load() {
        return load("labelled.jsonl");
    }

    static List<Item> load(String name) {
        List<Item> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(locate(name), StandardCharsets.UTF_8)) {
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
