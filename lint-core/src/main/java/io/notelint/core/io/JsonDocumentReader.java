package io.notelint.core.io;

import io.notelint.core.engine.NoteError;
import io.notelint.core.limits.Limits;
import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.FilterReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@code .json} file holding one note object, an array of notes, or note objects one after another
 * (pretty-printed, as {@code jq .} writes JSON Lines), read with Jackson's streaming
 * parser: one array element in memory at a time. An element that is not a note becomes an error
 * record (id {@code record-N}, N counting elements from 1, unless the element has a readable id) and
 * the array goes on. An element larger than {@link Limits#maxRecordBytes()} is skipped as it streams
 * past, never held in memory, and becomes a {@code too-large} error record. A syntax error (or invalid
 * UTF-8 under {@link InvalidUtf8#REPORT}, or nesting past {@link Limits#maxNestingDepth()}) cannot be
 * skipped over inside a JSON document, so it ends the file with one error record naming line and
 * column; the notes read before it keep their results.
 */
public final class JsonDocumentReader implements RecordReader {

    private enum State { START, ARRAY, TRAILER, DONE }

    private final InputStream in;
    private final String source;
    private final ReadOptions options;
    private final JsonMapper mapper;
    private JsonParser parser;
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
                parser = open();
                JsonToken first = parser.nextToken();
                if (first == null) {
                    state = State.DONE;
                    return failed(1, new NoteError("empty", "the file holds no JSON value", 1));
                }
                if (first != JsonToken.START_ARRAY) {
                    state = State.TRAILER;
                    objects = first == JsonToken.START_OBJECT;
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
                JsonToken t = parser.nextToken();
                if (objects && t == JsonToken.START_OBJECT) {
                    // note objects one after another, pretty-printed (what `jq . notes.jsonl` writes): each a record
                    return element(false);
                }
                state = State.DONE;
                if (t != null) {
                    long line = lineOf(parser.currentTokenLocation());
                    return failed(line, new NoteError("invalid-json", "line " + line
                            + ": unexpected content after the end of the JSON document", line));
                }
            }
            return null;
        } catch (JacksonIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return invalidUtf8(e);
            }
            if (e.getCause() instanceof CharConversionException) {
                return syntaxError(e);
            }
            state = State.DONE;
            throw new UncheckedIOException("cannot read " + source + ": " + IoProblem.describe(e.getCause()),
                    e.getCause());
        } catch (JacksonException e) {
            return syntaxError(e);
        }
    }

    /**
     * The parser reads chars that NoteLint decodes itself, as UTF-8 only: with U+FFFD for bad bytes
     * under {@link InvalidUtf8#REPLACE}, failing at the first bad byte under {@link InvalidUtf8#REPORT}.
     * Handing Jackson the bytes would let it guess UTF-16 or UTF-32 from zero bytes, and a wrong guess
     * fails as an I/O error, which would end the batch (found by fuzzing). A leading BOM is dropped.
     */
    private JsonParser open() {
        Reader chars;
        if (options.invalidUtf8() == InvalidUtf8.REPORT) {
            strict = new StrictUtf8Reader(in);
            chars = strict;
        } else {
            chars = new InputStreamReader(in, StandardCharsets.UTF_8);
        }
        return mapper.createParser(new BomSkipping(chars));
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

    private PendingRecord syntaxError(JacksonException e) {
        state = State.DONE;
        TokenStreamLocation loc = e.getLocation();
        long line = lineOf(loc);
        String rest = "; the rest of the file was not read";
        if (e instanceof StreamConstraintsException) {
            NoteError limit = NoteJson.constraintError(e, options.limits(), "record " + (index + 1) + " (line " + line + ")",
                    line);
            return failed(line, new NoteError(limit.code(), limit.message() + rest, line));
        }
        String reason = NoteJson.reason(e);
        String column = loc == null || loc.getColumnNr() < 0 ? "" : ", column " + loc.getColumnNr();
        return failed(line, new NoteError("invalid-json", "malformed JSON at line " + line + column + ": "
                + reason + rest, line));
    }

    /** Bytes that are not UTF-8 under {@link InvalidUtf8#REPORT}: the file cannot be read past them. */
    private PendingRecord invalidUtf8(JacksonException e) {
        state = State.DONE;
        long line = lineOf(parser == null ? null : parser.currentLocation());
        String at = strict == null || strict.badOffset() < 0 ? "" : " at byte offset " + strict.badOffset();
        return failed(line, new NoteError("invalid-utf8", "invalid UTF-8 on line " + line + at
                + "; the rest of the file was not read", line));
    }

    /** Reads the value at the current token as one record. */
    private PendingRecord element(boolean inArray) {
        long line = lineOf(parser.currentTokenLocation());
        JsonNode tree = readBounded(options.limits().maxRecordBytes());
        index++; // only once read: a syntax error inside the element names it as the next record
        RecordOrigin origin = RecordOrigin.line(source, line);
        String where = inArray ? "record " + index + " (line " + line + ")" : "line " + line;
        if (tree == null) {
            return new FailedRecord(origin, "record-" + index, new NoteError(Limits.TOO_LARGE, where + ": over "
                    + options.limits().maxRecordBytes() + " bytes (" + Limits.MAX_RECORD_BYTES + "); skipped", line));
        }
        return new Element(origin, tree, "record-" + index, where);
    }

    /**
     * Builds the tree of the value at the current token, token by token, watching its size: past
     * {@code max} bytes (chars when reading chars) it stops building, skips to the value's end without
     * keeping anything, and returns null.
     */
    private JsonNode readBounded(long max) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        long start = offset(parser.currentTokenLocation());
        Deque<ContainerNode<?>> stack = new ArrayDeque<>();
        String name = null;
        JsonToken t = parser.currentToken();
        while (true) {
            JsonNode value = null;
            switch (t) {
                case START_OBJECT -> value = f.objectNode();
                case START_ARRAY -> value = f.arrayNode();
                case END_OBJECT, END_ARRAY -> {
                    ContainerNode<?> done = stack.pop();
                    if (stack.isEmpty()) {
                        return done;
                    }
                }
                case PROPERTY_NAME -> name = parser.currentName();
                case VALUE_STRING -> {
                    try {
                        value = f.stringNode(parser.getString());
                    } catch (StreamConstraintsException e) {
                        // one string past the limit: the parser left it unfinished, so the skip below passes it by
                        skipRest(stack.size());
                        return null;
                    }
                }
                case VALUE_NUMBER_INT -> value = switch (parser.getNumberType()) {
                    case INT -> f.numberNode(parser.getIntValue());
                    case LONG -> f.numberNode(parser.getLongValue());
                    default -> f.numberNode(parser.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> value = f.numberNode(parser.getDoubleValue());
                case VALUE_TRUE -> value = f.booleanNode(true);
                case VALUE_FALSE -> value = f.booleanNode(false);
                case VALUE_NULL -> value = f.nullNode();
                default -> value = f.nullNode();
            }
            if (value != null) {
                if (stack.isEmpty() && !value.isContainer()) {
                    return value; // a scalar element
                }
                ContainerNode<?> parent = stack.peek();
                if (parent instanceof ObjectNode o) {
                    o.set(name, value);
                } else if (parent instanceof ArrayNode a) {
                    a.add(value);
                }
                if (value.isContainer()) {
                    stack.push((ContainerNode<?>) value);
                }
            }
            if (offset(parser.currentLocation()) - start > max) {
                skipRest(stack.size());
                return null;
            }
            t = parser.nextToken();
            if (t == null) {
                // the document ended inside the value: Jackson reports that as end-of-input on the next read
                throw new tools.jackson.core.exc.StreamReadException(parser, "Unexpected end-of-input");
            }
        }
    }

    private void skipRest(int depth) {
        while (depth > 0) {
            JsonToken t = parser.nextToken();
            if (t == null) {
                throw new tools.jackson.core.exc.StreamReadException(parser, "Unexpected end-of-input");
            }
            if (t.isStructStart()) {
                depth++;
            } else if (t.isStructEnd()) {
                depth--;
            }
        }
    }

    private static long offset(TokenStreamLocation loc) {
        return loc.getByteOffset() >= 0 ? loc.getByteOffset() : Math.max(loc.getCharOffset(), 0);
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

        /** Never the tree: it is the note. */
        @Override
        public String toString() {
            return "Element[" + origin + ", " + fallbackId + "]";
        }
    }
}
