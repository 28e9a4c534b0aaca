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
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Lines: one note object a line, read line by line as bytes. A line ends at LF, CRLF or a lone CR
 * (old Mac exports). A byte-order mark at the start of a line is dropped (files concatenated with
 * {@code cat} keep each one's). Blank lines are skipped (they still count for line numbers). A line that is not
 * a note (malformed JSON, invalid UTF-8 under {@link InvalidUtf8#REPORT}, no id or text, larger than
 * {@link Limits#maxRecordBytes()}, nested deeper than {@link Limits#maxNestingDepth()}) becomes an error
 * record naming its line number, and reading goes on with the next line. A line over the size limit is
 * skipped to its end as it streams past: it is never held in memory.
 *
 * <p>Reading only splits lines; decoding (UTF-8, JSON, the note) happens in {@link PendingRecord#decode()},
 * on whichever thread the batch hands it to.
 */
public final class JsonLinesReader implements RecordReader {

    /** Longest line accepted by default, in bytes ({@link Limits#DEFAULT}). */
    public static final int DEFAULT_MAX_LINE = Limits.DEFAULT.maxRecordBytes();

    private final InputStream in;
    private final String source;
    private final ReadOptions options;
    private final JsonMapper mapper;
    private final int maxLine;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private long lineNumber;
    /** Bytes of the input read so far, and before the current line: for byte offsets in messages. */
    private long consumed;
    private long lineStart;
    private boolean eof;
    /** The previous line ended with CR: an LF right after it belongs to that line end. */
    private boolean afterCr;
    /** A line that spans two reads of the input is gathered here. */
    private byte[] line = new byte[256];
    /**
     * Whether the current line's kept bytes are in {@link #buffer} itself, from {@link #lineOffset}: a line
     * within one read of the input (most lines), then copied once, into its record; else they are in
     * {@link #line} from 0.
     */
    private boolean inBuffer;
    private int lineOffset;
    private int lineLength;

    public JsonLinesReader(InputStream in, String source, ReadOptions options) {
        this.in = in;
        this.source = source;
        this.options = options;
        this.maxLine = options.limits().maxRecordBytes();
        this.mapper = NoteJson.mapper(options.limits());
    }

    public JsonLinesReader(InputStream in, String source) {
        this(in, source, ReadOptions.DEFAULT);
    }

    /** Reads already-decoded text (encoded back to UTF-8 as it streams). */
    public JsonLinesReader(Reader in, String source) {
        this(new ReaderInputStream(in), source, ReadOptions.DEFAULT);
    }

    /** Reads already-decoded text with a line limit in bytes of UTF-8. */
    public JsonLinesReader(Reader in, String source, int maxLine) {
        this(new ReaderInputStream(in), source, ReadOptions.of(Limits.DEFAULT.withMaxRecordBytes(maxLine)));
    }

    @Override
    public PendingRecord next() {
        while (!eof || pos < limit) {
            lineLength = 0;
            long lineBytes = readLine();
            if (lineBytes < 0) {
                return null; // end of input right after the last line end
            }
            lineNumber++;
            RecordOrigin origin = RecordOrigin.line(source, lineNumber);
            byte[] bytes = inBuffer ? buffer : line;
            int from = lineOffset;
            int to = lineOffset + lineLength;
            if (lineLength >= 3 && bytes[from] == (byte) 0xEF && bytes[from + 1] == (byte) 0xBB
                    && bytes[from + 2] == (byte) 0xBF) {
                from += 3; // a UTF-8 byte-order mark: the file's, or one of each file concatenated into it
            }
            if (lineBytes > maxLine) {
                return new FailedRecord(origin, "line-" + lineNumber, new NoteError(Limits.TOO_LARGE,
                        "line " + lineNumber + ": " + lineBytes + " bytes, over the limit of " + maxLine + " ("
                                + Limits.MAX_RECORD_BYTES + "); skipped", lineNumber));
            }
            if (lineNumber == 1 && Utf8.utf16Bom(Arrays.copyOfRange(bytes, lineOffset, to), lineLength)) {
                return new FailedRecord(origin, "line-1", new NoteError("invalid-utf8", "line 1: the input starts"
                        + " with a UTF-16 byte-order mark; NoteLint reads UTF-8 (save or convert the file as UTF-8)", 1));
            }
            if (!blank(bytes, from, to)) {
                return new Line(origin, Arrays.copyOfRange(bytes, from, to), lineStart + (from - lineOffset), options,
                        mapper);
            }
        }
        return null;
    }

    /**
     * Reads up to the next line end; keeps at most {@code maxLine} bytes of it (where {@link #inBuffer}
     * says) and returns the line's full length in bytes, or -1 when the input ended before any byte of a line.
     */
    private long readLine() {
        long length = 0;
        boolean any = false;
        inBuffer = false;
        lineOffset = 0;
        try {
            while (true) {
                if (pos == limit) {
                    limit = Math.max(in.read(buffer, 0, buffer.length), 0);
                    pos = 0;
                    if (limit == 0) {
                        eof = true;
                        return any ? length : -1;
                    }
                }
                if (afterCr) {
                    afterCr = false;
                    if (buffer[pos] == '\n') {
                        pos++;
                        consumed++;
                        continue;
                    }
                }
                if (!any) {
                    lineStart = consumed;
                    any = true;
                }
                int start = pos;
                while (pos < limit && buffer[pos] != '\n' && buffer[pos] != '\r') {
                    pos++;
                }
                int n = pos - start;
                if (length == 0 && pos < limit && n <= maxLine) {
                    inBuffer = true; // the whole line is in this read: no gathering
                    lineOffset = start;
                    lineLength = n;
                } else {
                    keep(start, n, length);
                }
                length += n;
                consumed += n;
                if (pos < limit) {
                    afterCr = buffer[pos] == '\r';
                    pos++;
                    consumed++;
                    return length;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + " after line " + lineNumber + ": "
                    + IoProblem.describe(e), e);
        }
    }

    /** Appends bytes to the line buffer while the line is within the limit; past it, keeps nothing more. */
    private void keep(int start, int n, long lengthSoFar) {
        if (lengthSoFar + n > maxLine) {
            return;
        }
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(maxLine, Math.max(line.length * 2L, lineLength + n)));
        }
        System.arraycopy(buffer, start, line, lineLength, n);
        lineLength += n;
    }

    private static boolean blank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\f' && b != 0x0B) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was lost: every record read was already handed out
        }
    }

    /** Decodes one line into a note, or into an error record that names the line. */
    static NoteRecord decodeLine(RecordOrigin origin, String json, ReadOptions options, JsonMapper mapper) {
        long n = origin.line();
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JacksonException e) {
            String id = IdSniffer.idOf(json);
            String column = e.getLocation() == null || e.getLocation().getColumnNr() < 0 ? ""
                    : " at column " + e.getLocation().getColumnNr();
            NoteError error = e instanceof StreamConstraintsException
                    ? NoteJson.constraintError(e, options.limits(), "line " + n, n)
                    : new NoteError("invalid-json", "line " + n + ": malformed JSON" + column + ": " + NoteJson.reason(e), n);
            return NoteRecord.failed(origin, id != null ? id : "line-" + n, error);
        }
        return Records.fromTree(origin, tree, "line-" + n, "line " + n);
    }

    /** A line read but not decoded; its toString (a record's) shows no byte of it. */
    private record Line(RecordOrigin origin, byte[] bytes, long offset, ReadOptions options, JsonMapper mapper)
            implements PendingRecord {
        @Override
        public NoteRecord decode() {
            long n = origin.line();
            Utf8.Decoded text = Utf8.decode(bytes, 0, bytes.length, options.invalidUtf8());
            if (!text.ok()) {
                String id = IdSniffer.idOf(Utf8.decode(bytes, 0, bytes.length, InvalidUtf8.REPLACE).text());
                return NoteRecord.failed(origin, id != null ? id : "line-" + n, new NoteError("invalid-utf8",
                        "line " + n + ": invalid UTF-8 at byte " + (text.badOffset() + 1) + " of the line (byte offset "
                                + (offset + text.badOffset()) + " of the input)", n));
            }
            return decodeLine(origin, text.text(), options, mapper);
        }
    }
}
