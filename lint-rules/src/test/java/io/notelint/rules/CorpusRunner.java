package io.notelint.rules;

import io.notelint.core.engine.Linter;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFormatException;
import io.notelint.output.ResultJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Lints a labelled corpus (lines of {"note": ..., "expect": ...}) with every rule of the pack and
 * writes results as JSON Lines, for {@code score.py score}. Used by the corpus tests and by hand:
 * {@code mvn -q -pl lint-rules exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.notelint.rules.CorpusRunner -Dexec.args="CORPUS OUT"}.
 */
public final class CorpusRunner {

    private CorpusRunner() {
    }

    public static void run(Linter linter, Path corpus, Path out) throws IOException {
        List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = NoteJson.readTree(line);
                JsonNode noteNode = item.has("note") ? item.get("note") : item;
                Note note;
                try {
                    note = NoteJson.fromTree(noteNode);
                } catch (NoteFormatException e) {
                    continue;
                }
                w.write(ResultJson.toLine(linter.lint(note)));
                w.newLine();
            }
        }
    }

    public static void main(String[] args) throws IOException {
        run(Linter.builder().build(), Path.of(args[0]), Path.of(args[1]));
    }
}
