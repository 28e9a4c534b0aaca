package io.notelint.core.engine;

import io.notelint.core.model.NoteError;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.TextPosition;
import java.util.List;
import java.util.Optional;

/**
 * The outcome for one input record: findings in position order and rule failures, or an error when the
 * record could not be linted. {@code text} is the note text the spans point into (kept so writers can
 * show lines and excerpts); it is never serialised except as the findings' excerpts.
 */
public record LintResult(String noteId, List<Finding> findings, List<RuleError> ruleErrors, NoteError error,
                         String text) {

    public LintResult {
        findings = List.copyOf(findings);
        ruleErrors = List.copyOf(ruleErrors);
    }

    public static LintResult failed(String noteId, NoteError error) {
        return new LintResult(noteId, List.of(), List.of(), error, null);
    }

    public Optional<NoteError> errorOpt() {
        return Optional.ofNullable(error);
    }

    public boolean ok() {
        return error == null;
    }

    /**
     * Where a finding of this result lies in the note: line and column of its start and end, counted as
     * an editor does; empty for a note-level finding (no span) or a result without text.
     */
    public Optional<TextPosition> positionOf(Finding finding) {
        if (finding.span() == null || text == null || finding.span().end() > text.length()) {
            return Optional.empty();
        }
        return Optional.of(TextPosition.of(text, finding.span()));
    }

    /** The highest severity among the findings, if any. */
    public Optional<Severity> maxSeverity() {
        return findings.stream().map(Finding::severity).max(Enum::compareTo);
    }

    @Override
    public String toString() {
        return "LintResult[" + noteId + ", findings=" + findings.size() + ", ruleErrors=" + ruleErrors.size()
                + (error == null ? "" : ", error=" + error.code()) + "]";
    }
}
