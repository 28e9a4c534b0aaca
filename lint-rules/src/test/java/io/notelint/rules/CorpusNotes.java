package io.notelint.rules;

import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The notes of the repository's corpora and, where they are beside the checkout, the shared and real notes. */
public final class CorpusNotes {

    private CorpusNotes() {
    }

    public static List<Note> all() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("lint-rules"))) {
            dir = dir.getParent();
        }
        List<Note> out = new ArrayList<>();
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
                    // a labelled corpus wraps the note with its expected findings: {"note": {...}, ...}
                    tools.jackson.databind.JsonNode tree = NoteJson.readTree(line);
                    out.add(NoteJson.fromTree(tree.has("note") ? tree.get("note") : tree));
                } catch (NoteFormatException e) {
                    // a deliberately broken record: nothing to compare
                }
            }
        }
        return out;
    }
}
