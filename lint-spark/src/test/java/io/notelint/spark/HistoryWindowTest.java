package io.notelint.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import io.notelint.core.limits.Limits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The window a sorted partition streams past: bounded by the history limits, reset for each client. */
class HistoryWindowTest {

    private static ObjectNode note(String id, String text) {
        ObjectNode n = NoteJson.mapper().createObjectNode().put("id", id).put("text", text);
        n.putObject("fields").put("clientId", "c1");
        n.put("custom", "dropped from history");
        return n;
    }

    private static List<String> ids(ArrayNode history) {
        List<String> out = new ArrayList<>();
        for (JsonNode h : history) {
            out.add(h.get("id").stringValue());
        }
        return out;
    }

    @Test
    void aClientWithManyNotesKeepsOnlyTheMostRecentWithinTheEntryLimit() {
        HistoryWindow window = new HistoryWindow(Limits.DEFAULT.withMaxHistoryEntries(3));
        List<List<String>> seen = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            ArrayNode h = window.historyFor("c1");
            if (i <= 5 || i == 10_000) {
                seen.add(ids(h));
            }
            window.add(note("n" + i, "text " + i));
        }
        assertThat(seen).containsExactly(List.of(), List.of("n1"), List.of("n2", "n1"), List.of("n3", "n2", "n1"),
                List.of("n4", "n3", "n2"), List.of("n9999", "n9998", "n9997"));
    }

    @Test
    void historyStopsBeforeTheCharLimitAndANewClientStartsEmpty() {
        HistoryWindow window = new HistoryWindow(Limits.DEFAULT.withMaxHistoryChars(10));
        window.historyFor("c1");
        window.add(note("a", "12345"));
        window.add(note("b", "123456"));
        window.add(note("c", "1234"));
        ArrayNode h = window.historyFor("c1");
        assertThat(ids(h)).containsExactly("c", "b"); // 4 + 6 = 10 chars; "a" would make 15
        assertThat(h.get(0).has("custom")).as("only the parts a history note has").isFalse();
        assertThat(window.historyFor("c2")).isEmpty();
    }
}
