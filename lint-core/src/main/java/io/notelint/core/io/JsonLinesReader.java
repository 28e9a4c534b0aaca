package io.notelint.core.io;

import io.notelint.core.engine.NoteError;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * JSON Lines: one note object a line, read line by line. Blank lines are skipped (they still count for
 * line numbers). A line that is not a note (malformed JSON, no id or text, longer than the limit)
 * becomes an error record naming its line number, and reading goes on with the next line.
 */
public final class JsonLinesReader implements RecordReader {

    /** Longest line accepted, in chars; a longer one is skipped to its end and reported as too large. */
    public static final int DEFAULT_MAX_LINE = 16 * 1024 * 1024;

    private final Reader in;
    private final String source;
    private final int maxLine;
    private final char[] buffer = new char[8192];
    private int pos;
    private int limit;
    private long lineNumber;
    private boolean eof;

    public JsonLinesReader(Reader in, String source) {
        this(in, source, DEFAULT_MAX_LINE);
    }

    public JsonLinesReader(Reader in, String source, int maxLine) {
        this.in = in;
        this.source = source;
        this.maxLine = maxLine;
    }

    @Override
    public PendingRecord next() {
        while (!eof) {
            StringBuilder line = new StringBuilder();
            boolean tooLong = readLine(line);
            if (eof && line.length() == 0 && !tooLong) {
                return null;
            }
            lineNumber++;
            if (lineNumber == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF') {
                line.deleteCharAt(0);
            }
            RecordOrigin origin = RecordOrigin.line(source, lineNumber);
            if (tooLong) {
                return new FailedRecord(origin, "line-" + lineNumber, new NoteError("too-large",
                        "line " + lineNumber + ": longer than " + maxLine + " characters", lineNumber));
            }
            if (!line.toString().isBlank()) {
                return new Line(origin, line.toString());
            }
        }
        return null;
    }

    /** Reads up to the next line end into {@code line}; true when the line was over the limit (then cut). */
    private boolean readLine(StringBuilder line) {
        boolean tooLong = false;
        try {
            while (true) {
                if (pos == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        eof = true;
                        return tooLong;
                    }
                }
                int start = pos;
                while (pos < limit && buffer[pos] != '\n') {
                    pos++;
                }
                int end = pos;
                boolean lineEnd = pos < limit;
                if (lineEnd) {
                    pos++;
                }
                if (!tooLong) {
                    if (line.length() + (end - start) > maxLine) {
                        tooLong = true;
                        line.setLength(0);
                    } else {
                        line.append(buffer, start, end - start);
                    }
                }
                if (lineEnd) {
                    int n = line.length();
                    if (n > 0 && line.charAt(n - 1) == '\r') {
                        line.setLength(n - 1);
                    }
                    return tooLong;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + " after line " + lineNumber + ": "
                    + e.getClass().getSimpleName(), e);
        }
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
    static NoteRecord decodeLine(RecordOrigin origin, String json) {
        long n = origin.line();
        JsonNode tree;
        try {
            tree = NoteJson.mapper().readTree(json);
        } catch (JacksonException e) {
            String id = IdSniffer.idOf(json);
            String column = e.getLocation() == null || e.getLocation().getColumnNr() < 0 ? ""
                    : " at column " + e.getLocation().getColumnNr();
            return NoteRecord.failed(origin, id != null ? id : "line-" + n, new NoteError("invalid-json",
                    "line " + n + ": malformed JSON" + column + ": " + NoteJson.reason(e), n));
        }
        return Records.fromTree(origin, tree, "line-" + n, "line " + n);
    }

    private record Line(RecordOrigin origin, String json) implements PendingRecord {
        @Override
        public NoteRecord decode() {
            return decodeLine(origin, json);
        }
    }
}
