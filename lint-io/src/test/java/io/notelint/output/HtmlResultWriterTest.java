package io.notelint.output;

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
        String b = HtmlResultWriter.highlightHtml("abcdefgh", List.of(at(1, 5, Severity.INFO, "one"), at(3, 7, Severity.ERROR, "two")));
        assertThat(b).isEqualTo("a"
                + "<mark class=\"sev-info\" title=\"info [r/x] one\">bc</mark>"
                + "<mark class=\"sev-error\" title=\"info [r/x] one\n\nerror [r/x] two\">de</mark>"
                + "<sup class=\"ref\">1</sup>"
                + "<mark class=\"sev-error\" title=\"error [r/x] two\">fg</mark>"
                + "<sup class=\"ref\">2</sup>"
                + "h");
    }

    @Test
    void eachMarkIsNumberedAndItsReasonIsWrittenOutBelowTheText() {
        List<Finding> findings = List.of(at(1, 5, Severity.INFO, "one"), at(3, 7, Severity.ERROR, "two <b>"));
        assertThat(HtmlResultWriter.reasonsHtml("abcdefgh", findings)).isEqualTo("<ol class=\"reasons\">\n"
                + "<li class=\"sev-info\"><b>info</b> \u00b7 Vague language: one <code class=\"rule\">r/x</code></li>\n"
                + "<li class=\"sev-error\"><b>error</b> \u00b7 Vague language: two &lt;b&gt; <code class=\"rule\">r/x</code></li>\n"
                + "</ol>\n");
        assertThat(HtmlResultWriter.reasonsHtml("abc", List.of())).as("no marks, no list").isEmpty();
    }

    @Test
    void textAndTitlesAreEscapedAndAnEmptySpanIsAPointMark() {
        String b = HtmlResultWriter.highlightHtml("<a href=\"x\">'</a>&", List.of(at(0, 2, Severity.WARNING, "it's <b>\""),
                at(3, 3, Severity.ERROR, "here")));
        // jte escapes by context: quotes, & and < in an attribute value; &, < and > in text (quotes are harmless there)
        assertThat(b).isEqualTo("<mark class=\"sev-warning\" title=\"warning [r/x] it&#39;s &lt;b>&#34;\">&lt;a</mark>"
                + "<sup class=\"ref\">1</sup>"
                + " <mark class=\"point sev-error\" title=\"error [r/x] here\"></mark><sup class=\"ref\">2</sup>href=\"x\"&gt;'&lt;/a&gt;&amp;");
    }

    /** Issue 19 item 9: the check report had no Content-Security-Policy (the grading pages do). */
    @Test
    void thePageCarriesAContentSecurityPolicyThatAllowsOnlyItsOwnScript() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        ResultWriter w = new HtmlResultWriter(out, new ToolInfo("NoteLint", "9.9", null, List.of()), 10);
        w.begin();
        w.write(io.notelint.core.batch.RecordOrigin.line("b.jsonl", 1), new io.notelint.core.engine.LintResult("n-1",
                List.of(at(0, 4, Severity.WARNING, "m")), List.of(), null, "<script>alert(1)</script>"));
        w.finish(true);
        String page = out.toString();
        assertThat(page).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'; script-src 'sha256-");
        assertThat(page.indexOf("Content-Security-Policy")).isLessThan(page.indexOf("<style>"));
        // the one script on the page is the one the hash allows
        int open = page.indexOf("<script>");
        assertThat(page.indexOf("<script>", open + 1)).isNegative();
        String script = page.substring(open + "<script>".length(), page.indexOf("</script>", open));
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(script.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page).contains("'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'");
    }
}
