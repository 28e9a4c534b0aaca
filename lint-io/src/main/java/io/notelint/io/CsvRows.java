package io.notelint.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of cells (RFC 4180: a cell that starts with a quote may hold commas, line
 * breaks and doubled quotes; rows end at LF, CRLF or CR). Written for NoteLint rather than taken from a
 * CSV library so that one bad row costs only that row: characters after a cell's closing quote
 * ({@code n1,"doing well"x}) make the row a {@link Row#stray() stray} row, and reading resumes at the
 * next line. Only a quote that is never closed cannot be recovered from (it may hold line breaks, so
 * no later line is known to start a row): it ends the file. A cell is never built past {@code maxChars}.
 */
final class CsvRows {

    /** One row; {@code line} is where it starts. */
    record Row(List<String> cells, long line, Problem problem, int column) {
        boolean stray() {
            return problem == Problem.STRAY_AFTER_QUOTE;
        }
    }

    /** What went wrong in a row, if anything. */
    enum Problem {
        NONE,
        /** Characters between a closing quote and the next comma or line end; {@code column} names the cell. */
        STRAY_AFTER_QUOTE,
        /** A quote never closed: the rest of the file is in it. Ends the file. */
        UNCLOSED_QUOTE,
        /** A cell longer than the limit. Ends the file. */
        TOO_LARGE
    }

    private final LineCountingReader in;
    private final int maxChars;

    CsvRows(Reader in, int maxChars) {
        this.in = new LineCountingReader(in);
        this.maxChars = maxChars;
    }

    /** The next row, or null at the end of the input. */
    Row next() throws IOException {
        long start = in.line();
        int c = read();
        if (c < 0) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        while (true) {
            if (c == '"' && cell.isEmpty()) {
                // a quoted cell
                while (true) {
                    int q = read();
                    if (q < 0) {
                        return new Row(cells, start, Problem.UNCLOSED_QUOTE, cells.size() + 1);
                    }
                    if (q == '"') {
                        int after = read();
                        if (after == '"') {
                            q = '"';
                        } else {
                            c = after;
                            break;
                        }
                    }
                    if (!append(cell, q)) {
                        return new Row(cells, start, Problem.TOO_LARGE, cells.size() + 1);
                    }
                }
                if (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                    int column = cells.size() + 1;
                    skipLine(c);
                    return new Row(cells, start, Problem.STRAY_AFTER_QUOTE, column);
                }
                continue; // c is the separator, a line end or the end of the input
            }
            if (c < 0 || c == '\n' || c == '\r') {
                cells.add(cell.toString());
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        unread(n);
                    }
                }
                return new Row(cells, start, Problem.NONE, 0);
            }
            if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (!append(cell, c)) {
                return new Row(cells, start, Problem.TOO_LARGE, cells.size() + 1);
            }
            c = read();
        }
    }

    private boolean append(StringBuilder cell, int c) {
        if (cell.length() >= maxChars) {
            return false;
        }
        cell.append((char) c);
        return true;
    }

    /** Skips to the end of the line that holds {@code c} (quotes there are not looked at). */
    private void skipLine(int c) throws IOException {
        while (c >= 0 && c != '\n' && c != '\r') {
            c = read();
        }
        if (c == '\r') {
            int n = read();
            if (n != '\n') {
                unread(n);
            }
        }
    }

    /** The line the reader is on (1-based). */
    long line() {
        return in.line();
    }

    private int read() throws IOException {
        return in.read();
    }

    /** Puts back the char read right after a CR (it starts the next row). */
    private void unread(int c) {
        in.unread(c);
    }
}
