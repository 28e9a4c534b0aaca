package io.notelint.cli;

import io.notelint.core.batch.BatchRunner;
import io.notelint.core.batch.LintJob;
import io.notelint.core.batch.PendingRecord;
import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.batch.RecordReader;
import io.notelint.core.batch.RuleOnStack;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.limits.CpuClock;
import io.notelint.core.model.NoteError;
import io.notelint.output.EncodingResultWriter;
import io.notelint.output.ResultWriter;
import java.util.function.Consumer;

/**
 * Lints a stream of records with the shared {@link BatchRunner} (ordered window, CPU-time watchdog)
 * and the shared {@link LintJob} (decode, lint), and writes the results in input order, counting them.
 *
 * <p>When the format's output for a result depends on that result alone ({@link EncodingResultWriter}:
 * jsonl, json, csv), the worker that linted a note also encodes its result to bytes, and the thread that
 * writes in order only copies them: that thread is one for the whole batch, so every piece of per-note
 * work it does not do is work the workers share. The encoded bytes wait in the runner's window with
 * their result, so they are bounded by the window as the results are (a result's bytes grow with its
 * findings, as the result does).
 */
final class BatchLinter {

    private final Linter linter;
    private final BatchRunner<Linted> runner;

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
        EncodingResultWriter encoding = writer instanceof EncodingResultWriter e ? e : null;
        runner.run(reader, new Job(new LintJob(linter), encoding), (origin, linted) -> {
            summary.add(linted.result());
            if (linted.encoded() != null) {
                encoding.writeEncoded(linted.encoded());
            } else {
                writer.write(origin, linted.result());
            }
        }, summary::recordRead);
        return summary;
    }

    /**
     * A result and, when the format allows, its output bytes.
     *
     * @param encoded the result as the writer encodes it, or null when it is written from the result
     */
    private record Linted(LintResult result, byte[] encoded) {
    }

    /** Decodes and lints a record, then encodes its result, all on the worker. */
    private static final class Job implements BatchRunner.Job<Linted> {
        private final LintJob lint;
        private final EncodingResultWriter encoding;

        Job(LintJob lint, EncodingResultWriter encoding) {
            this.lint = lint;
            this.encoding = encoding;
        }

        @Override
        public Linted process(PendingRecord record, Consumer<String> noteId) {
            return encoded(record.origin(), lint.process(record, noteId));
        }

        @Override
        public Linted abandoned(RecordOrigin origin, String noteId, NoteError error) {
            return encoded(origin, lint.abandoned(origin, noteId, error));
        }

        /**
         * The result with its bytes. Encoding reads only the result, so it cannot fail for a record's
         * content; should it fail all the same, the writing thread writes the result itself and fails
         * there as any writer would, so nothing is lost or reordered silently.
         */
        private Linted encoded(RecordOrigin origin, LintResult result) {
            if (encoding == null) {
                return new Linted(result, null);
            }
            try {
                return new Linted(result, encoding.encode(origin, result));
            } catch (RuntimeException e) {
                return new Linted(result, null);
            }
        }
    }
}
