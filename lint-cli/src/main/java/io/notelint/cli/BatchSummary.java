package io.notelint.cli;

import io.notelint.core.engine.LintResult;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Severity;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a batch found: the exit code's inputs (the highest finding severity, records that could not
 * be read, rule failures: both of the latter count as errors, since a note that was not fully checked
 * must not pass a gate silently) and the counts of the final summary. Written by the thread that
 * writes results; {@link #results()} may be read by the progress display from another thread.
 */
final class BatchSummary {

    private volatile long results;
    private long read;
    private long unreadable;
    private long ruleFailures;
    private long stopped;
    private long withFindings;
    private Severity highest;
    private final long[] bySeverity = new long[Severity.values().length];
    private final Map<Category, long[]> byCategory = new EnumMap<>(Category.class);

    void add(LintResult result) {
        results++; // one writer thread: the volatile makes it visible, no race on the increment
        if (result.error() != null) {
            unreadable++;
            if (io.notelint.core.limits.Limits.OVER_BUDGET.equals(result.error().code())) {
                stopped++;
            }
        }
        ruleFailures += result.ruleErrors().size();
        if (!result.findings().isEmpty()) {
            withFindings++;
        }
        for (Finding f : result.findings()) {
            if (highest == null || f.severity().compareTo(highest) > 0) {
                highest = f.severity();
            }
            bySeverity[f.severity().ordinal()]++;
            byCategory.computeIfAbsent(f.category(), c -> new long[Severity.values().length])[f.severity().ordinal()]++;
        }
    }

    void recordRead() {
        read++;
    }

    long read() {
        return read;
    }

    long results() {
        return results;
    }

    long unreadable() {
        return unreadable;
    }

    /** Notes the watchdog stopped (a rule over the CPU time budget): they were not checked. */
    long stopped() {
        return stopped;
    }

    long ruleFailures() {
        return ruleFailures;
    }

    /** True when something reaches {@code level}. */
    boolean reaches(Severity level) {
        if (unreadable > 0 || ruleFailures > 0) {
            return true;
        }
        return highest != null && highest.atLeast(level);
    }

    /**
     * The closing summary, for people: records read and results written, what could not be read or
     * checked, notes with findings, findings by severity and by category, time and rate. Counts only:
     * never note text.
     */
    void print(PrintStream err, long elapsedNanos, boolean completed) {
        double seconds = elapsedNanos / 1e9;
        long findings = bySeverity[0] + bySeverity[1] + bySeverity[2];
        err.printf(Locale.ROOT, "notelint: %,d records read, %,d results written%s%n", read, results,
                completed ? "" : " (stopped early: an input could not be read)");
        err.printf(Locale.ROOT, "  %,d notes with findings; %,d findings: %,d error, %,d warning, %,d info%n",
                withFindings, findings, bySeverity[Severity.ERROR.ordinal()], bySeverity[Severity.WARNING.ordinal()],
                bySeverity[Severity.INFO.ordinal()]);
        if (unreadable > 0 || ruleFailures > 0) {
            err.printf(Locale.ROOT, "  %,d records could not be read, %,d rule failures%n", unreadable, ruleFailures);
        }
        for (Map.Entry<Category, long[]> e : byCategory.entrySet()) {
            long[] n = e.getValue();
            err.printf(Locale.ROOT, "  %-24s %,8d  (%,d error, %,d warning, %,d info)%n", e.getKey().id(),
                    n[0] + n[1] + n[2], n[Severity.ERROR.ordinal()], n[Severity.WARNING.ordinal()],
                    n[Severity.INFO.ordinal()]);
        }
        err.printf(Locale.ROOT, "  %s elapsed, %,.0f notes/s%n", Progress.clock(seconds),
                seconds > 0 ? results / seconds : 0.0);
    }
}
