package io.notelint.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LineCountingReaderTest {

    @Test
    void crLfAndCrlfEachEndOneLine() throws IOException {
        LineCountingReader r = new LineCountingReader(new StringReader("a\nb\r\nc\rd"));
        StringBuilder lines = new StringBuilder();
        for (int c = r.read(); c >= 0; c = r.read()) {
            lines.append((char) c == '\n' || c == '\r' ? "|" : (char) c + "@" + r.line() + ":" + r.column());
        }
        assertThat(lines.toString()).isEqualTo("a@1:1|b@2:1||c@3:1|d@4:1");
    }

    @Test
    void aCharPutBackAfterALoneCrIsReadAgainOnTheSameLine() throws IOException {
        LineCountingReader r = new LineCountingReader(new StringReader("x\r\ry"));
        assertThat(r.read()).isEqualTo('x');
        assertThat(r.read()).isEqualTo('\r');
        assertThat(r.line()).isEqualTo(2);
        int next = r.read();
        assertThat(next).isEqualTo('\r');
        assertThat(r.line()).isEqualTo(3);
        r.unread(next);
        assertThat(r.line()).as("as before the char put back").isEqualTo(2);
        assertThat(r.read()).isEqualTo('\r');
        assertThat(r.line()).isEqualTo(3);
        assertThat(r.read()).isEqualTo('y');
        assertThat(r.line()).isEqualTo(3);
        assertThat(r.column()).isEqualTo(1);
        assertThat(r.read()).isEqualTo(-1);
    }
}
