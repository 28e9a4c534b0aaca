package io.notelint.output;

import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.RuleError;
import io.notelint.core.limits.Limits;
import io.notelint.core.model.NoteError;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.LineIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Compiler-style text for people at a terminal:
 *
 * <pre>
 * notes.jsonl#n-1042:3:5: warning [vague-language/vague-status] 'doing well' states a judgement ...
 *   Client reports doing well.
 *                  ^~~~~~~~~~
 *   help: Describe what was observed or reported: sleep, mood rating, functioning.
 * notes.jsonl#n-1042: error [missing-plan/no-plan] The note has no plan
 * notes.jsonl:7: error [invalid-json] line 7: malformed JSON at column 15: unexpected character
 *
 * 16 notes checked: 1 error, 3 warnings, 0 info; 1 record could not be read.
 * </pre>
 *
 * A note inside a batch file is named {@code file#noteId} and positions are line:column in the note's
 * text; a {@code .txt} note is the file itself, so positions are the file's. A rule that failed shows
 * as an error line naming the rule (its findings are missing for that note), before the note's findings;
 * a note stopped by the watchdog shows as one error line, and the summary starts with their count.
 */
public final class TextResultWriter implements ResultWriter {

    private final Writer out;
    /** Why each rule matters, by rule id, printed under its findings; empty unless asked for. */
    private final java.util.Map<String, String> why;
    private long notes;
    private long errors;
    private long warnings;
    private long infos;
    private long unreadable;
    private long ruleFailures;
    private long stopped;

    public TextResultWriter(Writer out) {
        this(out, java.util.Map.of());
    }

    /** A writer that also prints, under each finding, why its rule matters ({@code notelint check --explain}). */
    public TextResultWriter(Writer out, java.util.Map<String, String> why) {
        this.out = out;
        this.why = java.util.Map.copyOf(why);
    }

    /** The first sentence of each active rule's rationale, by rule id. */
    public static java.util.Map<String, String> reasons(java.util.List<io.notelint.core.engine.ActiveRule> rules) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (io.notelint.core.engine.ActiveRule r : rules) {
            String rationale = r.rule().meta().rationale().strip();
            int end = rationale.indexOf(". ");
            out.put(r.id(), end > 0 ? rationale.substring(0, end + 1) : rationale);
        }
        return out;
    }

    @Override
    public void begin() {
        // no header: every line stands alone, so grep and editors can jump to it
    }

    @Override
    public void write(RecordOrigin origin, LintResult result) {
        notes++;
        if (result.error() != null) {
            NoteError e = result.error();
            if (Limits.OVER_BUDGET.equals(e.code())) {
                stopped++;
            } else {
                unreadable++;
            }
            String where = oneLine(origin.wholeFile() || origin.line() <= 0 ? origin.source()
                    : origin.source() + ":" + origin.line());
            line(where + ": error [" + e.code() + "] " + oneLine(e.message()));
            return;
        }
        String label = oneLine(origin.noteLabel(result.noteId())); // a note id is input too
        // first what is missing, then what was found: a gap must not hide among the findings
        for (RuleError e : result.ruleErrors()) {
            ruleFailures++;
            line(label + ": error [" + e.ruleId() + "] the rule failed on this note, its findings are missing: "
                    + oneLine(e.message()));
        }
        LineIndex lines = null;
        for (Finding f : result.findings()) {
            count(f.severity());
            String head = f.severity().id() + " [" + f.ruleId() + "] " + oneLine(f.message());
            if (f.span() != null && result.text() != null) {
                if (lines == null) {
                    lines = LineIndex.of(result.text());
                }
                int start = f.span().start();
                line(label + ":" + lines.line(start) + ":" + lines.column(start) + ": " + head);
                for (String s : SourceSnippet.render(result.text(), lines, f.span())) {
                    line("  " + s);
                }
            } else {
                line(label + ": " + head);
            }
            String reason = why.get(f.ruleId());
            if (reason != null && !reason.isBlank()) {
                line("  why: " + oneLine(reason));
            }
            if (f.suggestion() != null && !f.suggestion().isBlank()) {
                line("  help: " + oneLine(f.suggestion()));
            }
        }
    }

    private void count(Severity s) {
        switch (s) {
            case ERROR -> errors++;
            case WARNING -> warnings++;
            case INFO -> infos++;
        }
    }

    @Override
    public void finish(boolean completed) {
        if (notes > 0 && (errors + warnings + infos + unreadable + ruleFailures + stopped) > 0) {
            line("");
        }
        line(summary(completed));
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + io.notelint.core.files.IoProblem.describe(e), e);
        }
    }

    /** The last line: what was checked and what was found. */
    String summary(boolean completed) {
        StringBuilder s = new StringBuilder();
        if (stopped > 0) {
            // first: these notes were not checked at all, whatever the counts after it say
            s.append(plural(stopped, "note", "notes")).append(" stopped by the watchdog and not checked; ");
        }
        s.append(plural(notes - unreadable - stopped, "note", "notes")).append(" checked: ");
        if (errors + warnings + infos == 0) {
            s.append("no findings");
        } else {
            s.append(plural(errors, "error", "errors")).append(", ")
                    .append(plural(warnings, "warning", "warnings")).append(", ")
                    .append(infos).append(" info");
        }
        if (unreadable > 0) {
            s.append("; ").append(plural(unreadable, "record", "records")).append(" could not be read");
        }
        if (ruleFailures > 0) {
            s.append("; ").append(plural(ruleFailures, "rule failure", "rule failures"));
        }
        if (!completed) {
            s.append("; stopped early: an input could not be read");
        }
        return s.append('.').toString();
    }

    /**
     * Control characters (line breaks, tabs, terminal escapes) that a message may carry from the note
     * print as spaces: one finding stays one line, and a note cannot drive the user's terminal.
     */
    private static String oneLine(String s) {
        return Printable.clean(s);
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private void line(String s) {
        try {
            out.write(s);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + io.notelint.core.files.IoProblem.describe(e), e);
        }
    }
}
