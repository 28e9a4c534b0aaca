package io.notelint.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded work queue: at most {@code workers} requests lint at once, at most {@code queue} more wait
 * for one of them, and any request beyond that is turned away at once (503 with Retry-After) rather than
 * piling up threads and memory. Draining (shutdown) turns every new request away while those admitted
 * finish.
 */
final class Admission {

    /** A request's hold on a worker; closing it frees the worker. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore workers;
    private final int queue;
    private final Duration maxWait;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    Admission(int workers, int queue, Duration maxWait) {
        this.workers = new Semaphore(workers, true);
        this.queue = queue;
        this.maxWait = maxWait;
    }

    /** A permit, or null when the queue is full, the wait ran out, or the server is shutting down. */
    Permit enter() {
        if (draining) {
            return null;
        }
        inFlight.incrementAndGet();
        boolean got = workers.tryAcquire();
        if (!got) {
            if (waiting.incrementAndGet() > queue) {
                waiting.decrementAndGet();
                inFlight.decrementAndGet();
                return null;
            }
            try {
                got = workers.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                waiting.decrementAndGet();
            }
            if (!got) {
                inFlight.decrementAndGet();
                return null;
            }
        }
        return new Permit() {
            private boolean closed;

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    workers.release();
                    inFlight.decrementAndGet();
                }
            }
        };
    }

    /** From now on every request is turned away; those admitted finish. */
    void drain() {
        draining = true;
    }

    boolean draining() {
        return draining;
    }

    /** Requests admitted or waiting that have not finished. */
    int inFlight() {
        return inFlight.get();
    }

    int waiting() {
        return waiting.get();
    }
}
