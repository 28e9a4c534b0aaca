package io.notelint.core.io;

import io.notelint.core.engine.NoteError;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * A {@code .json} file holding one note object or an array of notes, read with Jackson's streaming
 * parser: one array element in memory at a time. An element that is not a note becomes an error
 * record (id {@code record-N}, N counting elements from 1, unless the element has a readable id) and
 * the array goes on. A syntax error cannot be skipped over inside a JSON document, so it ends the file
 * with one error record naming line and column; the notes read before it keep their results.
 */
public final class JsonDocumentReader implements RecordReader {

    private enum State { START, ARRAY, TRAILER, DONE }

    /** Reads one element of a stream; what follows it is the array's business, not an error. */
    private static final ObjectReader ELEMENT = NoteJson.mapper().reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final InputStream in;
    private final String source;
    private JsonParser parser;
    private State state = State.START;
    private long index;

    public JsonDocumentReader(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    @Override
    public PendingRecord next() {
        try {
            if (state == State.START) {
                parser = NoteJson.mapper().createParser(in);
                JsonToken first = parser.nextToken();
                if (first == null) {
                    state = State.DONE;
                    return failed(1, new NoteError("empty", "the file holds no JSON value", 1));
                }
                if (first != JsonToken.START_ARRAY) {
                    state = State.TRAILER;
                    return element(false);
                }
                state = State.ARRAY;
            }
            if (state == State.ARRAY) {
                JsonToken t = parser.nextToken();
                if (t != JsonToken.END_ARRAY) {
                    return element(true);
                }
                state = State.TRAILER;
            }
            if (state == State.TRAILER) {
                state = State.DONE;
                if (parser.nextToken() != null) {
                    long line = lineOf(parser.currentTokenLocation());
                    return failed(line, new NoteError("invalid-json", "line " + line
                            + ": unexpected content after the end of the JSON document", line));
                }
            }
            return null;
        } catch (JacksonIOException e) {
            if (e.getCause() instanceof CharConversionException) {
                return syntaxError(e);
            }
            state = State.DONE;
            throw new UncheckedIOException("cannot read " + source + ": " + e.getCause().getClass().getSimpleName(),
                    (IOException) e.getCause());
        } catch (JacksonException e) {
            return syntaxError(e);
        }
    }

    private PendingRecord syntaxError(JacksonException e) {
        state = State.DONE;
        TokenStreamLocation loc = e.getLocation();
        long line = lineOf(loc);
        String column = loc == null || loc.getColumnNr() < 0 ? "" : ", column " + loc.getColumnNr();
        return failed(line, new NoteError("invalid-json", "malformed JSON at line " + line + column + ": "
                + NoteJson.reason(e) + "; the rest of the file was not read", line));
    }

    /** Reads the value at the current token as one record. */
    private PendingRecord element(boolean inArray) {
        long line = lineOf(parser.currentTokenLocation());
        JsonNode tree = ELEMENT.readTree(parser);
        index++; // only once read: a syntax error inside the element names it as the next record
        RecordOrigin origin = RecordOrigin.line(source, line);
        String where = inArray ? "record " + index + " (line " + line + ")" : "line " + line;
        return new Element(origin, tree, "record-" + index, where);
    }

    private static long lineOf(TokenStreamLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? 1 : loc.getLineNr();
    }

    private PendingRecord failed(long line, NoteError error) {
        RecordOrigin origin = RecordOrigin.line(source, line);
        return new FailedRecord(origin, "record-" + (index + 1), error);
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            }
            in.close();
        } catch (IOException | JacksonException e) {
            // every record read was already handed out
        }
    }

    private record Element(RecordOrigin origin, JsonNode tree, String fallbackId, String where)
            implements PendingRecord {
        @Override
        public NoteRecord decode() {
            return Records.fromTree(origin, tree, fallbackId, where);
        }
    }
}
