package io.notelint.io;

import io.notelint.core.json.NoteJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Recovers a note's id from a record that is not valid JSON, so its error result can carry the id
 * the user knows. Reads tokens up to the first syntax error and keeps the value of a top-level
 * {@code "id"} property if one was read before it; everything else is ignored, nothing is kept.
 */
final class IdSniffer {

    private static final int MAX_ID_LENGTH = 200;

    private IdSniffer() {
    }

    /** The top-level id read before the JSON broke, or null. */
    static String idOf(String json) {
        try (JsonParser p = NoteJson.mapper().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.PROPERTY_NAME && p.streamReadContext().getParent().inRoot()) {
                    boolean isId = "id".equals(p.currentName());
                    JsonToken v = p.nextToken();
                    if (isId) {
                        return accept(v, p);
                    }
                    p.skipChildren();
                } else if (t == JsonToken.END_OBJECT && p.streamReadContext().inRoot()) {
                    return null;
                }
            }
        } catch (JacksonException e) {
            // the id, if any, came before the error and was already returned
        }
        return null;
    }

    private static String accept(JsonToken v, JsonParser p) {
        String id = null;
        if (v == JsonToken.VALUE_STRING) {
            id = p.getString();
        } else if (v == JsonToken.VALUE_NUMBER_INT) {
            id = p.getString();
        }
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            return null;
        }
        return id;
    }
}
