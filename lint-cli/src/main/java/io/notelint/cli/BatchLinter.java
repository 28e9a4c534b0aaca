package io.notelint.cli;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.engine.NoteError;
import io.notelint.core.io.NoteRecord;
import io.notelint.core.io.PendingRecord;
import io.notelint.core.io.RecordOrigin;
import io.notelint.core.io.RecordReader;
import io.notelint.core.output.ResultWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lints a stream of records on N threads and writes the results in input order. The reading thread
 * reads records and hands each to the pool (decoding and linting run there); at most a bounded window
 * of records is in flight, and the oldest is written as soon as it is done, so memory stays flat for
 * any batch size and the output equals a single-threaded run's, byte for byte.
 */
final class BatchLinter {

    /** Records in flight per thread: enough to keep every thread busy while the oldest is slow. */
    private static final int WINDOW_PER_THREAD = 4;

    private final Linter linter;
    private final int threads;

    BatchLinter(Linter linter, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.linter = linter;
        this.threads = threads;
    }

    /**
     * Reads every record, lints it and writes its result, in order.
     *
     * @throws InputFailure when an input cannot be read; every record read before it has its result written
     * @throws UncheckedIOException when the output cannot be written
     */
    BatchSummary run(RecordReader reader, ResultWriter writer) {
        return run(reader, writer, new BatchSummary());
    }

    /** As {@link #run(RecordReader, ResultWriter)}, counting into {@code summary} (which progress may watch). */
    BatchSummary run(RecordReader reader, ResultWriter writer, BatchSummary summary) {
        if (threads == 1) {
            PendingRecord p;
            while ((p = read(reader)) != null) {
                summary.recordRead();
                Linted done = lint(p);
                summary.add(done.result());
                writer.write(done.origin(), done.result());
            }
            return summary;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
        Deque<Future<Linted>> window = new ArrayDeque<>();
        int size = threads * WINDOW_PER_THREAD;
        try {
            InputFailure readFailure = null;
            while (true) {
                PendingRecord p;
                try {
                    p = read(reader);
                } catch (InputFailure e) {
                    readFailure = e; // the records read before it still get their results
                    break;
                }
                if (p == null) {
                    break;
                }
                summary.recordRead();
                window.addLast(pool.submit(() -> lint(p)));
                if (window.size() >= size) {
                    writeOldest(window, writer, summary);
                }
            }
            while (!window.isEmpty()) {
                writeOldest(window, writer, summary);
            }
            if (readFailure != null) {
                throw readFailure;
            }
            return summary;
        } finally {
            window.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    /** The next record; an input that cannot be read becomes an {@link InputFailure}. */
    private static PendingRecord read(RecordReader reader) {
        try {
            return reader.next();
        } catch (UncheckedIOException e) {
            throw new InputFailure(e.getMessage());
        } catch (RuntimeException e) {
            throw new InputFailure("cannot read input (" + e.getClass().getName() + ")");
        }
    }

    private static void writeOldest(Deque<Future<Linted>> window, ResultWriter writer, BatchSummary summary) {
        Linted done = await(window.removeFirst());
        summary.add(done.result());
        writer.write(done.origin(), done.result());
    }

    private static Linted await(Future<Linted> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) {
            // lint() catches what a note can cause; what remains (out of memory) ends the batch
            Throwable cause = e.getCause();
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("linting failed: " + cause.getClass().getName());
        }
    }

    /** Decodes and lints one record; a failure becomes that record's error result, never the batch's. */
    private Linted lint(PendingRecord pending) {
        RecordOrigin origin = pending.origin();
        NoteRecord record;
        try {
            record = pending.decode();
        } catch (RuntimeException e) {
            return new Linted(origin, LintResult.failed("line-" + origin.line(),
                    new NoteError("invalid-note", "the record could not be decoded (" + e.getClass().getName() + ")",
                            origin.line())));
        }
        if (!record.ok()) {
            return new Linted(origin, LintResult.failed(record.noteId(), record.error()));
        }
        try {
            return new Linted(origin, linter.lint(record.note()));
        } catch (RuntimeException | StackOverflowError e) {
            // the engine turns a rule's failure into a RuleError; this is a failure around the rules
            return new Linted(origin, LintResult.failed(record.noteId(), new NoteError("internal-error",
                    "the note could not be linted (" + e.getClass().getName() + ")", origin.line())));
        }
    }

    /** An input that could not be read; the message names the input, never its content. */
    static final class InputFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InputFailure(String message) {
            super(message, null, false, false);
        }
    }

    private record Linted(RecordOrigin origin, LintResult result) {
    }

    /** Daemon worker threads, so a stuck rule never keeps the process alive after main returns. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "notelint-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
