package io.notelint.io;

import io.notelint.core.batch.NoteRecord;
import io.notelint.core.batch.PendingRecord;
import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.batch.RecordReader;
import io.notelint.core.files.IoProblem;
import io.notelint.core.json.NoteJson;
import io.notelint.core.limits.Limits;
import io.notelint.core.model.NoteError;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code .json} file holding one note object, an array of notes, or note objects one after another
 * (pretty-printed, as {@code jq .} writes JSON Lines: each is a record), read one array element at a
 * time: {@link JsonElements} finds each element's text (following strings and brackets only), and
 * Jackson parses that text alone. So every element gets its own result, in order: one that is not a
 * note, has a syntax error inside, nests too deep or has a value past a parser limit becomes an error
 * record at its place (id {@code record-N}, N counting elements from 1, unless the element has a
 * readable id) and the array goes on with the next element, as JSON Lines goes on with the next line.
 * An element larger than {@link Limits#maxRecordBytes()} is skipped as it streams past, never held in
 * memory, and becomes a {@code too-large} error record. Only a string or bracket left open runs to
 * the end of the file, and invalid UTF-8 under {@link InvalidUtf8#REPORT} ends the file: one error
 * record says so, after the results of the elements before it.
 */
public final class JsonDocumentReader implements RecordReader {

    private enum State { START, ARRAY, TRAILER, DONE }

    private final InputStream in;
    private final String source;
    private final ReadOptions options;
    private final JsonMapper mapper;
    private JsonElements elements;
    private StrictUtf8Reader strict;
    private State state = State.START;
    private boolean objects; // the document began with an object: more objects may follow it
    private long index;

    public JsonDocumentReader(InputStream in, String source) {
        this(in, source, ReadOptions.DEFAULT);
    }

    public JsonDocumentReader(InputStream in, String source, ReadOptions options) {
        this.in = in;
        this.source = source;
        this.options = options;
        this.mapper = NoteJson.mapper(options.limits());
    }

    @Override
    public PendingRecord next() {
        try {
            if (state == State.START) {
                elements = new JsonElements(open(), options.limits().maxRecordBytes());
                int first = elements.peekNonSpace();
                if (first < 0) {
                    state = State.DONE;
                    return failed(1, new NoteError("empty", "the file holds no JSON value", 1));
                }
                if (first != '[') {
                    state = State.TRAILER;
                    objects = first == '{';
                    return element(elements.next(false), false);
                }
                elements.skip();
                state = State.ARRAY;
                if (elements.peekNonSpace() == ']') {
                    elements.skip();
                    state = State.TRAILER; // an empty array: no record
                }
            }
            if (state == State.ARRAY) {
                if (elements.peekNonSpace() < 0) {
                    state = State.DONE;
                    long line = elements.line();
                    return failed(line, new NoteError("invalid-json", "line " + line
                            + ": the file ends before the array's closing ]", line));
                }
                JsonElements.Element e = elements.next(true);
                if (e.end() == JsonElements.End.CLOSE) {
                    state = State.TRAILER;
                } else if (e.end() == JsonElements.End.INSIDE) {
                    state = State.DONE;
                } // at a comma, or at the end of the input (the next call says the ] is missing), the array goes on
                return element(e, true);
            }
            if (state == State.TRAILER) {
                if (objects && elements.peekNonSpace() == '{') {
                    // note objects one after another, pretty-printed (what `jq . notes.jsonl` writes): each a record
                    JsonElements.Element e = elements.next(false);
                    if (e.end() == JsonElements.End.INSIDE) {
                        state = State.DONE;
                    }
                    return element(e, false);
                }
                state = State.DONE;
                if (elements.peekNonSpace() >= 0) {
                    long line = elements.line();
                    return failed(line, new NoteError("invalid-json", "line " + line
                            + ": unexpected content after the end of the JSON document", line));
                }
            }
            return null;
        } catch (CharacterCodingException e) {
            return invalidUtf8();
        } catch (IOException e) {
            state = State.DONE;
            throw new UncheckedIOException("cannot read " + source + ": " + IoProblem.describe(e), e);
        }
    }

    /**
     * The elements are chars that NoteLint decodes itself, as UTF-8 only: with U+FFFD for bad bytes
     * under {@link InvalidUtf8#REPLACE}, failing at the first bad byte under {@link InvalidUtf8#REPORT}.
     * Handing Jackson the bytes would let it guess UTF-16 or UTF-32 from zero bytes, and a wrong guess
     * fails as an I/O error, which would end the batch (found by fuzzing). A leading BOM is dropped.
     */
    private Reader open() {
        Reader chars;
        if (options.invalidUtf8() == InvalidUtf8.REPORT) {
            strict = new StrictUtf8Reader(in);
            chars = strict;
        } else {
            chars = new InputStreamReader(in, StandardCharsets.UTF_8);
        }
        return new BomSkipping(chars);
    }

    /** Drops a byte-order mark at the very start, as part of the parser's first read (so errors surface there). */
    private static final class BomSkipping extends FilterReader {
        private boolean started;

        BomSkipping(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (!started && n > 0) {
                started = true;
                if (buf[off] == '\uFEFF') {
                    System.arraycopy(buf, off + 1, buf, off, n - 1);
                    return n == 1 ? read(buf, off, len) : n - 1;
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0];
        }
    }

    /** Bytes that are not UTF-8 under {@link InvalidUtf8#REPORT}: the file cannot be read past them. */
    private PendingRecord invalidUtf8() {
        state = State.DONE;
        long line = elements == null ? 1 : elements.line();
        String at = strict == null || strict.badOffset() < 0 ? "" : " at byte offset " + strict.badOffset();
        return failed(line, new NoteError("invalid-utf8", "invalid UTF-8 on line " + line + at
                + "; the rest of the file was not read", line));
    }

    /** Parses one element's text as one record; whatever is wrong with it is that record's error. */
    private PendingRecord element(JsonElements.Element e, boolean inArray) {
        index++;
        long line = e.line();
        RecordOrigin origin = RecordOrigin.line(source, line);
        String where = inArray ? "record " + index + " (line " + line + ")" : "line " + line;
        String id = "record-" + index;
        if (e.text() == null) {
            return new FailedRecord(origin, id, new NoteError(Limits.TOO_LARGE, where + ": over "
                    + options.limits().maxRecordBytes() + " bytes (" + Limits.MAX_RECORD_BYTES + "); skipped", line));
        }
        if (e.text().isEmpty()) {
            return new FailedRecord(origin, id, new NoteError("invalid-json", where
                    + ": an empty element (two commas in a row, or a comma before ])", line));
        }
        String open = e.end() == JsonElements.End.INSIDE ? "; the file ends inside it (a string or bracket left open)" : "";
        try (JsonParser p = mapper.createParser(e.text())) {
            p.nextToken();
            JsonNode tree = mapper.readTree(p);
            if (p.nextToken() != null) {
                long[] at = position(e, p.currentTokenLocation());
                return new FailedRecord(origin, id, new NoteError("invalid-json", "malformed JSON at line " + at[0]
                        + ", column " + at[1] + ": more than one value in " + (inArray ? "record " + index : "the document")
                        + " (a missing comma?)" + open, at[0]));
            }
            return new Element(origin, tree, id, where);
        } catch (StreamConstraintsException x) {
            long[] at = position(e, x.getLocation());
            return new FailedRecord(origin, id, NoteJson.constraintError(x, options.limits(), where, at[0]));
        } catch (JacksonException x) {
            long[] at = position(e, x.getLocation());
            return new FailedRecord(origin, id, new NoteError("invalid-json", "malformed JSON at line " + at[0]
                    + ", column " + at[1] + ": " + NoteJson.reason(x) + " in " + (inArray ? "record " + index : "the document")
                    + open, at[0]));
        }
    }

    /** Line and column in the file of a location in an element's own text. */
    private static long[] position(JsonElements.Element e, TokenStreamLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return new long[] {e.line(), e.column()};
        }
        long line = e.line() + loc.getLineNr() - 1;
        long column = loc.getLineNr() == 1 ? e.column() + Math.max(loc.getColumnNr(), 1) - 1 : loc.getColumnNr();
        return new long[] {line, column};
    }

    private static long lineOf(TokenStreamLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? 1 : loc.getLineNr();
    }

    private PendingRecord failed(long line, NoteError error) {
        RecordOrigin origin = RecordOrigin.line(source, line);
        index++;
        return new FailedRecord(origin, "record-" + index, error);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // every record read was already handed out
        }
    }

    private record Element(RecordOrigin origin, JsonNode tree, String fallbackId, String where)
            implements PendingRecord {
        @Override
        public NoteRecord decode() {
            return Records.fromTree(origin, tree, fallbackId, where);
        }

        /** Never the tree: it is the note. */
        @Override
        public String toString() {
            return "Element[" + origin + ", " + fallbackId + "]";
        }
    }
}
