package io.notelint.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvResultWriterTest {

    private static String cell(String s) {
        String row = CsvSheet.of(List.of(List.of(s)));
        return row.substring(0, row.length() - 2);
    }

    @Test
    void cellsAreQuotedOnlyWhenNeededAndFormulasAreDefused() {
        assertThat(cell("plain")).isEqualTo("plain");
        assertThat(cell("")).isEqualTo("");
        assertThat(cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(cell("+1 555")).isEqualTo("'+1 555");
        assertThat(cell("-2")).isEqualTo("'-2");
        assertThat(cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(cell("=1+1,2")).isEqualTo("\"'=1+1,2\"");
        assertThat(cell("\tx")).isEqualTo("'\tx");
        assertThat(cell("\rx")).isEqualTo("\"'\rx\"");
    }

    @Test
    void numbersAreWrittenAsTheyAreAndNullIsEmpty() {
        assertThat(CsvSheet.of(List.of(Arrays.asList(-2, 3L, null, "x y")))).isEqualTo("-2,3,,x y\r\n");
    }
}
