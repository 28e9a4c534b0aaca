package io.notelint.core.batch;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.NoteError;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Decodes one input record and lints it: the job {@code notelint check} and {@code notelint serve} both
 * give the {@link BatchRunner}, so that a note gets the same result line from either. A failure becomes
 * that record's error result, never the batch's; error messages name the place and the kind of
 * failure, never the note's content.
 */
public final class LintJob implements BatchRunner.Job<LintResult> {

    private final Linter linter;

    public LintJob(Linter linter) {
        this.linter = linter;
    }

    @Override
    public LintResult process(PendingRecord pending, Consumer<String> noteId) {
        RecordOrigin origin = pending.origin();
        NoteRecord record;
        try {
            record = pending.decode();
        } catch (RuntimeException e) {
            return LintResult.failed(fallbackId(origin), new NoteError("invalid-note",
                    "the record could not be decoded (" + e.getClass().getName() + ")", origin.line()));
        }
        noteId.accept(record.noteId());
        if (!record.ok()) {
            return LintResult.failed(record.noteId(), record.error());
        }
        try {
            return located(linter.lint(record.note()), origin);
        } catch (RuntimeException | StackOverflowError e) {
            // the engine turns a rule's failure into a RuleError; this is a failure around the rules
            return LintResult.failed(record.noteId(), new NoteError("internal-error",
                    "the note could not be linted (" + e.getClass().getName() + ")", origin.line()));
        } catch (OutOfMemoryError e) {
            return LintResult.failed(record.noteId(), new NoteError("internal-error",
                    "the note could not be linted (out of memory)", origin.line()));
        }
    }

    @Override
    public LintResult abandoned(RecordOrigin origin, String noteId, NoteError error) {
        return LintResult.failed(noteId != null ? noteId : fallbackId(origin), error);
    }

    /** A note-level error from the engine (over a limit) gets the record's line, as the readers' errors have. */
    private static LintResult located(LintResult result, RecordOrigin origin) {
        NoteError e = result.error();
        if (e == null || e.line() != 0 || origin.wholeFile()) {
            return result;
        }
        return LintResult.failed(result.noteId(), new NoteError(e.code(), "line " + origin.line() + ": " + e.message(),
                origin.line()));
    }

    private static String fallbackId(RecordOrigin origin) {
        if (origin.wholeFile()) {
            Path name = Path.of(origin.source()).getFileName();
            return name == null ? origin.source() : name.toString();
        }
        return "line-" + origin.line();
    }
}
