package io.notelint.grading;

/**
 * The least a note must score to pass: a percent of the most it can score ({@code 70%}, the default), or
 * a number of points. A note that fails a critical criterion does not pass whatever its score.
 *
 * @param value   the percent (0..100) or the points
 * @param percent whether {@code value} is a percent
 */
public record PassMark(int value, boolean percent) {

    /** 70% of the maximum: the usual practicum threshold. */
    public static final PassMark DEFAULT = new PassMark(70, true);

    public PassMark {
        if (value < 0 || percent && value > 100) {
            throw new IllegalArgumentException("pass mark out of range");
        }
    }

    /** The points needed out of {@code max}; a percent rounds up, so 70% of 15 needs 11. */
    public int points(int max) {
        return percent ? (int) ((value * (long) max + 99) / 100) : value;
    }

    @Override
    public String toString() {
        return percent ? value + "%" : value + " points";
    }
}
