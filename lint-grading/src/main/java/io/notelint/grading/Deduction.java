package io.notelint.grading;

import java.util.Objects;

/**
 * Points a criterion loses per finding of a target, optionally capped: the instructor's "-2 per vague
 * phrase, at most -6".
 *
 * @param points   points lost per finding (at least 1)
 * @param cap      the most this deduction can take from its criterion, or null for no cap
 * @param location where the deduction was written ("file:line:column"), for errors found later
 */
public record Deduction(Target target, int points, Integer cap, String location) {

    public Deduction {
        Objects.requireNonNull(target, "target");
        if (points < 1) {
            throw new IllegalArgumentException("points must be at least 1");
        }
        if (cap != null && cap < 1) {
            throw new IllegalArgumentException("cap must be at least 1");
        }
    }

    /** Points lost for {@code count} findings, after the cap. */
    public int lost(int count) {
        long raw = (long) count * points;
        return (int) Math.min(raw, cap == null ? Integer.MAX_VALUE : cap);
    }
}
