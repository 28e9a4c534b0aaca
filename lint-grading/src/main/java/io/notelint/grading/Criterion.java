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
 */
public record Criterion(String id, String title, String basis, int weight, List<Deduction> deductions,
                        String why, String fix, String location) {

    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(fix, "fix");
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1");
        }
        deductions = List.copyOf(deductions);
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
