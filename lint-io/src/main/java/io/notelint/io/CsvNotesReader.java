package io.notelint.io;

import io.notelint.core.batch.NoteRecord;
import io.notelint.core.batch.PendingRecord;
import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.batch.RecordReader;
import io.notelint.core.files.IoProblem;
import io.notelint.core.json.NoteJson;
import io.notelint.core.limits.Limits;
import io.notelint.core.model.NoteError;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * A CSV export with a header row, one note a row (RFC 4180: quoted cells may hold commas, quotes and
 * line breaks), streamed row by row ({@link CsvRows}). Columns map to the note's parts by a
 * {@link CsvMapping}. A row is decoded into the JSON shape of note-format.md and checked like a JSON
 * note, so a row without text, or with a malformed date, becomes an error record naming its row and
 * line ({@code row-N} when it has no id), and the batch goes on. A row with more cells than the
 * header is an error record too, and so is a row with characters after a cell's closing quote
 * ({@code n1,"doing well"x}): reading resumes at the next line ({@link CsvRows}). Only a quote that is
 * never closed cannot be resynchronised (it swallows the rest of the file): it ends the file with one
 * error record.
 *
 * <p>Structured fields in a cell: JSON when the cell starts with {@code [} or <code>{</code>; else
 * {@code diagnoses} are codes separated by {@code ;} (a code may be followed by its display text),
 * {@code medications} names separated by {@code ;}, {@code goals} texts separated by {@code ;}
 * ({@code G1: text} names the goal), and {@code clinician} the clinician's name. An empty cell is an
 * absent value.
 */
public final class CsvNotesReader implements RecordReader {

    private final Reader in;
    private final String source;
    private final CsvMapping mapping;
    private final Limits limits;
    private CsvRows rows;
    private List<String> targets;
    private long row;
    private boolean done;

    public CsvNotesReader(Reader in, String source, CsvMapping mapping) {
        this(in, source, mapping, Limits.DEFAULT);
    }

    /**
     * With limits: no cell longer than {@link Limits#maxRecordBytes()} chars is built in memory (an
     * unclosed quote would otherwise gather the rest of the file into one cell); past it the file ends
     * with a {@code too-large} error record.
     */
    public CsvNotesReader(Reader in, String source, CsvMapping mapping, Limits limits) {
        this.in = in;
        this.source = source;
        this.mapping = mapping;
        this.limits = limits;
    }

    @Override
    public PendingRecord next() {
        if (done) {
            return null;
        }
        try {
            if (rows == null) {
                rows = new CsvRows(in, limits.maxRecordBytes());
                CsvRows.Row header = rows.next();
                if (header == null) {
                    done = true;
                    return failed(1, new NoteError("empty", "the CSV file has no header row", 1));
                }
                if (header.problem() != CsvRows.Problem.NONE) {
                    done = true;
                    return fatal(header);
                }
                List<String> names = new ArrayList<>(header.cells());
                if (names.size() > 0 && names.get(0).startsWith("\uFEFF")) {
                    names.set(0, names.get(0).substring(1));
                }
                try {
                    targets = mapping.resolve(names, source);
                } catch (IllegalArgumentException e) {
                    // a mapped column missing from the header: the file cannot be read as configured
                    done = true;
                    throw new UncheckedIOException(e.getMessage(), new IOException(e.getMessage()));
                }
            }
            CsvRows.Row r = rows.next();
            if (r == null) {
                done = true;
                return null;
            }
            long line = r.line();
            row++;
            RecordOrigin origin = RecordOrigin.line(source, line);
            String where = "row " + row + " (line " + line + ")";
            if (r.stray()) {
                return new FailedRecord(origin, "row-" + row, new NoteError("invalid-csv", where + ": column "
                        + r.column() + " has characters after its closing quote; put the whole cell in quotes"
                        + " (a quote inside is written twice); the next row was read", line));
            }
            if (r.problem() != CsvRows.Problem.NONE) {
                done = true;
                row--;
                return fatal(r);
            }
            List<String> cells = r.cells();
            if (cells.size() > targets.size()) {
                return new FailedRecord(origin, "row-" + row, new NoteError("invalid-csv", where + ": "
                        + cells.size() + " cells, but the header has " + targets.size(), line));
            }
            return new Row(origin, targets, cells, "row-" + row, where);
        } catch (IOException e) {
            done = true;
            throw new UncheckedIOException("cannot read " + source + ": " + IoProblem.describe(e), e);
        }
    }

    /** A row that ends the file: a quote never closed, or a cell past the limit. */
    private PendingRecord fatal(CsvRows.Row r) {
        long line = r.line();
        if (r.problem() == CsvRows.Problem.TOO_LARGE) {
            return failed(line, new NoteError(Limits.TOO_LARGE, "line " + line + ": a cell longer than "
                    + limits.maxRecordBytes() + " chars (" + Limits.MAX_RECORD_BYTES + "); the rest of the file"
                    + " was not read", line));
        }
        return failed(line, new NoteError("invalid-csv", "malformed CSV at line " + line + ": column " + r.column()
                + " opens a quote that is not closed before the end of the file; the rest of the file was not read", line));
    }

    private PendingRecord failed(long line, NoteError error) {
        return new FailedRecord(RecordOrigin.line(source, line), "row-" + (row + 1), error);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // every record read was already handed out
        }
    }

    /** One row, decoded on a worker thread. */
    private record Row(RecordOrigin origin, List<String> targets, List<String> cells, String fallbackId, String where)
            implements PendingRecord {
        @Override
        public NoteRecord decode() {
            ObjectNode note = NoteJson.mapper().createObjectNode();
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                if (cell == null || cell.isEmpty() && !targets.get(i).equals("text")) {
                    continue; // an empty cell is an absent value
                }
                try {
                    CsvCells.put(note, targets.get(i), cell);
                } catch (JacksonException e) {
                    return NoteRecord.failed(origin, fallbackId, new NoteError("invalid-note", where + ": column "
                            + (i + 1) + " (" + targets.get(i) + ") is not valid JSON: " + NoteJson.reason(e), origin.line()));
                }
            }
            return Records.fromTree(origin, note, fallbackId, where);
        }
    }
}
