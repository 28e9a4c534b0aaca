package io.notelint.core.time;

import java.util.Arrays;

/**
 * Where one expression and its parts (groups, numbered as in the grammar's comments) stand in the
 * text. A part that did not take part is null, with start and end -1.
 */
final class Groups {

    private final String text;
    private final int[] bounds;

    Groups(String text, int groups, int start, int end) {
        this.text = text;
        this.bounds = new int[(groups + 1) * 2];
        Arrays.fill(bounds, -1);
        set(0, start, end);
    }

    /** Sets part {@code g} (0: the whole) when {@code start} is not -1; returns this. */
    Groups set(int g, int start, int end) {
        if (start >= 0) {
            bounds[g * 2] = start;
            bounds[g * 2 + 1] = end;
        }
        return this;
    }

    public int start() {
        return bounds[0];
    }

    public int start(int group) {
        return bounds[group * 2];
    }

    public int end() {
        return bounds[1];
    }

    public int end(int group) {
        return bounds[group * 2 + 1];
    }

    public String group() {
        return group(0);
    }

    public String group(int group) {
        int s = bounds[group * 2];
        return s < 0 ? null : text.substring(s, bounds[group * 2 + 1]);
    }

    public int groupCount() {
        return bounds.length / 2 - 1;
    }
}
