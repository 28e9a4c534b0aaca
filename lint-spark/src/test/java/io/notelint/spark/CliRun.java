package io.notelint.spark;

import io.notelint.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import io.notelint.core.json.NoteJson;

/** Runs {@code notelint check --format jsonl} in this JVM and keys its result lines by note id. */
final class CliRun {

    private CliRun() {
    }

    static Map<String, String> resultsById(Path notes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"check", "--format", "jsonl", "--threads", "2", notes.toString()},
                new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        if (code == 2) {
            throw new AssertionError("notelint check failed: " + err.toString(StandardCharsets.UTF_8));
        }
        Map<String, String> byId = new LinkedHashMap<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                byId.put(NoteJson.readTree(line).get("noteId").stringValue(), line);
            }
        }
        return byId;
    }
}
