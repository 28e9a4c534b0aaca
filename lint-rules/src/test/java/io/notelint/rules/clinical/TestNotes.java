package io.notelint.rules.clinical;

import io.notelint.core.json.NoteJson;
import io.notelint.core.rule.ExampleNote;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds example notes for the clinical tests from a compact fields body ({@code "\"riskLevel\": \"low\""}),
 * read by the JSON reader, so a test can also hold an unreadable value.
 */
public final class TestNotes {

    private TestNotes() {
    }

    /** A note with text and fields given as a JSON object body, e.g. {@code "\"riskLevel\": \"low\""}. */
    public static ExampleNote note(String text, String fields) {
        return note(text, fields, null, null);
    }

    /** A note with one history entry (the previous note). */
    public static ExampleNote note(String text, String fields, String previousText, String previousFields) {
        ObjectNode n = NoteJson.mapper().createObjectNode();
        n.put("text", text);
        if (fields != null) {
            n.set("fields", NoteJson.readTree("{" + fields + "}"));
        }
        if (previousText != null) {
            ObjectNode prev = NoteJson.mapper().createObjectNode();
            prev.put("text", previousText);
            prev.set("fields", NoteJson.readTree("{" + (previousFields == null ? "" : previousFields) + "}"));
            n.putArray("history").add(prev);
        }
        return ExampleNote.fromTree(NoteJson.mapper().convertValue(n, java.util.Map.class));
    }

    /** The fields of a complete, consistent record: 53-minute 90837 session, signed the same day. */
    public static final String COMPLETE = "\"sessionDate\": \"2026-11-20\", \"startTime\": \"14:00\", \"endTime\": \"14:53\", "
            + "\"durationMinutes\": 53, \"cptCode\": \"90837\", \"riskLevel\": \"low\", "
            + "\"clinician\": {\"name\": \"J. Okafor\", \"credentials\": \"LPC\"}, \"signedAt\": \"2026-11-20T18:00:00Z\"";
}
