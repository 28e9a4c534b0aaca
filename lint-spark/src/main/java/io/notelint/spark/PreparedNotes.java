package io.notelint.spark;

import io.notelint.core.model.NoteError;
import io.notelint.core.model.NoteFormatException;
import io.notelint.core.json.NoteJson;
import io.notelint.core.batch.NoteRecord;
import io.notelint.core.batch.RecordOrigin;
import io.notelint.io.Records;
import io.notelint.core.limits.Limits;
import io.notelint.core.model.Note;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The first stage: each input row decoded and checked as the CLI decodes a JSON note, and keyed for the
 * history assembly (client, session date and start time, as the note model reads them). A row that is
 * not a note becomes an error row here and is linted no further; it never fails the task.
 */
final class PreparedNotes implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    static final StructType SCHEMA = new StructType()
            .add("noteId", DataTypes.StringType, false)
            .add("clientId", DataTypes.StringType, true)
            .add("sessionDate", DataTypes.StringType, true)
            .add("startTime", DataTypes.StringType, true)
            .add("ownHistory", DataTypes.BooleanType, false)
            .add("note", DataTypes.StringType, true)
            .add("errorCode", DataTypes.StringType, true)
            .add("errorMessage", DataTypes.StringType, true);

    private final LintOptions options;
    private final NoteTrees trees;
    private final int jsonIndex;
    private final LongAccumulator built;

    PreparedNotes(LintOptions options, StructType input, LongAccumulator built) {
        this.options = options;
        this.built = built;
        if (options.jsonColumn() != null) {
            this.jsonIndex = input.fieldIndex(options.jsonColumn());
            this.trees = null;
        } else {
            this.jsonIndex = -1;
            this.trees = new NoteTrees(input, options.columns());
        }
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Limits limits = ExecutorLinters.forOptions(options, built).limits();
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && rows.hasNext()) {
                    next = prepare(rows.next(), limits);
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row r = next;
                next = null;
                return r;
            }
        };
    }

    /** The prepared row, or null for a blank JSON line (skipped, as the CLI skips it). */
    private Row prepare(Row row, Limits limits) {
        JsonNode tree;
        String fallbackId;
        try {
            if (jsonIndex >= 0) {
                String json = row.isNullAt(jsonIndex) ? "" : row.getString(jsonIndex);
                if (json.startsWith("\uFEFF")) {
                    json = json.substring(1);
                }
                if (json.isBlank()) {
                    return null;
                }
                fallbackId = "record-" + digest(json);
                int bytes = json.getBytes(StandardCharsets.UTF_8).length;
                if (bytes > limits.maxRecordBytes()) {
                    return failed(fallbackId, new NoteError(Limits.TOO_LARGE, "a record of " + bytes
                            + " bytes, over the limit of " + limits.maxRecordBytes() + " (" + Limits.MAX_RECORD_BYTES + ")", 0));
                }
                try {
                    tree = NoteJson.mapper(limits).readTree(json);
                } catch (JacksonException e) {
                    String column = e.getLocation() == null || e.getLocation().getColumnNr() < 0 ? ""
                            : " at column " + e.getLocation().getColumnNr();
                    return failed(fallbackId, new NoteError("invalid-json", "malformed JSON" + column + ": "
                            + NoteJson.reason(e), 0));
                }
            } else {
                fallbackId = "record-" + digest(row.toString());
                tree = trees.tree(row);
            }
        } catch (NoteFormatException e) {
            return failed("record-" + digest(row.toString()), new NoteError(e.code(), e.getMessage(), 0));
        } catch (RuntimeException e) {
            return failed("record-" + digest(row.toString()), new NoteError("invalid-note",
                    "the record could not be read as a note (" + e.getClass().getName() + ")", 0));
        }
        NoteRecord record = Records.fromTree(RecordOrigin.line("input", 0), tree, fallbackId, "input row");
        if (!record.ok()) {
            return failed(record.noteId(), record.error());
        }
        Note note = record.note();
        String date = note.fields().sessionDate() == null ? null : note.fields().sessionDate().toString();
        String time = note.fields().startTime() == null ? null : note.fields().startTime().toString();
        boolean ownHistory = tree.has("history") && !tree.get("history").isNull();
        return RowFactory.create(note.id(), note.fields().clientId(), date, time, ownHistory,
                NoteJson.mapper().writeValueAsString(tree), null, null);
    }

    private static Row failed(String noteId, NoteError error) {
        return RowFactory.create(noteId, null, null, null, false, null, error.code(), error.message());
    }

    /** A stable name for a record without a readable id: the same record gets the same name on every run. */
    private static String digest(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
