package io.notelint.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.rule.Category;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlResultWriterTest {

    private static Finding at(int start, int end, Severity severity, String message) {
        return new Finding("r/x", Category.VAGUE_LANGUAGE, severity, message, new Span(start, end), null, null, null);
    }

    @Test
    void overlappingSpansAreCutAtEveryBoundaryAndTheWorstSeverityColoursEachPiece() {
        StringBuilder b = new StringBuilder();
        HtmlResultWriter.highlight("abcdefgh", List.of(at(1, 5, Severity.INFO, "one"), at(3, 7, Severity.ERROR, "two")), b);
        assertThat(b.toString()).isEqualTo("a"
                + "<mark class=\"sev-info\" title=\"info [r/x] one\">bc</mark>"
                + "<mark class=\"sev-error\" title=\"info [r/x] one\n\nerror [r/x] two\">de</mark>"
                + "<sup class=\"ref\">1</sup>"
                + "<mark class=\"sev-error\" title=\"error [r/x] two\">fg</mark>"
                + "<sup class=\"ref\">2</sup>"
                + "h");
    }

    @Test
    void eachMarkIsNumberedAndItsReasonIsWrittenOutBelowTheText() {
        StringBuilder b = new StringBuilder();
        List<Finding> findings = List.of(at(1, 5, Severity.INFO, "one"), at(3, 7, Severity.ERROR, "two <b>"));
        HtmlResultWriter.reasons("abcdefgh", findings, b);
        assertThat(b.toString()).isEqualTo("<ol class=\"reasons\">\n"
                + "<li class=\"sev-info\"><b>info</b> \u00b7 Vague language: one <code class=\"rule\">r/x</code></li>\n"
                + "<li class=\"sev-error\"><b>error</b> \u00b7 Vague language: two &lt;b&gt; <code class=\"rule\">r/x</code></li>\n"
                + "</ol>\n");
        StringBuilder none = new StringBuilder();
        HtmlResultWriter.reasons("abc", List.of(), none);
        assertThat(none.toString()).as("no marks, no list").isEmpty();
    }

    @Test
    void textAndTitlesAreEscapedAndAnEmptySpanIsAPointMark() {
        StringBuilder b = new StringBuilder();
        HtmlResultWriter.highlight("<a href=\"x\">'</a>&", List.of(at(0, 2, Severity.WARNING, "it's <b>"),
                at(3, 3, Severity.ERROR, "here")), b);
        assertThat(b.toString()).isEqualTo("<mark class=\"sev-warning\" title=\"warning [r/x] it&#39;s &lt;b&gt;\">&lt;a</mark>"
                + "<sup class=\"ref\">1</sup>"
                + " <mark class=\"point sev-error\" title=\"error [r/x] here\"></mark><sup class=\"ref\">2</sup>href=&quot;x&quot;&gt;&#39;&lt;/a&gt;&amp;");
    }
}
