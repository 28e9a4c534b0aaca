package io.notelint.output;

import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.engine.LintResult;
import io.notelint.core.rule.Finding;
import io.notelint.core.text.LineIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Results with no note or field content in them, for reports that travel (SARIF goes to code-scanning
 * dashboards many people can read). A finding keeps its rule, category, severity and span; its message
 * becomes the rule id and the position ({@code vague-language/vague-status at line 3, column 12}),
 * because rule messages quote the note ("'passive suicidal ideation' is documented as current risk",
 * a custom rule's {@code {match}}); its excerpt, suggestion and section (a header is note text) are
 * dropped. Rule and record errors are kept: they are built from fixed words, positions and ids.
 */
public final class Redaction {

    private Redaction() {
    }

    /** The result with every finding redacted; its text stays for positions and is never written by it. */
    public static LintResult redact(LintResult result) {
        if (result.findings().isEmpty()) {
            return result;
        }
        LineIndex lines = result.text() == null ? null : LineIndex.of(result.text());
        List<Finding> out = new ArrayList<>(result.findings().size());
        for (Finding f : result.findings()) {
            out.add(new Finding(f.ruleId(), f.category(), f.severity(), message(f, lines), f.span(), null, null, null,
                    f.messageId()));
        }
        return new LintResult(result.noteId(), out, result.ruleErrors(), result.error(), result.text());
    }

    private static String message(Finding f, LineIndex lines) {
        if (f.span() == null) {
            return f.ruleId() + " on the note as a whole";
        }
        if (lines == null) {
            return f.ruleId() + " at offset " + f.span().start();
        }
        int s = f.span().start();
        return f.ruleId() + " at line " + lines.line(s) + ", column " + lines.column(s);
    }

    /**
     * A writer that redacts every result before {@code target} sees it; an {@link EncodingResultWriter}
     * stays one, redacting in {@link EncodingResultWriter#encode} (on the thread that encodes).
     */
    public static ResultWriter writer(ResultWriter target) {
        if (target instanceof EncodingResultWriter encoding) {
            return new EncodingResultWriter() {
                @Override
                public void begin() {
                    encoding.begin();
                }

                @Override
                public byte[] encode(RecordOrigin origin, LintResult result) {
                    return encoding.encode(origin, redact(result));
                }

                @Override
                public void writeEncoded(byte[] encoded) {
                    encoding.writeEncoded(encoded);
                }

                @Override
                public void finish(boolean completed) {
                    encoding.finish(completed);
                }
            };
        }
        return new ResultWriter() {
            @Override
            public void begin() {
                target.begin();
            }

            @Override
            public void write(RecordOrigin origin, LintResult result) {
                target.write(origin, redact(result));
            }

            @Override
            public void finish(boolean completed) {
                target.finish(completed);
            }
        };
    }
}
