package io.notelint.rules.clinical;

import io.notelint.core.json.NoteJson;
import tools.jackson.databind.node.ObjectNode;

/** Builds note JSON for tests without hand-escaping note text. */
final class TestNotes {

    private TestNotes() {
    }

    /** A note with text and fields given as a JSON object body, e.g. {@code "\"riskLevel\": \"low\""}. */
    static String note(String text, String fields) {
        return note(text, fields, null, null);
    }

    /** A note with one history entry (the previous note). */
    static String note(String text, String fields, String previousText, String previousFields) {
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
        return n.toString();
    }

    /** The fields of a complete, consistent record: 53-minute 90837 session, signed the same day. */
    static final String COMPLETE = "\"sessionDate\": \"2026-11-20\", \"startTime\": \"14:00\", \"endTime\": \"14:53\", "
            + "\"durationMinutes\": 53, \"cptCode\": \"90837\", \"riskLevel\": \"low\", "
            + "\"clinician\": {\"name\": \"J. Okafor\", \"credentials\": \"LPC\"}, \"signedAt\": \"2026-11-20T18:00:00Z\"";
}
