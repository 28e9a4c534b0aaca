package io.notelint.grading;

import io.notelint.core.batch.BatchRunner;
import io.notelint.core.batch.NoteRecord;
import io.notelint.core.batch.PendingRecord;
import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.batch.RecordReader;
import io.notelint.core.batch.RuleOnStack;
import io.notelint.core.limits.CpuClock;
import io.notelint.core.model.NoteError;
import io.notelint.io.InputFile;
import java.util.function.Consumer;

/**
 * Grades a stream of input records with the shared {@link BatchRunner} (the ordered window and CPU-time
 * watchdog {@code check} uses), so the output equals a single-threaded run's and a stuck rule cannot hang
 * a class report. A record that is not a note gets a failed grade at its place; the batch goes on. The
 * student id is the note's student field, else the input file's name.
 */
public final class BatchGrader {

    /** Receives each grade, in input order, on the calling thread. */
    public interface Sink {
        void accept(RecordOrigin origin, Grade grade);
    }

    private final Grader grader;
    private final BatchRunner<Grade> runner;

    public BatchGrader(Grader grader, int threads) {
        this(grader, threads, CpuClock.system());
    }

    public BatchGrader(Grader grader, int threads, CpuClock clock) {
        this.grader = grader;
        this.runner = new BatchRunner<>(threads, grader.linter().limits(), clock, RuleOnStack.of(grader.linter()));
    }

    /**
     * Reads, grades and passes on every record.
     *
     * @throws BatchRunner.InputFailure after passing on every grade read before the input failed
     * @throws BatchRunner.Stalled when every worker is held by a rule that does not stop
     */
    public void run(RecordReader reader, Sink sink) {
        run(reader, sink, () -> { });
    }

    /** As {@link #run(RecordReader, Sink)}, calling {@code onRead} for each record read (progress). */
    public void run(RecordReader reader, Sink sink, Runnable onRead) {
        runner.run(reader, new Job(), sink::accept, onRead);
    }

    private final class Job implements BatchRunner.Job<Grade> {
        @Override
        public Grade process(PendingRecord pending, Consumer<String> noteId) {
            RecordOrigin origin = pending.origin();
            String fromFile = studentFromFile(origin);
            NoteRecord record;
            try {
                record = pending.decode();
            } catch (RuntimeException e) {
                return grader.failed("line-" + origin.line(), fromFile, new NoteError("invalid-note",
                        "the record could not be decoded (" + e.getClass().getName() + ")", origin.line()));
            }
            noteId.accept(record.noteId());
            if (!record.ok()) {
                return grader.failed(record.noteId(), fromFile, record.error());
            }
            String student = grader.studentIdOf(record.note()).orElse(fromFile);
            try {
                return grader.grade(record.note(), student);
            } catch (RuntimeException | StackOverflowError e) {
                return grader.failed(record.noteId(), student, new NoteError("internal-error",
                        "the note could not be graded (" + e.getClass().getName() + ")", origin.line()));
            }
        }

        @Override
        public Grade abandoned(RecordOrigin origin, String noteId, NoteError error) {
            return grader.failed(noteId != null ? noteId : "line-" + origin.line(), studentFromFile(origin), error);
        }
    }

    /**
     * The student id a file name gives: its name without directories and extension
     * ({@code class/ana-lopez.txt} gives {@code ana-lopez}); null for standard input.
     */
    public static String studentFromFile(RecordOrigin origin) {
        String source = origin.source();
        if (source.equals(InputFile.STDIN)) {
            return null;
        }
        String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        return stem.isBlank() ? null : stem;
    }
}
