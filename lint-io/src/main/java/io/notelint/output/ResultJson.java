package io.notelint.output;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.RuleError;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.NoteError;
import io.notelint.core.rule.Finding;
import io.notelint.core.text.LineIndex;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A result in the JSON shape of note-format.md: {@code noteId}, {@code findings} (with span offsets,
 * line and column), and {@code error} for a record that could not be linted. Rule failures appear as
 * {@code ruleErrors}. Line and column are derived from offsets here, once per note.
 */
public final class ResultJson {

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
        return NoteJson.mapper().writeValueAsString(toTree(result));
    }
}
