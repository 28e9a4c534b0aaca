package io.notelint.nlp.opennlp;

import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The note texts this module's differential tests run over: the repository's three corpora, and beside the
 * checkout, when present, the shared dev notes and the real notes (a clean checkout runs on the corpora alone).
 */
final class CorpusNoteTexts {

    private CorpusNoteTexts() {
    }

    static List<String> texts() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("lint-nlp-opennlp"))) {
            dir = dir.getParent();
        }
        List<String> out = new ArrayList<>();
        for (String name : List.of("corpus/labelled.jsonl", "corpus/holdout.jsonl", "corpus/blind.jsonl",
                "../shared/corpus/dev.jsonl", "../../realnotes/dev.jsonl", "../../realnotes/fresh.jsonl")) {
            Path p = dir == null ? null : dir.resolve(name).normalize();
            if (p == null || !Files.isRegularFile(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    tools.jackson.databind.JsonNode tree = NoteJson.readTree(line);
                    Note note = NoteJson.fromTree(tree.has("note") ? tree.get("note") : tree);
                    out.add(note.text());
                } catch (NoteFormatException e) {
                    // a deliberately broken record: no text
                }
            }
        }
        return out;
    }
}
