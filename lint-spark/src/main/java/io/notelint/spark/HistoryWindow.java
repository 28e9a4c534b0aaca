package io.notelint.spark;

import io.notelint.core.json.NoteJson;
import io.notelint.core.limits.Limits;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One client's most recent notes while a sorted partition streams past: at most
 * {@link Limits#maxHistoryEntries()} of them, so a client with a million notes costs no more memory
 * than one with a hundred. Each note's history is the notes before it, most recent first, as many as
 * fit both the entry limit and {@link Limits#maxHistoryChars()}: the same history a CLI user would embed
 * within the limits.
 */
final class HistoryWindow {

    private final Limits limits;
    private final Deque<ObjectNode> recent = new ArrayDeque<>();
    private String client;

    HistoryWindow(Limits limits) {
        this.limits = limits;
    }

    /** The history of the next note of {@code clientId}; a new client starts with none. */
    ArrayNode historyFor(String clientId) {
        if (!Objects.equals(client, clientId)) {
            recent.clear();
            client = clientId;
        }
        ArrayNode history = NoteJson.mapper().createArrayNode();
        long chars = 0;
        for (ObjectNode earlier : recent) {
            if (history.size() >= limits.maxHistoryEntries()) {
                break;
            }
            chars += earlier.path("text").stringValue("").length();
            if (chars > limits.maxHistoryChars()) {
                break;
            }
            history.add(earlier);
        }
        return history;
    }

    /** Adds a note of the current client, once it has been linted. */
    void add(ObjectNode note) {
        ObjectNode entry = NoteJson.mapper().createObjectNode();
        for (String key : new String[] {"id", "text", "format", "kind", "fields"}) {
            JsonNode v = note.get(key);
            if (v != null) {
                entry.set(key, v);
            }
        }
        recent.addFirst(entry);
        while (recent.size() > limits.maxHistoryEntries()) {
            recent.removeLast();
        }
    }
}
