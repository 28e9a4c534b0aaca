package io.notelint.core.batch;

import io.notelint.core.limits.CpuClock;
import io.notelint.core.limits.Limits;
import io.notelint.core.model.NoteError;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one batch runner of NoteLint ({@code check} lints with it, {@code grade} grades with it): reads a
 * stream of records on the calling thread, processes each on one of N worker threads, and hands the
 * results on in input order, so the output equals a single-threaded run's byte for byte. At most a
 * bounded window of records is in flight, so memory stays flat for any batch size.
 *
 * <p>The watchdog is the last resort against a rule stuck in a loop that never asks the analysis
 * anything (the engine stops every other overrun itself). It watches each running record's worker
 * thread in CPU time and in time spent blocked (never in time spent waiting for a core), so load
 * cannot trip it: past the limit the record's result is
 * {@link Job#abandoned} in its place, the thread is interrupted and left to end on its own (workers are
 * daemons), and a fresh thread takes its place, up to {@link #MAX_EXTRA_THREADS}. A record never fails
 * because other records were slow: a record that has not started waits for a thread. When every thread
 * is held by an abandoned record and none can be added, the batch stops with {@link Stalled} rather than
 * hang.
 *
 * @param <R> a record's result
 */
public final class BatchRunner<R> {

    /** Records in flight per thread: enough to keep every thread busy while the oldest is slow. */
    private static final int WINDOW_PER_THREAD = 4;
    /** Threads added in place of abandoned ones, at most. */
    public static final int MAX_EXTRA_THREADS = 8;
    /** How often the watchdog looks at the running records (wall time: it only decides when to look). */
    private static final long LOOK_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /** What the runner does with each record. */
    public interface Job<R> {
        /**
         * Decodes and processes one record on a worker thread. Never throws for the record's fault (that
         * becomes an error result); an {@link Error} thrown here ends the batch. Calls {@code noteId}
         * with the record's id as soon as it is known, for the watchdog's result.
         */
        R process(PendingRecord record, Consumer<String> noteId);

        /** The result in place of a record the watchdog abandoned. */
        R abandoned(RecordOrigin origin, String noteId, NoteError error);
    }

    /** Receives each result, in input order, on the calling thread. */
    public interface Sink<R> {
        void accept(RecordOrigin origin, R result);
    }

    private final int threads;
    private final Duration watchdog;
    private final CpuClock clock;
    private final Function<StackTraceElement[], String> culprit;
    private final Duration budget;

    /**
     * @param threads  worker threads
     * @param limits   the limits the engine holds each note to: the watchdog fires at their time budget
     *                 and as much again (at least a second), after the engine's own check had its chance
     * @param clock    the CPU clock (tests inject one)
     * @param culprit  names the rule on a stuck thread's stack, or null
     */
    public BatchRunner(int threads, Limits limits, CpuClock clock, Function<StackTraceElement[], String> culprit) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
        this.budget = limits.hasTimeBudget() ? limits.timeBudget() : null;
        this.watchdog = watchdogFor(limits);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.culprit = Objects.requireNonNull(culprit, "culprit");
    }

    /** The CPU time after which a record is abandoned: the budget and as much again (at least 1 s); null for never. */
    public static Duration watchdogFor(Limits limits) {
        if (!limits.hasTimeBudget()) {
            return null;
        }
        Duration b = limits.timeBudget();
        return b.plus(b.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : b);
    }

    /**
     * Reads every record, processes it and passes its result on, in order.
     *
     * @param onRead called on the calling thread for each record read (progress counts)
     * @throws InputFailure when an input cannot be read; every record read before it has its result passed on
     * @throws Stalled when every worker is held by a record that does not stop
     */
    public void run(RecordReader reader, Job<R> job, Sink<R> sink, Runnable onRead) {
        Run run = new Run(job);
        Deque<Run.Task> window = new ArrayDeque<>();
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
                onRead.run();
                Run.Task task = run.new Task(p);
                window.addLast(task);
                run.pool.execute(task);
                if (window.size() >= threads * WINDOW_PER_THREAD) {
                    Run.Task head = window.removeFirst();
                    sink.accept(head.origin, run.await(head, window));
                }
            }
            while (!window.isEmpty()) {
                Run.Task head = window.removeFirst();
                sink.accept(head.origin, run.await(head, window));
            }
            if (readFailure != null) {
                throw readFailure;
            }
        } finally {
            window.forEach(Run.Task::cancel);
            run.pool.shutdownNow();
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

    /** One call of {@link #run}: its pool and its abandoned threads. */
    private final class Run {
        private final Job<R> job;
        private final ThreadPoolExecutor pool;
        private int extraThreads;
        /** Abandoned records whose threads have not ended yet. */
        private final AtomicInteger stuck = new AtomicInteger();

        Run(Job<R> job) {
            this.job = job;
            this.pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    new Workers());
        }

        /** The head's result; while waiting, the watchdog looks at every running record in the window. */
        R await(Task head, Deque<Task> window) {
            while (true) {
                try {
                    return head.result.get(watchdog == null ? Long.MAX_VALUE : LOOK_EVERY_NANOS, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    watch(head);
                    window.forEach(this::watch);
                    if (!head.started() && stuck.get() >= pool.getMaximumPoolSize()) {
                        throw new Stalled("stopped: " + stuck.get() + " notes are held by rules that do not stop"
                                + " (the watchdog gave up on them); the results before them were written");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                } catch (ExecutionException e) {
                    // a job turns what a record can cause into its result; what remains (out of memory) ends the batch
                    Throwable cause = e.getCause();
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException("processing failed: " + cause.getClass().getName());
                }
            }
        }

        /**
         * Abandons a running record past the watchdog: by the CPU time its thread used, or by the time its
         * thread spent not running at all (sleeping, waiting on a lock or on I/O: a rule that blocks uses
         * no CPU). Neither grows when the machine is busy: a thread that waits for a core is runnable and
         * counts for neither, so load alone never trips the watchdog.
         */
        private void watch(Task task) {
            if (watchdog == null) {
                return;
            }
            StackTraceElement[] stack;
            boolean waited;
            synchronized (task) {
                if (task.runner == null || task.finished || task.abandoned) {
                    return;
                }
                long now = System.nanoTime();
                Thread.State state = task.runner.getState();
                if (state == Thread.State.BLOCKED || state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
                    task.waitedNanos += now - task.lookedAt;
                }
                task.lookedAt = now;
                long used = clock.threadNanos(task.runner);
                boolean overCpu = used >= 0 && used - task.startCpu >= watchdog.toNanos();
                waited = task.waitedNanos >= watchdog.toNanos();
                if (!overCpu && !waited) {
                    return;
                }
                task.abandoned = true;
                stack = task.runner.getStackTrace();
                task.runner.interrupt();
            }
            stuck.incrementAndGet();
            addThread();
            String rule = culprit.apply(stack);
            String what = rule == null ? "linting" : "rule " + rule;
            String how = waited ? " waited more than " + watchdog.toMillis() + " ms without running (sleeping or blocked)"
                    : " used more than " + watchdog.toMillis() + " ms of CPU time";
            task.result.complete(job.abandoned(task.origin, task.noteId, new NoteError(Limits.OVER_BUDGET,
                    "not fully checked: " + what + how
                            + (budget == null ? "" : " (its budget of " + budget.toMillis() + " ms and a margin)")
                            + " and did not stop, so the note was abandoned", task.origin.line())));
        }

        private synchronized void addThread() {
            if (extraThreads < MAX_EXTRA_THREADS && !pool.isShutdown()) {
                extraThreads++;
                pool.setMaximumPoolSize(threads + extraThreads);
                pool.setCorePoolSize(threads + extraThreads);
            }
        }

        /** An abandoned record finally ended: its stand-in thread is no longer needed. */
        private synchronized void releaseThread() {
            stuck.decrementAndGet();
            if (extraThreads > 0 && !pool.isShutdown()) {
                extraThreads--;
                pool.setCorePoolSize(threads + extraThreads);
                pool.setMaximumPoolSize(threads + extraThreads);
            }
        }

        /** One record's work: run once by a worker, or cancelled before it starts when the batch ends. */
        private final class Task implements Runnable {
            private final PendingRecord pending;
            private final RecordOrigin origin;
            private final CompletableFuture<R> result = new CompletableFuture<>();
            private final AtomicBoolean claimed = new AtomicBoolean();
            private volatile String noteId;
            /** Guarded by this: the thread running the task and its CPU time at the start. */
            private Thread runner;
            private long startCpu;
            private long lookedAt;
            private long waitedNanos;
            private boolean finished;
            private boolean abandoned;

            Task(PendingRecord pending) {
                this.pending = pending;
                this.origin = pending.origin();
            }

            synchronized boolean started() {
                return runner != null || finished;
            }

            @Override
            public void run() {
                if (!claimed.compareAndSet(false, true)) {
                    return; // the batch ended before it started
                }
                synchronized (this) {
                    runner = Thread.currentThread();
                    startCpu = clock.currentThreadNanos();
                    lookedAt = System.nanoTime();
                }
                R value = null;
                Throwable failure = null;
                try {
                    value = job.process(pending, id -> noteId = id);
                } catch (Throwable t) {
                    failure = t;
                }
                boolean wasAbandoned;
                synchronized (this) {
                    finished = true;
                    runner = null;
                    wasAbandoned = abandoned;
                    Thread.interrupted(); // an interrupt meant for this record must not reach the next
                }
                if (wasAbandoned) {
                    releaseThread();
                } else if (failure != null) {
                    result.completeExceptionally(failure);
                } else {
                    result.complete(value);
                }
            }

            void cancel() {
                claimed.set(true);
            }
        }
    }

    /** An input that could not be read; the message names the input, never its content. */
    public static final class InputFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InputFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** Every worker is held by a record that does not stop: the batch ends instead of hanging. */
    public static final class Stalled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stalled(String message) {
            super(message, null, false, false);
        }
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
