package io.notelint.grading;

import io.notelint.core.rule.Finding;
import java.util.List;
import java.util.Objects;

/**
 * One row of a rubric: up to {@code weight} points, less the deductions for the findings it counts,
 * never below zero. A finding is counted by the most specific deduction of this criterion that names it
 * (its rule before its category), so it never costs twice within one criterion.
 *
 * @param basis the published attribute or practice it stands for (e.g. "PDQI-9: Succinct"), or null
 * @param why   why it matters, in words a student can act on
 * @param fix   how to put it right
 * @param critical         when true, losing any point here fails the note whatever its total (a clinical
 *                         skills exam's "critical action")
 * @param criticalFindings when not empty, a finding of one of these targets that this criterion counts fails
 *                         the note (only some of the criterion's findings are critical)
 */
public record Criterion(String id, String title, String basis, int weight, List<Deduction> deductions,
                        String why, String fix, String location, boolean critical, List<Target> criticalFindings) {

    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(fix, "fix");
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1");
        }
        deductions = List.copyOf(deductions);
        criticalFindings = List.copyOf(criticalFindings);
    }

    /** A criterion that never fails a note on its own. */
    public Criterion(String id, String title, String basis, int weight, List<Deduction> deductions, String why,
                     String fix, String location) {
        this(id, title, basis, weight, deductions, why, fix, location, false, List.of());
    }

    /** Whether a note can fail on this criterion alone. */
    public boolean isCritical() {
        return critical || !criticalFindings.isEmpty();
    }

    /**
     * The findings (of those this criterion counted) that fail the note: all of them for a critical
     * criterion, else those of its critical targets.
     */
    public List<Finding> criticalOf(List<Finding> counted) {
        if (critical) {
            return counted;
        }
        return counted.stream().filter(f -> criticalFindings.stream().anyMatch(t -> t.matches(f))).toList();
    }

    /** The deduction that counts this finding here, or null when this criterion does not count it. */
    public Deduction deductionFor(Finding f) {
        Deduction byCategory = null;
        for (Deduction d : deductions) {
            if (d.target().matches(f)) {
                if (d.target().kind() == Target.Kind.RULE) {
                    return d;
                }
                byCategory = d;
            }
        }
        return byCategory;
    }
}
