package io.notelint.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error while a batch runs: a bar with the share of input bytes read,
 * notes/s and the time left when the inputs' size is known (files), else the count, the rate and the
 * time so far (standard input). Redrawn in place a few times a second by a daemon thread; removed
 * when the batch ends. Counts only, never note text.
 */
final class Progress implements AutoCloseable {

    private static final long PERIOD_MS = 250;
    private static final int BAR = 24;

    private final PrintStream err;
    private final long totalBytes;
    private final AtomicLong consumed;
    private final LongSupplier done;
    private final int width;
    private final long started = System.nanoTime();
    private final Thread ticker;
    private volatile boolean running = true;
    private int drawn;

    /**
     * @param totalBytes the inputs' size in bytes, or -1 when unknown
     * @param consumed   bytes of the inputs read so far
     * @param done       results written so far
     * @param width      terminal columns
     */
    Progress(PrintStream err, long totalBytes, AtomicLong consumed, LongSupplier done, int width) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.consumed = consumed;
        this.done = done;
        this.width = Math.max(40, width);
        this.ticker = new Thread(this::tick, "notelint-progress");
        ticker.setDaemon(true);
    }

    Progress start() {
        ticker.start();
        return this;
    }

    private void tick() {
        while (running) {
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
            if (running) {
                draw();
            }
        }
    }

    private synchronized void draw() {
        String line = render(done.getAsLong(), consumed.get(), totalBytes, (System.nanoTime() - started) / 1e9, width);
        err.print('\r' + line + " ".repeat(Math.max(0, drawn - line.length())));
        err.flush();
        drawn = line.length();
    }

    /** The progress line for these counts (no control characters). */
    static String render(long notes, long bytes, long totalBytes, double seconds, int width) {
        double rate = seconds > 0 ? notes / seconds : 0;
        StringBuilder s = new StringBuilder();
        if (totalBytes > 0) {
            double share = Math.min(1.0, (double) bytes / totalBytes);
            int filled = (int) Math.round(share * BAR);
            s.append('[').append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3.0f%%  ", share * 100));
            s.append(String.format(Locale.ROOT, "%,d notes  %,.0f notes/s", notes, rate));
            if (share > 0.001 && seconds > 1) {
                s.append("  ").append(clock(seconds * (1 - share) / share)).append(" left");
            }
        } else {
            s.append(String.format(Locale.ROOT, "%,d notes  %,.0f notes/s  %s", notes, rate, clock(seconds)));
        }
        return s.length() < width ? s.toString() : s.substring(0, width - 1);
    }

    /** 75.2 seconds as "1:15"; an hour or more as "1:02:03". */
    static String clock(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Stops redrawing and removes the line. */
    @Override
    public void close() {
        running = false;
        ticker.interrupt();
        try {
            ticker.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (drawn > 0) {
                err.print('\r' + " ".repeat(drawn) + '\r');
                err.flush();
            }
        }
    }
}
