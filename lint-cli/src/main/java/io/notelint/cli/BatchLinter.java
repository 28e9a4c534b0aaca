package io.notelint.cli;

import io.notelint.core.engine.ActiveRule;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.engine.NoteError;
import io.notelint.core.io.NoteRecord;
import io.notelint.core.io.PendingRecord;
import io.notelint.core.io.RecordOrigin;
import io.notelint.core.io.RecordReader;
import io.notelint.core.output.ResultWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lints a stream of records on N threads and writes the results in input order. The reading thread
 * reads records and hands each to the pool (decoding and linting run there); at most a bounded window
 * of records is in flight, and the oldest is written as soon as it is done, so memory stays flat for
 * any batch size and the output equals a single-threaded run's, byte for byte.
 *
 * <p>A watchdog guards the batch against a note that never finishes. The engine stops a rule that
 * overruns the time budget at its next check of the analysis; a rule stuck in a loop of its own never
 * reaches one. When the oldest note has run past the budget by a margin, its result is written as a
 * {@code time-budget} error naming the rule on the stuck thread's stack, the thread is interrupted and
 * left to finish on its own, and a fresh thread takes its place (up to {@link #MAX_EXTRA_THREADS} at
 * once), so the batch goes on in order.
 */
final class BatchLinter {

    /** Records in flight per thread: enough to keep every thread busy while the oldest is slow. */
    private static final int WINDOW_PER_THREAD = 4;
    /** Threads added in place of abandoned ones, at most, however many are stuck. */
    static final int MAX_EXTRA_THREADS = 8;

    private final Linter linter;
    private final int threads;
    /** How long a note may run before it is abandoned; null for never. */
    private final Duration watchdog;
    private final Map<String, String> ruleByClass = new HashMap<>();
    private ThreadPoolExecutor pool;
    private int extraThreads;

    BatchLinter(Linter linter, int threads) {
        this(linter, threads, watchdogFor(linter));
    }

    /** @param watchdog how long a note may run before it is abandoned; null for never */
    BatchLinter(Linter linter, int threads, Duration watchdog) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.linter = linter;
        this.threads = threads;
        this.watchdog = watchdog;
        for (ActiveRule r : linter.rules()) {
            ruleByClass.put(r.rule().getClass().getName(), r.id());
        }
    }

    /** The time budget and as much again (at least a second) for the engine's own checks to stop the note. */
    static Duration watchdogFor(Linter linter) {
        if (!linter.limits().hasTimeBudget()) {
            return null;
        }
        Duration budget = linter.limits().timeBudget();
        Duration margin = budget.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : budget;
        return budget.plus(margin);
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
        pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new Workers());
        Deque<Task> window = new ArrayDeque<>();
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
                Task task = new Task(p);
                window.addLast(task);
                pool.execute(task);
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
            window.forEach(Task::cancel);
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

    private void writeOldest(Deque<Task> window, ResultWriter writer, BatchSummary summary) {
        Linted done = await(window.removeFirst());
        summary.add(done.result());
        writer.write(done.origin(), done.result());
    }

    /** The task's result, or, when the watchdog gives up on it, an error result in its place. */
    private Linted await(Task task) {
        long headSince = System.nanoTime();
        while (true) {
            long wait;
            if (watchdog == null) {
                wait = Long.MAX_VALUE;
            } else {
                long started = task.startNanos;
                long from = started != 0 ? started : headSince;
                wait = from + watchdog.toNanos() - System.nanoTime();
                if (started == 0) {
                    wait = Math.min(wait, TimeUnit.MILLISECONDS.toNanos(50)); // look again once it starts
                }
                if (wait <= 0) {
                    Linted abandoned = started != 0 ? abandon(task) : skipUnstarted(task);
                    if (abandoned != null) {
                        return abandoned;
                    }
                    wait = TimeUnit.MILLISECONDS.toNanos(50); // it finished, or started, just now
                }
            }
            try {
                return task.result.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // the watchdog looks again
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
    }

    /** Gives up on a running task: its error result, or null when it finished after all. */
    private Linted abandon(Task task) {
        StackTraceElement[] stack;
        synchronized (task) {
            if (task.finished) {
                return null;
            }
            task.abandoned = true;
            stack = task.runner.getStackTrace();
            task.runner.interrupt();
        }
        addThread();
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - task.startNanos);
        String rule = stuckRule(stack);
        String what = rule == null ? "linting" : "rule " + rule;
        String budget = linter.limits().hasTimeBudget() ? " of " + linter.limits().timeBudget().toMillis() + " ms" : "";
        return new Linted(task.origin, LintResult.failed(task.noteId(), new NoteError("time-budget", what
                + " exceeded the time budget" + budget + " and did not stop; the note was abandoned after " + ms + " ms",
                task.origin.line())));
    }

    /** Gives up on a task that never started (every thread busy with abandoned notes): its error, or null when it started. */
    private Linted skipUnstarted(Task task) {
        if (!task.claim()) {
            return null;
        }
        return new Linted(task.origin, LintResult.failed(task.noteId(), new NoteError("time-budget", "not linted:"
                + " every worker was still busy with notes over the time budget after "
                + watchdog.toMillis() + " ms", task.origin.line())));
    }

    /** The innermost frame of a known rule class (or a class nested in one) on a stuck thread's stack. */
    private String stuckRule(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String cls = frame.getClassName();
            int nested = cls.indexOf('$');
            String id = ruleByClass.get(cls);
            if (id == null && nested > 0) {
                id = ruleByClass.get(cls.substring(0, nested));
            }
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** A fresh thread in place of an abandoned one, up to {@link #MAX_EXTRA_THREADS}. */
    private synchronized void addThread() {
        if (extraThreads < MAX_EXTRA_THREADS && !pool.isShutdown()) {
            extraThreads++;
            pool.setMaximumPoolSize(threads + extraThreads);
            pool.setCorePoolSize(threads + extraThreads);
        }
    }

    /** An abandoned note finally finished: its stand-in thread is no longer needed. */
    private synchronized void releaseThread() {
        if (extraThreads > 0 && !pool.isShutdown()) {
            extraThreads--;
            pool.setCorePoolSize(threads + extraThreads);
            pool.setMaximumPoolSize(threads + extraThreads);
        }
    }

    /** Decodes and lints one record; a failure becomes that record's error result, never the batch's. */
    private Linted lint(Task task) {
        PendingRecord pending = task.pending;
        RecordOrigin origin = pending.origin();
        NoteRecord record;
        try {
            record = pending.decode();
        } catch (RuntimeException e) {
            return new Linted(origin, LintResult.failed(fallbackId(origin),
                    new NoteError("invalid-note", "the record could not be decoded (" + e.getClass().getName() + ")",
                            origin.line())));
        }
        task.noteId = record.noteId();
        if (!record.ok()) {
            return new Linted(origin, LintResult.failed(record.noteId(), record.error()));
        }
        try {
            return new Linted(origin, located(linter.lint(record.note()), origin));
        } catch (RuntimeException | StackOverflowError e) {
            // the engine turns a rule's failure into a RuleError; this is a failure around the rules
            return new Linted(origin, LintResult.failed(record.noteId(), new NoteError("internal-error",
                    "the note could not be linted (" + e.getClass().getName() + ")", origin.line())));
        } catch (OutOfMemoryError e) {
            return new Linted(origin, LintResult.failed(record.noteId(), new NoteError("internal-error",
                    "the note could not be linted (out of memory)", origin.line())));
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

    /** One record's work: run once by a worker, or claimed by the watchdog before it starts. */
    private final class Task implements Runnable {
        private final PendingRecord pending;
        private final RecordOrigin origin;
        private final CompletableFuture<Linted> result = new CompletableFuture<>();
        private final java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();
        private volatile long startNanos;
        private volatile String noteId;
        /** Guarded by this: the thread running the task, whether it has finished, whether it was given up. */
        private Thread runner;
        private boolean finished;
        private boolean abandoned;

        Task(PendingRecord pending) {
            this.pending = pending;
            this.origin = pending.origin();
        }

        boolean claim() {
            return claimed.compareAndSet(false, true);
        }

        String noteId() {
            String id = noteId;
            return id != null ? id : fallbackId(origin);
        }

        @Override
        public void run() {
            if (!claim()) {
                return; // given up on before it started
            }
            synchronized (this) {
                runner = Thread.currentThread();
            }
            startNanos = System.nanoTime();
            Linted linted = null;
            Throwable failure = null;
            try {
                linted = lint(this);
            } catch (Throwable t) {
                failure = t;
            }
            boolean wasAbandoned;
            synchronized (this) {
                finished = true;
                runner = null;
                wasAbandoned = abandoned;
                Thread.interrupted(); // an interrupt meant for this note must not reach the next
            }
            if (wasAbandoned) {
                releaseThread();
            } else if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(linted);
            }
        }

        void cancel() {
            claim();
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

    /**
     * Daemon worker threads, so a stuck rule never keeps the process alive after main returns; an
     * exception that escapes one is named by type only (its message could quote a note).
     */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "notelint-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> System.err.println("notelint: " + thread.getName()
                    + " failed (" + e.getClass().getName() + ")"));
            return t;
        }
    }
}
