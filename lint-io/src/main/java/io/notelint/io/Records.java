package io.notelint.io;

import io.notelint.core.batch.NoteRecord;
import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.NoteError;
import io.notelint.core.model.NoteFormatException;
import tools.jackson.databind.JsonNode;

/** Turns a parsed JSON record into a note record; shared by the JSON readers and the Spark rows (lint-spark). */
public final class Records {

    private Records() {
    }

    /**
     * @param fallbackId the id of the error record when the record has no readable id ("line-7")
     * @param where      how messages name the record's place ("line 7", "record 3 (line 12)")
     */
    public static NoteRecord fromTree(RecordOrigin origin, JsonNode tree, String fallbackId, String where) {
        try {
            return NoteRecord.of(origin, NoteJson.fromTree(tree));
        } catch (NoteFormatException e) {
            String id = readableId(tree);
            return NoteRecord.failed(origin, id != null ? id : fallbackId,
                    new NoteError(e.code(), where + ": " + e.getMessage(), origin.line()));
        } catch (RuntimeException e) {
            // a value the note model rejects in a way NoteJson did not foresee: still one error record
            String id = readableId(tree);
            return NoteRecord.failed(origin, id != null ? id : fallbackId, new NoteError("invalid-note",
                    where + ": not a valid note (a value NoteLint could not take in)", origin.line()));
        }
    }

    private static String readableId(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            return null;
        }
        JsonNode id = tree.get("id");
        if (id == null || !(id.isString() || id.isIntegralNumber())) {
            return null;
        }
        String s = id.asString();
        return s.isBlank() || s.length() > 200 ? null : s;
    }
}
