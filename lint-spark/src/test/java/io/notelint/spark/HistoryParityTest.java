package io.notelint.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * History assembled by the Spark job equals history embedded by hand for the CLI. The corpus notes and
 * their earlier notes become one flat set of notes (no history), shuffled across partitions; Spark
 * assembles each client's history; the CLI gets the same notes each with its earlier notes embedded
 * (most recent first, within the history limits). Every note's result must be the same line.
 */
class HistoryParityTest {

    @TempDir
    Path dir;

    @Test
    void assembledHistoryGivesTheCliFindingsWhenNotesComeShuffled() throws IOException {
        List<ObjectNode> flat = flatNotes();
        Path embedded = dir.resolve("embedded.jsonl");
        Files.write(embedded, withEmbeddedHistory(flat, 3), StandardCharsets.UTF_8);
        Map<String, String> cli = CliRun.resultsById(embedded);

        Path shuffled = dir.resolve("flat.jsonl");
        List<String> lines = new ArrayList<>();
        flat.forEach(n -> lines.add(NoteJson.mapper().writeValueAsString(n)));
        java.util.Collections.shuffle(lines, new java.util.Random(18));
        Files.write(shuffled, lines, StandardCharsets.UTF_8);
        Dataset<Row> text = LocalSpark.session().read().text(shuffled.toString()).repartition(5);
        String config = "limits:\n  maxHistoryEntries: 3\n";
        LintRun run = NoteLintSpark.lint(text, new LintOptions(config, "notelint.yaml", Map.of(), "value", true));
        Map<String, String> onSpark = CorpusParityTest.byId(run.jsonLines().collectAsList());

        assertThat(onSpark.keySet()).isEqualTo(new java.util.TreeSet<>(cli.keySet()));
        cli.forEach((id, line) -> assertThat(onSpark.get(id)).as("note %s", id).isEqualTo(line));
        long changes = cli.values().stream().flatMap(l -> NoteJson.readTree(l).get("findings").valueStream())
                .filter(f -> f.get("category").stringValue().equals("undocumented-change")).count();
        assertThat(changes).as("undocumented-change findings that only history can give").isGreaterThan(5);
    }

    /** Every corpus note and every earlier note it carries, each on its own, without history; ids unique. */
    private static List<ObjectNode> flatNotes() throws IOException {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CorpusParityTest.corpus(), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode note = (ObjectNode) NoteJson.readTree(line).get("note");
            JsonNode history = note.remove("history");
            if (history != null && history.isArray()) {
                for (JsonNode h : history) {
                    if (h.isObject() && h.hasNonNull("id") && h.hasNonNull("text")) {
                        byId.putIfAbsent(h.get("id").asString(), (ObjectNode) h);
                    }
                }
            }
            byId.putIfAbsent(note.get("id").asString(), note);
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * The reference history, built without Spark: a client's notes in date, start time, id order; each
     * note carries the ones before it, most recent first, at most {@code max}.
     */
    private static List<String> withEmbeddedHistory(List<ObjectNode> notes, int max) {
        Map<String, List<ObjectNode>> byClient = new LinkedHashMap<>();
        for (ObjectNode n : notes) {
            String client = text(n.path("fields").get("clientId"));
            String date = text(n.path("fields").get("sessionDate"));
            if (client != null && date != null && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                byClient.computeIfAbsent(client, c -> new ArrayList<>()).add(n);
            }
        }
        Map<String, ArrayNode> history = new LinkedHashMap<>();
        Comparator<ObjectNode> order = Comparator.<ObjectNode, String>comparing(n -> text(n.path("fields").get("sessionDate")))
                .thenComparing(n -> text(n.path("fields").get("startTime")), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(n -> n.get("id").asString());
        for (List<ObjectNode> client : byClient.values()) {
            client.sort(order);
            for (int i = 0; i < client.size(); i++) {
                ArrayNode h = NoteJson.mapper().createArrayNode();
                for (int k = i - 1; k >= 0 && h.size() < max; k--) {
                    h.add(client.get(k));
                }
                history.put(client.get(i).get("id").asString(), h);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (ObjectNode n : notes) {
            ObjectNode copy = n.deepCopy();
            ArrayNode h = history.get(n.get("id").asString());
            if (h != null && !h.isEmpty()) {
                copy.set("history", h);
            }
            out.add(NoteJson.mapper().writeValueAsString(copy));
        }
        return new ArrayList<>(out);
    }

    private static String text(JsonNode v) {
        return v == null || !v.isString() ? null : v.stringValue();
    }
}
