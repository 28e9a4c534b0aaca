package io.notelint.core.text;

import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The notes the differential tests run over: the repository's three corpora and, beside the checkout when
 * present, the shared dev notes ({@code ../shared/corpus/dev.jsonl}) and real notes
 * ({@code ../realnotes/dev.jsonl} and {@code fresh.jsonl}, kept outside the repository: their terms are
 * unclear). A clean checkout runs on the corpora alone. One reader for every module's tests: lint-core
 * ships it to the others in its test jar.
 */
public final class CorpusTexts {

    private static final List<String> FILES = List.of("corpus/labelled.jsonl", "corpus/holdout.jsonl",
            "corpus/blind.jsonl", "../shared/corpus/dev.jsonl", "../realnotes/dev.jsonl", "../realnotes/fresh.jsonl");

    private CorpusTexts() {
    }

    /** Every record's text, broken records' too. */
    public static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        for (String[] note : dated(false)) {
            out.add(note[0]);
        }
        return out;
    }

    /**
     * [text, sessionDate or null] of every record, and of each record's earlier notes too when
     * {@code withHistories}.
     */
    public static List<String[]> dated(boolean withHistories) throws IOException {
        List<String[]> notes = new ArrayList<>();
        for (JsonNode note : records()) {
            add(note, notes);
            if (withHistories) {
                for (JsonNode earlier : note.path("history")) {
                    add(earlier, notes);
                }
            }
        }
        return notes;
    }

    /** Every record that is a valid note (the corpora hold some broken on purpose). */
    public static List<Note> notes() throws IOException {
        List<Note> out = new ArrayList<>();
        for (JsonNode record : records()) {
            try {
                out.add(NoteJson.fromTree(record));
            } catch (NoteFormatException e) {
                // a deliberately broken record: nothing to compare
            }
        }
        return out;
    }

    /** Each line's note; a labelled corpus wraps it with its expected findings: {"note": {...}, ...}. */
    private static List<JsonNode> records() throws IOException {
        Path root = checkout();
        List<JsonNode> out = new ArrayList<>();
        for (String name : FILES) {
            Path path = root.resolve(name).normalize();
            if (!Files.isRegularFile(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode tree = NoteJson.readTree(line);
                    out.add(tree.has("note") ? tree.get("note") : tree);
                } catch (NoteFormatException e) {
                    // a line that is not JSON at all: no text to read
                }
            }
        }
        return out;
    }

    /** The checkout's root: the nearest directory up from a module's that holds the corpora. */
    private static Path checkout() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("corpus/labelled.jsonl"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no corpus/labelled.jsonl above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static void add(JsonNode note, List<String[]> notes) {
        if (note.hasNonNull("text")) {
            JsonNode date = note.path("fields").path("sessionDate");
            notes.add(new String[] {note.get("text").asText(), date.isTextual() ? date.asText() : null});
        }
    }
}
