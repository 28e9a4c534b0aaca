package io.notelint.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.RuleError;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.NoteError;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.LineIndex;
import io.notelint.core.text.Span;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WritersTest {

    private static final String TEXT = "S: Client is doing well.\nP: Continue.";
    private static final ToolInfo TOOL = new ToolInfo("NoteLint", "9.9", "https://example.org/notelint", List.of());

    private static Finding span(String rule, Severity s, int start, int end) {
        return new Finding(rule, Category.VAGUE_LANGUAGE, s, "vague", new Span(start, end), "SUBJECTIVE",
                TEXT.substring(start, end), "Say what was observed.");
    }

    private static LintResult result() {
        return new LintResult("n-1", List.of(
                new Finding("plan/none", Category.MISSING_PLAN, Severity.ERROR, "no plan", null, null, null, null),
                span("vague/x", Severity.WARNING, 13, 23)), List.of(new RuleError("r/boom", "java.lang.IllegalStateException at X.y:1")),
                null, TEXT);
    }

    private static LintResult failed() {
        return LintResult.failed("line-2", new NoteError("invalid-json", "line 2: malformed JSON at column 3: unexpected character", 2));
    }

    private static String write(ResultFormat format, boolean completed, LintResult... results) {
        StringWriter out = new StringWriter();
        ResultWriter w = format.create(out, TOOL);
        w.begin();
        long line = 1;
        for (LintResult r : results) {
            w.write(RecordOrigin.line("b.jsonl", line++), r);
        }
        w.finish(completed);
        return out.toString();
    }

    @Test
    void textIsCompilerStyleWithSourceCaretHelpAndSummary() {
        String out = write(ResultFormat.TEXT, true, result(), failed());
        assertThat(out.lines().toList()).containsExactly(
                // what is missing first: a rule failure must not hide among the findings
                "b.jsonl#n-1: error [r/boom] the rule failed on this note, its findings are missing: "
                        + "java.lang.IllegalStateException at X.y:1",
                "b.jsonl#n-1: error [plan/none] no plan",
                "b.jsonl#n-1:1:14: warning [vague/x] vague",
                "  S: Client is doing well.",
                "               ^~~~~~~~~~",
                "  help: Say what was observed.",
                "b.jsonl:2: error [invalid-json] line 2: malformed JSON at column 3: unexpected character",
                "",
                "1 note checked: 1 error, 1 warning, 0 info; 1 record could not be read; 1 rule failure.");
    }

    /** Issue 19 item 9: U+2028 and U+2029 passed into the text report, where pagers break the line. */
    @Test
    void lineAndParagraphSeparatorsPrintAsSpacesInTheTextReport() {
        String text = "S: Client\u2028is doing well.\u2029P: Continue.";
        LintResult r = new LintResult("n\u2028-1", List.of(new Finding("vague/x", Category.VAGUE_LANGUAGE, Severity.WARNING,
                "'doing\u2029well' is vague", new Span(13, 23), null, text.substring(13, 23), "Say\u2028what.")),
                List.of(), null, text);
        String out = write(ResultFormat.TEXT, true, r);
        assertThat(out).doesNotContain("\u2028").doesNotContain("\u2029");
        assertThat(out.lines().toList()).startsWith(
                "b.jsonl#n -1:1:14: warning [vague/x] 'doing well' is vague",
                "  S: Client is doing well. P: Continue.");
    }

    @Test
    void aNoteStoppedByTheWatchdogIsCountedFirstInTheTextSummaryAndTheHtmlBanner() {
        LintResult clean = new LintResult("c", List.of(), List.of(), null, "fine");
        LintResult stopped = LintResult.failed("s-1", new io.notelint.core.model.NoteError("time-budget",
                "line 3: not fully checked: rule r/slow used more than its CPU time budget of 200 ms", 3));
        String text = write(ResultFormat.TEXT, true, clean, stopped);
        assertThat(text.lines().toList()).last().isEqualTo("1 note stopped by the watchdog and not checked;"
                + " 1 note checked: no findings.");
        String html = write(ResultFormat.HTML, true, clean, stopped);
        assertThat(html).contains("1 note was stopped by the watchdog and not checked");
        assertThat(html.indexOf("stopped by the watchdog")).as("before the summary and the findings")
                .isLessThan(html.indexOf("<section id=\"findings\">"));
    }

    @Test
    void textSummaryWithoutFindingsAndWhenStoppedEarly() {
        LintResult clean = new LintResult("c", List.of(), List.of(), null, "fine");
        assertThat(write(ResultFormat.TEXT, true, clean, clean)).isEqualTo("2 notes checked: no findings.\n");
        assertThat(write(ResultFormat.TEXT, false, clean)).contains("stopped early");
    }

    @Test
    void caretHandlesLongLinesSurrogatesMultiLineAndEmptySpans() {
        String longLine = "x".repeat(200) + " target " + "y".repeat(200);
        LineIndex li = LineIndex.of(longLine);
        List<String> cut = SourceSnippet.render(longLine, li, new Span(201, 207));
        assertThat(cut.get(0)).startsWith("...").endsWith("...").contains("target");
        assertThat(cut.get(0).length()).isLessThanOrEqualTo(SourceSnippet.MAX_WIDTH + 6);
        assertThat(cut.get(0).indexOf("target")).isEqualTo(cut.get(1).indexOf('^'));
        assertThat(cut.get(1).strip()).isEqualTo("^~~~~~");

        String emoji = "I \uD83D\uDE00 feel fine";
        List<String> e = SourceSnippet.render(emoji, LineIndex.of(emoji), new Span(5, 9));
        assertThat(e.get(1)).isEqualTo("    ^~~~"); // the emoji is one column

        String two = "first line\r\nsecond";
        List<String> m = SourceSnippet.render(two, LineIndex.of(two), new Span(6, 15));
        assertThat(m).containsExactly("first line", "      ^~~~");

        List<String> empty = SourceSnippet.render(two, LineIndex.of(two), new Span(12, 12));
        assertThat(empty).containsExactly("second", "^");
    }

    @Test
    void theStreamedLineIsTheTreeSerialisedByteForByte() {
        String quoted = "S: \"quoted\" \\ tab\t é \u2028 😀\r\nP: x";
        LintResult special = new LintResult("n-\u00e9\"2", List.of(new Finding("vague/x", Category.VAGUE_LANGUAGE,
                Severity.INFO, "say \"what\"", new Span(3, 11), null, quoted.substring(3, 11), null)), List.of(),
                null, quoted);
        LintResult noText = new LintResult("n-3", List.of(span("vague/x", Severity.WARNING, 0, 4)), List.of(), null, null);
        LintResult clean = new LintResult("n-4", List.of(), List.of(), null, TEXT);
        for (LintResult r : List.of(result(), failed(), special, noText, clean)) {
            String tree = NoteJson.mapper().writeValueAsString(ResultJson.toTree(r));
            assertThat(ResultJson.toLine(r)).isEqualTo(tree);
            assertThat(write(ResultFormat.JSONL, true, r)).isEqualTo(tree + "\n");
        }
    }

    @Test
    void jsonlIsOneResultALineAndJsonOneArray() {
        String jsonl = write(ResultFormat.JSONL, true, result(), failed());
        List<String> lines = jsonl.lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = NoteJson.readTree(lines.get(0));
        assertThat(first.get("noteId").stringValue()).isEqualTo("n-1");
        assertThat(first.get("findings").get(1).get("span").get("column").intValue()).isEqualTo(14);
        assertThat(NoteJson.readTree(lines.get(1)).get("error").get("line").intValue()).isEqualTo(2);

        JsonNode array = NoteJson.readTree(write(ResultFormat.JSON, true, result(), failed()));
        assertThat(array.size()).isEqualTo(2);
        assertThat(array.get(0)).isEqualTo(first);
        assertThat(NoteJson.readTree(write(ResultFormat.JSON, true)).size()).isZero();
    }

    @Test
    void sarifCarriesLevelsRegionsAndNotificationsButNoText() {
        JsonNode log = NoteJson.readTree(write(ResultFormat.SARIF, true, result(), failed()));
        JsonNode run = log.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("version").stringValue()).isEqualTo("9.9");
        assertThat(run.get("results")).hasSize(2);
        assertThat(run.get("results").get(0).get("level").stringValue()).isEqualTo("error");
        JsonNode region = run.get("results").get(1).get("locations").get(0).get("physicalLocation").get("region");
        assertThat(region.get("startColumn").intValue()).isEqualTo(14);
        assertThat(region.get("endColumn").intValue()).isEqualTo(24);
        assertThat(run.get("invocations").get(0).get("toolExecutionNotifications")).hasSize(2);
        assertThat(log.toString()).doesNotContain("doing well");

        JsonNode stopped = NoteJson.readTree(write(ResultFormat.SARIF, false));
        assertThat(stopped.get("runs").get(0).get("invocations").get(0).get("executionSuccessful").booleanValue()).isFalse();
    }

    @Test
    void sarifRuleNamesArePascalCase() {
        assertThat(SarifResultWriter.pascalName("vague-language/vague-status")).isEqualTo("VagueStatus");
        assertThat(SarifResultWriter.level(Severity.INFO)).isEqualTo("note");
        assertThat(ResultFormat.parse("SARIF")).contains(ResultFormat.SARIF);
        assertThat(ResultFormat.parse("xml")).isEmpty();
    }
}
