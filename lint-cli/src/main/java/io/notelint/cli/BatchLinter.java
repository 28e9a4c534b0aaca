package io.notelint.cli;

import io.notelint.core.batch.BatchRunner;
import io.notelint.core.batch.LintJob;
import io.notelint.core.batch.RecordReader;
import io.notelint.core.batch.RuleOnStack;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.limits.CpuClock;
import io.notelint.output.ResultWriter;

/**
 * Lints a stream of records with the shared {@link BatchRunner} (ordered window, CPU-time watchdog)
 * and the shared {@link LintJob} (decode, lint), and writes the results in input order, counting them.
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
        runner.run(reader, new LintJob(linter), (origin, result) -> {
            summary.add(result);
            writer.write(origin, result);
        }, summary::recordRead);
        return summary;
    }
}
