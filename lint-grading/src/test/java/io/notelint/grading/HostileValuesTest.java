package io.notelint.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.RuleError;
import io.notelint.core.batch.RecordOrigin;
import io.notelint.output.CsvResultWriter;
import io.notelint.output.HtmlResultWriter;
import io.notelint.output.ResultWriter;
import io.notelint.output.ToolInfo;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.Span;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A value written to attack a reader of the reports (a script tag, quotes that would close an attribute, a
 * spreadsheet formula) in a note's id, student, text, assignment and findings: every HTML report shows it as
 * text and every CSV report defuses it, whichever field it came in by.
 */
class HostileValuesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String BREAKOUT = "\" onmouseover=\"alert(2)";
    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";
    private static final String HOSTILE = FORMULA + " " + SCRIPT + BREAKOUT + " 'q'";
    /** A tag with its attributes, values in double quotes (which may hold {@code >}). */
    private static final Pattern TAG = Pattern.compile("<!DOCTYPE html>|</?[a-z][a-z0-9]*((?:\\s+[a-z-]+(?:=\"[^\"]*\")?)*)\\s*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-z-]+)(?:=\"[^\"]*\")?");

    @Test
    void everyHtmlReportShowsHostileValuesAsText(@TempDir Path dir) throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("check report", checkReport(new HtmlResultWriter(new StringWriter(), tool(), 10)));
        Path reports = gradeTerm(dir);
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.put(reports.relativize(p).toString(), Files.readString(p));
            }
        }
        assertThat(pages).hasSizeGreaterThan(4); // note pages, student pages and the class report
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String html = page.getValue();
            assertThat(html).as(page.getKey()).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            // every tag is well formed and none got an attribute from the value (quotes in text are harmless)
            Matcher tag = TAG.matcher(html);
            while (tag.find()) {
                Matcher attribute = ATTRIBUTE.matcher(tag.group(1) == null ? "" : tag.group(1));
                while (attribute.find()) {
                    assertThat(attribute.group(1)).as(page.getKey() + ": " + tag.group()).doesNotStartWith("on");
                }
            }
            assertThat(TAG.matcher(html).replaceAll("")).as(page.getKey() + " without its tags").doesNotContainPattern("<[a-zA-Z/!]");
            // the only script is the check report's own filter, pinned by the page's CSP
            assertThat(html.split("<script", -1).length - 1).as(page.getKey() + ": script tags")
                    .isEqualTo(page.getKey().equals("check report") ? 1 : 0);
        }
        assertThat(pages.get("check report")).as("in an attribute, quotes are escaped")
                .contains("title=\"warning [r/x] " + FORMULA.replace("\"", "&#34;") + " &lt;script>alert(1)&lt;/script>&#34;");
    }

    @Test
    void everyCsvReportDefusesHostileValues(@TempDir Path dir) throws Exception {
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("check results", checkReport(new CsvResultWriter(new StringWriter())));
        Path reports = gradeTerm(dir);
        try (Stream<Path> files = Files.list(reports)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                sheets.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        assertThat(sheets).containsKeys("class-report.csv", "class-criteria.csv", "progress.csv",
                "gradebook-canvas.csv", "gradebook-moodle.csv");
        for (Map.Entry<String, String> sheet : sheets.entrySet()) {
            List<String> cells = cells(sheet.getValue());
            assertThat(cells).as(sheet.getKey()).allSatisfy(c -> assertThat(c).doesNotStartWith("=")
                    .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t")
                    .doesNotStartWith("\r"));
            if (!sheet.getKey().equals("class-criteria.csv")) { // criteria and rubric only: no note, student or title
                assertThat(cells).as(sheet.getKey() + " keeps the value, defused").anyMatch(c -> c.startsWith("'" + FORMULA));
            }
        }
    }

    /** A batch of two notes with the hostile value in every field a finding or a record has. */
    private static String checkReport(ResultWriter w) {
        Finding f = new Finding("r/x", Category.VAGUE_LANGUAGE, Severity.WARNING, HOSTILE, new Span(0, 5), HOSTILE, HOSTILE,
                HOSTILE);
        Finding whole = new Finding("r/y", Category.MISSING_PLAN, Severity.ERROR, HOSTILE, null, null, null, HOSTILE);
        StringWriter out = new StringWriter();
        ResultWriter writer = w instanceof HtmlResultWriter ? new HtmlResultWriter(out, tool(), 10) : new CsvResultWriter(out);
        writer.begin();
        writer.write(RecordOrigin.line(HOSTILE, 1), new LintResult(HOSTILE, List.of(f, whole),
                List.of(new RuleError("r/z", HOSTILE)), null, HOSTILE));
        writer.write(RecordOrigin.line(HOSTILE, 2), LintResult.failed(HOSTILE,
                new io.notelint.core.model.NoteError("invalid-json", HOSTILE, 2)));
        writer.finish(true);
        return out.toString();
    }

    private static ToolInfo tool() {
        return new ToolInfo("NoteLint", "test", null, List.of());
    }

    /** A term of three notes by a student named by the hostile value, graded into a report directory. */
    private static Path gradeTerm(Path dir) {
        Assignment assignment = Assignment.parse(AssignmentFileTest.VALID.replace("title: Maria, week 6",
                "title: '" + HOSTILE.replace("'", "''") + "'"), "a.yaml", false);
        Grader grader = Grader.builder().assignment(assignment).linter(TestRules.linter()).build();
        ReportDirectory reports = new ReportDirectory(dir.resolve("reports"), grader.rubric(), assignment);
        String text = GraderTest.FLAWED + "\n" + HOSTILE;
        reports.add(grader.grade(TermReportTest.note(HOSTILE, HOSTILE, "case-maria", "2026-02-01", text)));
        reports.add(grader.grade(TermReportTest.note(HOSTILE + "2", HOSTILE, "case-maria", "2026-02-08", GraderTest.CLEAN)));
        reports.add(grader.grade(TermReportTest.note("n3", HOSTILE, "no-such-" + HOSTILE, "2026-02-09", GraderTest.CLEAN)));
        reports.finish();
        return reports.dir();
    }

    private static List<String> cells(String csv) throws Exception {
        List<String> out = new ArrayList<>();
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        try (MappingIterator<List<String>> rows = mapper.readerFor(List.class).with(CsvSchema.emptySchema()).readValues(csv)) {
            rows.forEachRemaining(out::addAll);
        }
        return out;
    }
}
