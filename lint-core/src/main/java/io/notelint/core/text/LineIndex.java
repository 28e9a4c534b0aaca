package io.notelint.core.text;

import java.util.Arrays;

/**
 * Maps char offsets to 1-based line and column. A line ends at LF, CRLF or a lone CR, so the
 * positions agree with what an editor shows for any of the three conventions.
 */
public final class LineIndex {

    /** Offset at which each line starts; lineStarts[0] == 0. */
    private final int[] lineStarts;
    private final int length;

    private LineIndex(int[] lineStarts, int length) {
        this.lineStarts = lineStarts;
        this.length = length;
    }

    public static LineIndex of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count), n);
    }

    /** 1-based line of an offset (an offset at the very end belongs to the last line). */
    public int line(int offset) {
        checkOffset(offset);
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of an offset, counted in UTF-16 code units as SARIF's default column kind. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Start offset of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** End offset of a 1-based line, excluding its terminator. */
    public int lineEnd(int line, CharSequence text) {
        int end = line < lineStarts.length ? lineStarts[line] : length;
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside text of length " + length);
        }
    }
}
