package io.notelint.output;

import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Rows of a CSV file for spreadsheets, written by jackson-dataformat-csv: RFC 4180 (CRLF line ends; a cell
 * quoted only when it holds a comma, a quote or a line break, quotes doubled), numbers as they are, a null
 * cell empty. Every report that writes CSV writes it through this class (the check results, the class
 * reports, the gradebooks), so the quoting and the defusing below are the same everywhere.
 *
 * <p>Spreadsheets run a text cell that starts with {@code = + - @} (or a tab or carriage return) as a
 * formula, and note text and ids are written by whoever wrote the note: such a cell gets a leading
 * apostrophe, as OWASP advises against CSV injection. Numbers are not text and are written as they are.
 *
 * <p>Does not close the writer it writes to; {@link #flush} passes the rows on to it. Not thread-safe.
 */
public final class CsvSheet {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            // quote exactly the cells that need it (the default also quotes any cell with a space)
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final SequenceWriter rows;

    public CsvSheet(Writer out) {
        try {
            this.rows = MAPPER.writer(SCHEMA).writeValues(out);
        } catch (JacksonException e) {
            throw Outputs.failure(e);
        }
    }

    /** The CSV text of these rows. */
    public static String of(List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        CsvSheet sheet = new CsvSheet(out);
        rows.forEach(sheet::row);
        sheet.flush();
        return out.toString();
    }

    /** One row: a {@link Number} as it is, null as an empty cell, anything else as defused text. */
    public void row(List<?> cells) {
        List<Object> out = new ArrayList<>(cells.size());
        for (Object c : cells) {
            out.add(c == null ? "" : c instanceof Number ? c : defuse(c.toString()));
        }
        try {
            rows.write(out);
        } catch (JacksonException e) {
            throw Outputs.failure(e);
        }
    }

    /** Passes the rows written so far on to the writer, and flushes it. */
    public void flush() {
        try {
            rows.flush();
        } catch (JacksonException e) {
            throw Outputs.failure(e);
        }
    }

    /** A text cell that a spreadsheet will not run as a formula. */
    public static String defuse(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }
}
