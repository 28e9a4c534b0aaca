package io.notelint.core.text;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The note texts lint-core's differential tests run over: the repository's three corpora, and beside the
 * checkout, when present, the shared dev notes and the real notes (outside the repository; a clean checkout
 * runs on the corpora alone). One reader for every such test, as lint-rules has CorpusNotes.
 */
public final class CorpusTexts {

    private static final String[] FILES = {"../corpus/labelled.jsonl", "../corpus/holdout.jsonl",
        "../corpus/blind.jsonl", "../../shared/corpus/dev.jsonl", "/work/realnotes/dev.jsonl",
        "/work/realnotes/fresh.jsonl"};

    private CorpusTexts() {
    }

    /** Every note's text. */
    public static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        for (String[] note : dated(false)) {
            out.add(note[0]);
        }
        return out;
    }

    /**
     * [text, sessionDate or null] of every note, and of each note's earlier notes too when
     * {@code withHistories}.
     */
    public static List<String[]> dated(boolean withHistories) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String[]> notes = new ArrayList<>();
        for (String name : FILES) {
            Path path = Path.of(name);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode root = json.readTree(line);
                JsonNode note = root.has("note") ? root.get("note") : root;
                add(note, notes);
                if (withHistories) {
                    for (JsonNode earlier : note.path("history")) {
                        add(earlier, notes);
                    }
                }
            }
        }
        return notes;
    }

    private static void add(JsonNode note, List<String[]> notes) {
        if (note.hasNonNull("text")) {
            JsonNode date = note.path("fields").path("sessionDate");
            notes.add(new String[] {note.get("text").asText(), date.isTextual() ? date.asText() : null});
        }
    }
}
