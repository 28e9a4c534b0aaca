package io.notelint.cli;

import io.notelint.core.batch.BatchRunner;
import io.notelint.core.batch.NoteRecord;
import io.notelint.core.batch.PendingRecord;
import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.batch.RecordReader;
import io.notelint.core.batch.RuleOnStack;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.limits.CpuClock;
import io.notelint.core.model.NoteError;
import io.notelint.output.ResultWriter;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Lints a stream of records with the shared {@link BatchRunner} (ordered window, CPU-time watchdog)
 * and writes the results in input order: what {@code check} adds is decoding a record into a note,
 * linting it, and counting the results.
 */
final class BatchLinter {

    private final Linter linter;
    private final BatchRunner<LintResult> runner;

    BatchLinter(Linter linter, int threads) {
        this(linter, threads, CpuClock.system());
    }

    BatchLinter(Linter linter, int threads, CpuClock clock) {
        this.linter = linter;
        this.runner = new BatchRunner<>(threads, linter.limits(), clock, RuleOnStack.of(linter));
    }

    BatchSummary run(RecordReader reader, ResultWriter writer) {
        return run(reader, writer, new BatchSummary());
    }

    /**
     * Reads every record, lints it and writes its result, in order, counting into {@code summary} (which
     * progress may watch).
     *
     * @throws BatchRunner.InputFailure when an input cannot be read; every record read before it has its result written
     * @throws BatchRunner.Stalled when every worker is held by a rule that does not stop
     */
    BatchSummary run(RecordReader reader, ResultWriter writer, BatchSummary summary) {
        runner.run(reader, new Job(), (origin, result) -> {
            summary.add(result);
            writer.write(origin, result);
        }, summary::recordRead);
        return summary;
    }

    /** Decodes and lints one record; a failure becomes that record's error result, never the batch's. */
    private final class Job implements BatchRunner.Job<LintResult> {
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
