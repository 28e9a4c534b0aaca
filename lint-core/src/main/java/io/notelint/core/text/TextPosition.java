package io.notelint.core.text;

/**
 * Where a span lies in a text, as an editor shows it: 1-based lines and columns (columns in UTF-16 code
 * units, as SARIF counts them; a line ends at LF, CRLF or a lone CR).
 *
 * @param endLine   the line of the span's end offset
 * @param endColumn the column just past the span's last character
 */
public record TextPosition(int line, int column, int endLine, int endColumn) {

    /** The position of {@code span} in {@code text}. */
    public static TextPosition of(CharSequence text, Span span) {
        LineIndex index = LineIndex.of(text);
        return new TextPosition(index.line(span.start()), index.column(span.start()), index.line(span.end()),
                index.column(span.end()));
    }
}
