package io.notelint.grading;

import io.notelint.core.engine.NoteError;
import io.notelint.core.io.InputFile;
import io.notelint.core.io.NoteRecord;
import io.notelint.core.io.PendingRecord;
import io.notelint.core.io.RecordOrigin;
import io.notelint.core.io.RecordReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Grades a stream of input records on N threads and hands the grades on in input order, so the output
 * equals a single-threaded run's. A record that is not a note gets a failed grade at its place; the
 * batch goes on. The student id is the note's student field, else the input file's name.
 */
public final class BatchGrader {

    /** Receives each grade, in input order, on the calling thread. */
    public interface Sink {
        void accept(RecordOrigin origin, Grade grade);
    }

    /** An input that could not be read at all; the message names the input, never its content. */
    public static final class InputFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InputFailure(String message) {
            super(message, null, false, false);
        }
    }

    private static final int WINDOW_PER_THREAD = 4;

    private final Grader grader;
    private final int threads;

    public BatchGrader(Grader grader, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.grader = grader;
        this.threads = threads;
    }

    /**
     * Reads, grades and passes on every record.
     *
     * @throws InputFailure after passing on every grade read before the input failed
     */
    public void run(RecordReader reader, Sink sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "notelint-grader");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Graded>> window = new ArrayDeque<>();
        try {
            InputFailure failure = null;
            while (true) {
                PendingRecord p;
                try {
                    p = reader.next();
                } catch (UncheckedIOException e) {
                    failure = new InputFailure(e.getMessage());
                    break;
                }
                if (p == null) {
                    break;
                }
                window.addLast(pool.submit(() -> grade(p)));
                if (window.size() >= threads * WINDOW_PER_THREAD) {
                    pass(window.removeFirst(), sink);
                }
            }
            while (!window.isEmpty()) {
                pass(window.removeFirst(), sink);
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            window.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private record Graded(RecordOrigin origin, Grade grade) {
    }

    private static void pass(Future<Graded> f, Sink sink) {
        Graded g;
        try {
            g = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("grading failed: " + e.getCause().getClass().getName());
        }
        sink.accept(g.origin(), g.grade());
    }

    private Graded grade(PendingRecord pending) {
        RecordOrigin origin = pending.origin();
        String fromFile = studentFromFile(origin);
        NoteRecord record;
        try {
            record = pending.decode();
        } catch (RuntimeException e) {
            return new Graded(origin, grader.failed("line-" + origin.line(), fromFile, new NoteError("invalid-note",
                    "the record could not be decoded (" + e.getClass().getName() + ")", origin.line())));
        }
        if (!record.ok()) {
            return new Graded(origin, grader.failed(record.noteId(), fromFile, record.error()));
        }
        String student = grader.studentIdOf(record.note()).orElse(fromFile);
        try {
            return new Graded(origin, grader.grade(record.note(), student));
        } catch (RuntimeException | StackOverflowError e) {
            return new Graded(origin, grader.failed(record.noteId(), student, new NoteError("internal-error",
                    "the note could not be graded (" + e.getClass().getName() + ")", origin.line())));
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
