package io.notelint.output;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.RuleError;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.NoteError;
import io.notelint.core.rule.Finding;
import io.notelint.core.text.LineIndex;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A result in the JSON shape of note-format.md: {@code noteId}, {@code findings} (with span offsets,
 * line and column), and {@code error} for a record that could not be linted. Rule failures appear as
 * {@code ruleErrors}. Line and column are derived from offsets here, once per note.
 *
 * <p>The batch writers stream a result straight to their output ({@link #writeLine}) rather than build a
 * tree and a string per note: the same bytes as {@link #toTree} serialised (a test holds the two
 * together), without the per-note garbage on the thread that writes in input order.
 */
public final class ResultJson {

    /**
     * Generators over a caller's writer: they neither close it nor flush it (a flush per note would be
     * a system call per note on standard output); the caller flushes at the end.
     */
    private static final ObjectWriter STREAMING = NoteJson.mapper().writer()
            .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .without(StreamWriteFeature.FLUSH_PASSED_TO_STREAM);

    private ResultJson() {
    }

    public static ObjectNode toTree(LintResult result) {
        ObjectNode out = NoteJson.mapper().createObjectNode();
        out.put("noteId", result.noteId());
        ArrayNode findings = out.putArray("findings");
        LineIndex lines = result.text() == null ? null : LineIndex.of(result.text());
        for (Finding f : result.findings()) {
            findings.add(finding(f, lines));
        }
        if (!result.ruleErrors().isEmpty()) {
            ArrayNode errors = out.putArray("ruleErrors");
            for (RuleError e : result.ruleErrors()) {
                errors.addObject().put("ruleId", e.ruleId()).put("message", e.message());
            }
        }
        if (result.error() != null) {
            NoteError e = result.error();
            ObjectNode err = out.putObject("error").put("code", e.code()).put("message", e.message());
            if (e.line() > 0) {
                err.put("line", e.line());
            }
        }
        return out;
    }

    public static ObjectNode finding(Finding f, LineIndex lines) {
        ObjectNode o = NoteJson.mapper().createObjectNode();
        o.put("ruleId", f.ruleId());
        o.put("category", f.category().id());
        o.put("severity", f.severity().id());
        o.put("message", f.message());
        if (f.messageId() != null) {
            o.put("messageId", f.messageId());
        }
        if (f.span() != null) {
            ObjectNode span = o.putObject("span").put("start", f.span().start()).put("end", f.span().end());
            if (lines != null) {
                span.put("line", lines.line(f.span().start())).put("column", lines.column(f.span().start()));
            }
        }
        if (f.section() != null) {
            o.put("section", f.section());
        }
        if (f.excerpt() != null) {
            o.put("excerpt", f.excerpt());
        }
        if (f.suggestion() != null) {
            o.put("suggestion", f.suggestion());
        }
        return o;
    }

    /** One result as a single JSON line (no trailing newline). */
    public static String toLine(LintResult result) {
        StringWriter line = new StringWriter(1024);
        try {
            writeLine(result, line);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return line.toString();
    }

    /**
     * One result as a single JSON line (no trailing newline) in UTF-8: the bytes {@link #writeLine} gives
     * a UTF-8 writer, made on whichever thread calls it (a batch's worker).
     */
    public static byte[] toUtf8(LintResult result) {
        return toLine(result).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Streams one result to {@code out} as a single JSON line (no trailing newline), the bytes of
     * {@link #toTree} serialised; {@code out} is neither flushed nor closed.
     *
     * @throws IOException when {@code out} fails
     */
    public static void writeLine(LintResult result, Writer out) throws IOException {
        try (JsonGenerator g = STREAMING.createGenerator(out)) {
            write(result, g);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    private static void write(LintResult result, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("noteId", result.noteId());
        g.writeArrayPropertyStart("findings");
        LineIndex lines = result.findings().isEmpty() || result.text() == null ? null : LineIndex.of(result.text());
        for (Finding f : result.findings()) {
            write(f, lines, g);
        }
        g.writeEndArray();
        if (!result.ruleErrors().isEmpty()) {
            g.writeArrayPropertyStart("ruleErrors");
            for (RuleError e : result.ruleErrors()) {
                g.writeStartObject();
                g.writeStringProperty("ruleId", e.ruleId());
                g.writeStringProperty("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (result.error() != null) {
            NoteError e = result.error();
            g.writeObjectPropertyStart("error");
            g.writeStringProperty("code", e.code());
            g.writeStringProperty("message", e.message());
            if (e.line() > 0) {
                g.writeNumberProperty("line", e.line());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** The fields of {@link #finding}, in its order. */
    private static void write(Finding f, LineIndex lines, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("ruleId", f.ruleId());
        g.writeStringProperty("category", f.category().id());
        g.writeStringProperty("severity", f.severity().id());
        g.writeStringProperty("message", f.message());
        if (f.span() != null) {
            g.writeObjectPropertyStart("span");
            g.writeNumberProperty("start", f.span().start());
            g.writeNumberProperty("end", f.span().end());
            if (lines != null) {
                g.writeNumberProperty("line", lines.line(f.span().start()));
                g.writeNumberProperty("column", lines.column(f.span().start()));
            }
            g.writeEndObject();
        }
        if (f.section() != null) {
            g.writeStringProperty("section", f.section());
        }
        if (f.excerpt() != null) {
            g.writeStringProperty("excerpt", f.excerpt());
        }
        if (f.suggestion() != null) {
            g.writeStringProperty("suggestion", f.suggestion());
        }
        g.writeEndObject();
    }
}
