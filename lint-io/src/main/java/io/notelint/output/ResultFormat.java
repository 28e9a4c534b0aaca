package io.notelint.output;

import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The output formats of a batch, each with its writer. */
public enum ResultFormat {
    /** Compiler-style lines with the source line and a caret under each span, then a summary. */
    TEXT,
    /** One JSON array of results (note-format.md's result shape). */
    JSON,
    /** One result a line, in input order (note-format.md). */
    JSONL,
    /** SARIF 2.1.0, for code-scanning dashboards and editors. */
    SARIF,
    /** One row per finding (RFC 4180), for spreadsheets. */
    CSV,
    /** One self-contained HTML page: counts, a chart per category, a filterable table, notes highlighted. */
    HTML;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ResultFormat> parse(String value) {
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(value.trim())).findFirst();
    }

    /**
     * A writer of this format; SARIF is {@linkplain Redaction redacted} (it travels to dashboards), the
     * others carry findings' messages and excerpts as asked.
     */
    public ResultWriter create(Writer out, ToolInfo tool) {
        return create(out, tool, redactedByDefault());
    }

    /** Whether this format leaves note content out unless told otherwise: SARIF only. */
    public boolean redactedByDefault() {
        return this == SARIF;
    }

    /** Whether this format can be redacted: text and html show the note's lines by design. */
    public boolean redactable() {
        return this != TEXT && this != HTML;
    }

    /**
     * A writer of this format, {@linkplain Redaction redacted} or not.
     *
     * @throws IllegalArgumentException when redaction is asked of a format that shows note text by design
     */
    public ResultWriter create(Writer out, ToolInfo tool, boolean redact) {
        if (redact && !redactable()) {
            throw new IllegalArgumentException("--redact applies to sarif, json, jsonl and csv; the " + id()
                    + " report shows the note's lines by design");
        }
        ResultWriter w = plain(out, tool);
        return redact ? Redaction.writer(w) : w;
    }

    private ResultWriter plain(Writer out, ToolInfo tool) {
        return switch (this) {
            case TEXT -> new TextResultWriter(out);
            case JSON -> new JsonArrayResultWriter(out);
            case JSONL -> new JsonLinesResultWriter(out);
            case SARIF -> new SarifResultWriter(out, tool);
            case CSV -> new CsvResultWriter(out);
            case HTML -> new HtmlResultWriter(out, tool, HtmlResultWriter.DEFAULT_MAX_NOTES);
        };
    }
}
