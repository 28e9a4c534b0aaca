package io.notelint.output;

import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.RuleError;
import io.notelint.core.model.NoteError;
import io.notelint.core.rule.Finding;
import io.notelint.core.text.LineIndex;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * One row per finding, for auditors' spreadsheets ({@link CsvSheet}: RFC 4180 with a header row, CRLF
 * line ends, a cell with a comma, quote or line break quoted, quotes doubled). A record that could not be read and a
 * rule that failed on a note are rows too, with severity {@code error} and a rule id naming what
 * happened ({@code input/invalid-json}, or the failed rule's id), so a spreadsheet of the batch shows
 * everything that needs a look. Notes without findings have no rows.
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @} (or a tab or carriage return) as a
 * formula, and note text is written by whoever wrote the note: such a cell gets a leading
 * apostrophe, as OWASP advises against CSV injection ({@link CsvSheet#defuse}).
 *
 * <p>A note's rows depend on that note alone: they are encoded wherever {@link #encode} is called (a
 * batch's worker) and written here as bytes; the header and the closing row go through this writer's
 * own sheet.
 */
public final class CsvResultWriter implements EncodingResultWriter {

    /** The columns; a list, not an array: a static array is shared mutable state (ArchitectureTest). */
    static final java.util.List<String> HEADER = java.util.List.of("noteId", "ruleId", "category", "severity", "line",
            "column", "start", "end", "section", "message", "excerpt", "suggestion", "source");

    private final Writer out;
    private final CsvSheet sheet;

    public CsvResultWriter(Writer out) {
        this.out = out;
        this.sheet = new CsvSheet(out);
    }

    @Override
    public void begin() {
        row(sheet, HEADER.toArray());
        sheet.flush(); // the sheet buffers its rows: the header goes out before the notes' bytes
    }

    @Override
    public byte[] encode(RecordOrigin origin, LintResult result) {
        if (result.error() == null && result.findings().isEmpty() && result.ruleErrors().isEmpty()) {
            return new byte[0]; // a clean note has no rows
        }
        StringWriter rows = new StringWriter(512);
        CsvSheet noteSheet = new CsvSheet(rows);
        rows(origin, result, noteSheet);
        noteSheet.flush();
        return rows.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void writeEncoded(byte[] encoded) {
        if (encoded.length == 0) {
            return;
        }
        try {
            Utf8Output.writeUtf8(out, encoded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + io.notelint.core.files.IoProblem.describe(e), e);
        }
    }

    /** A note's rows, into any sheet: one of its own when encoded alone. */
    static void rows(RecordOrigin origin, LintResult result, CsvSheet sheet) {
        if (result.error() != null) {
            NoteError e = result.error();
            row(sheet, result.noteId(), "input/" + e.code(), "", "error", e.line() > 0 ? e.line() : "", "", "", "", "",
                    e.message(), "", "", origin.source());
            return;
        }
        LineIndex lines = null;
        for (Finding f : result.findings()) {
            Object line = "";
            Object column = "";
            Object start = "";
            Object end = "";
            if (f.span() != null) {
                if (lines == null && result.text() != null) {
                    lines = LineIndex.of(result.text());
                }
                if (lines != null) {
                    line = lines.line(f.span().start());
                    column = lines.column(f.span().start());
                }
                start = f.span().start();
                end = f.span().end();
            }
            row(sheet, result.noteId(), f.ruleId(), f.category().id(), f.severity().id(), line, column, start, end,
                    nullToEmpty(f.section()), f.message(), nullToEmpty(f.excerpt()), nullToEmpty(f.suggestion()),
                    origin.source());
        }
        for (RuleError e : result.ruleErrors()) {
            row(sheet, result.noteId(), e.ruleId(), "", "error", "", "", "", "", "",
                    "the rule failed on this note, its findings are missing: " + e.message(), "", "", origin.source());
        }
    }

    @Override
    public void finish(boolean completed) {
        if (!completed) {
            row(sheet, "", "input/stopped", "", "error", "", "", "", "", "",
                    "the batch stopped early: an input could not be read", "", "", "");
        }
        sheet.flush();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void row(CsvSheet sheet, Object... cells) {
        sheet.row(java.util.Arrays.asList(cells));
    }
}
