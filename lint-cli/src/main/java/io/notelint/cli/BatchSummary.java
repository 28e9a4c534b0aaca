package io.notelint.cli;

import io.notelint.core.engine.LintResult;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Severity;

/**
 * What a batch found, for the exit code: the highest finding severity, records that could not be
 * read and rule failures. Both of the latter count as errors: a note that was not fully checked must
 * not pass a gate silently.
 */
final class BatchSummary {

    private long results;
    private long unreadable;
    private long ruleFailures;
    private Severity highest;

    void add(LintResult result) {
        results++;
        if (result.error() != null) {
            unreadable++;
        }
        ruleFailures += result.ruleErrors().size();
        for (Finding f : result.findings()) {
            if (highest == null || f.severity().compareTo(highest) > 0) {
                highest = f.severity();
            }
        }
    }

    long results() {
        return results;
    }

    long unreadable() {
        return unreadable;
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
}
