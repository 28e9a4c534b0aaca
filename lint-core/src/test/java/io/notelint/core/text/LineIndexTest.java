package io.notelint.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void linesEndAtLfCrlfAndLoneCr() {
        String text = "ab\ncd\r\nef\rgh";
        LineIndex idx = LineIndex.of(text);
        assertThat(idx.lineCount()).isEqualTo(4);
        assertThat(idx.line(0)).isEqualTo(1);
        assertThat(idx.line(3)).isEqualTo(2);
        assertThat(idx.column(4)).isEqualTo(2);
        assertThat(idx.line(text.indexOf('e'))).isEqualTo(3);
        assertThat(idx.line(text.indexOf('g'))).isEqualTo(4);
        assertThat(idx.column(text.indexOf('h'))).isEqualTo(2);
        assertThat(idx.lineEnd(2, text)).isEqualTo(5);
    }

    @Test
    void offsetAtEndBelongsToLastLineAndBeyondIsRejected() {
        LineIndex idx = LineIndex.of("ab\n");
        assertThat(idx.line(3)).isEqualTo(2);
        assertThatThrownBy(() -> idx.line(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void spanRejectsInvertedRanges() {
        assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Span(1, 4).overlaps(new Span(3, 5))).isTrue();
        assertThat(new Span(1, 3).overlaps(new Span(3, 5))).isFalse();
    }
}
