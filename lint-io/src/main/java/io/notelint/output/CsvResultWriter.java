package io.notelint.output;

import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.RuleError;
import io.notelint.core.model.NoteError;
import io.notelint.core.rule.Finding;
import io.notelint.core.text.LineIndex;
import java.io.Writer;

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
 */
public final class CsvResultWriter implements ResultWriter {

    /** The columns; a list, not an array: a static array is shared mutable state (ArchitectureTest). */
    static final java.util.List<String> HEADER = java.util.List.of("noteId", "ruleId", "category", "severity", "line",
            "column", "start", "end", "section", "message", "excerpt", "suggestion", "source");

    private final CsvSheet sheet;

    public CsvResultWriter(Writer out) {
        this.sheet = new CsvSheet(out);
    }

    @Override
    public void begin() {
        row(HEADER.toArray());
    }

    @Override
    public void write(RecordOrigin origin, LintResult result) {
        if (result.error() != null) {
            NoteError e = result.error();
            row(result.noteId(), "input/" + e.code(), "", "error", e.line() > 0 ? e.line() : "", "", "", "", "",
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
            row(result.noteId(), f.ruleId(), f.category().id(), f.severity().id(), line, column, start, end,
                    nullToEmpty(f.section()), f.message(), nullToEmpty(f.excerpt()), nullToEmpty(f.suggestion()),
                    origin.source());
        }
        for (RuleError e : result.ruleErrors()) {
            row(result.noteId(), e.ruleId(), "", "error", "", "", "", "", "",
                    "the rule failed on this note, its findings are missing: " + e.message(), "", "", origin.source());
        }
    }

    @Override
    public void finish(boolean completed) {
        if (!completed) {
            row("", "input/stopped", "", "error", "", "", "", "", "",
                    "the batch stopped early: an input could not be read", "", "", "");
        }
        sheet.flush();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private void row(Object... cells) {
        sheet.row(java.util.Arrays.asList(cells));
    }
}
