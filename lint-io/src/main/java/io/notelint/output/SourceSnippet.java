package io.notelint.output;

import io.notelint.core.text.LineIndex;
import io.notelint.core.text.Span;
import java.util.List;

/**
 * The line of a note under a finding and a caret line marking the span ({@code ^~~~}), as compilers
 * show them. Tabs, other control characters and bidi controls print as one space each so the caret
 * lines up and the line reads as it is ({@link Printable}); a long
 * line is cut to a window around the span, marked with "..."; a span running past its line is marked
 * to the line's end. Widths count code points (a surrogate pair is one column on a terminal).
 */
final class SourceSnippet {

    static final int MAX_WIDTH = 120;
    private static final int LEAD = 40;
    private static final String CUT = "...";

    private SourceSnippet() {
    }

    /** Two lines, source and caret, without indentation or line ends. */
    static List<String> render(String text, LineIndex lines, Span span) {
        int line = lines.line(span.start());
        int ls = lines.lineStart(line);
        int le = lines.lineEnd(line, text);
        int s = Math.min(span.start(), le);
        int e = Math.max(s, Math.min(span.end(), le));
        int from = ls;
        int to = le;
        if (le - ls > MAX_WIDTH) {
            from = Math.max(ls, s - LEAD);
            to = Math.min(le, Math.max(from + MAX_WIDTH, Math.min(e, from + 2 * MAX_WIDTH)));
            from = adjust(text, from, ls);
            to = adjust(text, to, ls);
            e = Math.min(e, to);
        }
        StringBuilder src = new StringBuilder();
        StringBuilder caret = new StringBuilder();
        if (from > ls) {
            src.append(CUT);
            caret.append(" ".repeat(CUT.length()));
        }
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            src.appendCodePoint(Printable.unsafe(cp) ? ' ' : cp);
            if (i < s) {
                caret.append(' ');
            } else if (i < e) {
                caret.append(i == s ? '^' : '~');
            }
            i += n;
        }
        if (e == s) {
            caret.append('^');
        }
        if (to < le) {
            src.append(CUT);
        }
        return List.of(src.toString(), caret.toString());
    }

    /** Moves a cut off the middle of a surrogate pair. */
    private static int adjust(String text, int at, int lineStart) {
        if (at > lineStart && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1))) {
            return at - 1;
        }
        return at;
    }
}
