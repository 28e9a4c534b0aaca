package io.notelint.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvResultWriterTest {

    @Test
    void cellsAreQuotedOnlyWhenTheyNeedItAndFormulasAreDefused() {
        assertThat(CsvResultWriter.cell("plain")).isEqualTo("plain");
        assertThat(CsvResultWriter.cell("")).isEqualTo("");
        assertThat(CsvResultWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvResultWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvResultWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvResultWriter.cell("+1 555")).isEqualTo("'+1 555");
        assertThat(CsvResultWriter.cell("-2")).isEqualTo("'-2");
        assertThat(CsvResultWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvResultWriter.cell("=1+1,2")).isEqualTo("\"'=1+1,2\"");
        assertThat(CsvResultWriter.cell("\tx")).isEqualTo("'\tx");
    }
}
