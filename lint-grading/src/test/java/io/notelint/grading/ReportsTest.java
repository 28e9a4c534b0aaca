package io.notelint.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteError;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.Span;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** JSON, text, note pages and the class report: shape, escaping, self-containment and determinism. */
class ReportsTest {

    private static final Assignment ASSIGNMENT = Assignment.parse(AssignmentFileTest.VALID, "case.yaml", false);
    private static final Rubric RUBRIC = Rubric.defaultRubric();
    private static final Grader GRADER = Grader.builder().assignment(ASSIGNMENT).linter(TestRules.linter()).build();

    static final String HOSTILE = "S: Client said \"<script>alert('x')</script>\" & was doing well; <img src=x onerror=1>\n"
            + "A: noncompliant. </div></body>\u0007\n";

    private static Note note(String id, String student, String text) {
        return NoteJson.parseNote(NoteJson.mapper().createObjectNode().put("id", id).put("text", text)
                .set("fields", NoteJson.mapper().createObjectNode().put("studentId", student)).toString(), id);
    }

    @Test
    void jsonHasTheDocumentedShape() {
        Grade g = GRADER.grade(note("n1", "s1", GraderTest.FLAWED));
        JsonNode j = NoteJson.readTree(GradeJson.toLine(g));
        assertThat(j.get("noteId").stringValue()).isEqualTo("n1");
        assertThat(j.get("studentId").stringValue()).isEqualTo("s1");
        assertThat(j.get("score").intValue()).isEqualTo(g.score());
        assertThat(j.get("maxScore").intValue()).isEqualTo(109);
        assertThat(j.get("rubric").get("id").stringValue()).isEqualTo("notelint-default");
        assertThat(j.get("rubric").get("version").stringValue()).isEqualTo(RUBRIC.version());
        assertThat(j.get("assignment").get("id").stringValue()).isEqualTo("case-maria");
        JsonNode specific = j.get("criteria").get(0);
        assertThat(specific.get("id").stringValue()).isEqualTo("specific-language");
        assertThat(specific.get("max").intValue()).isEqualTo(12);
        assertThat(specific.get("findings")).hasSize(4);
        assertThat(specific.get("findings").get(0).get("ruleId").stringValue()).isEqualTo(TestRules.VAGUE);
        assertThat(specific.get("findings").get(0).get("span").get("line").intValue()).isEqualTo(1);
        assertThat(specific.get("losses").get(0).get("lost").intValue()).isEqualTo(12);
        int sum = 0;
        for (JsonNode c : j.get("criteria")) {
            sum += c.get("score").intValue();
        }
        assertThat(sum).isEqualTo(g.score());
    }

    @Test
    void aRecordThatCouldNotBeReadHasAnErrorAndNoCriteria() {
        Grade g = GRADER.failed("line-3", null, new NoteError("invalid-json", "line 3: not valid JSON", 3));
        JsonNode j = NoteJson.readTree(GradeJson.toLine(g));
        assertThat(j.get("studentId").isNull()).isTrue();
        assertThat(j.get("error").get("code").stringValue()).isEqualTo("invalid-json");
        assertThat(j.has("criteria")).isFalse();
        assertThat(new NotePage(RUBRIC, ASSIGNMENT).render(g, null)).contains("Not graded: ");
        assertThat(GradeText.render(g, "x.jsonl#line-3")).contains("not graded");
    }

    @Test
    void textNamesEachLostCriterionWithItsFindings() {
        String text = GradeText.render(GRADER.grade(note("n1", "s1", GraderTest.FLAWED)), "batch.jsonl#n1");
        assertThat(text).startsWith("batch.jsonl#n1 (student s1): ").contains("rubric notelint-default " + RUBRIC.version())
                .contains("Specific, observable language -- Lost 12 of 12 points")
                .contains("1:14: 'doing well' was found").contains("how to fix: ");
    }

    @Test
    void thePageEscapesAllNoteTextAndLoadsNothing() {
        Grade g = GRADER.grade(note("n<1>", "s\"1", HOSTILE));
        String html = new NotePage(RUBRIC, ASSIGNMENT).render(g, "../class-report.html");
        assertSelfContained(html);
        // jte escapes by where a value goes: < > & in text (quotes need no escape there), and quotes too in attributes
        assertThat(html).contains("&lt;script&gt;alert('x')&lt;/script&gt;").contains("&lt;img src=x onerror=1&gt;")
                .contains("&lt;/div&gt;&lt;/body&gt;").contains("n&lt;1&gt;").contains("<h1>s\"1 &middot; note n&lt;1&gt;</h1>")
                .doesNotContain("\u0007");
        // every finding is highlighted in place and listed with why and how
        assertThat(html).contains("<mark class=\"c-vague-language\"").contains("<mark class=\"c-stigmatizing-language\"")
                .contains("id=\"f1\"").contains("Why it matters:").contains("How to fix:");
        // the rubric table names the rubric and assignment with their versions
        assertThat(html).contains("notelint-default</code> version " + RUBRIC.version()).contains("case-maria</code> version 1");
    }

    @Test
    void overlappingSpansAreCutAtEveryBoundary() {
        String text = "abcdefghij";
        Finding a = new Finding("vague-language/x", Category.VAGUE_LANGUAGE, Severity.WARNING, "A", new Span(1, 6), null,
                "bcdef", null);
        Finding b = new Finding("stigmatizing-language/y", Category.STIGMATIZING_LANGUAGE, Severity.WARNING, "B",
                new Span(4, 8), null, "efgh", null);
        String out = NotePage.highlight(text, List.of(a, b), Map.of(a, 1, b, 2), List.of(new Span(8, 10)));
        assertThat(out.replaceAll("<[^>]+>", "").replaceAll("[12]", "")).isEqualTo(text);
        assertThat(out).contains("<mark class=\"c-vague-language\" title=\"[1] A\">bcd</mark>")
                .contains("<mark class=\"multi\" title=\"[1] A | [2] B\">ef</mark><a class=\"ref\" href=\"#f1\">1</a>")
                .contains("<mark class=\"c-stigmatizing-language\" title=\"[2] B\">gh</mark><a class=\"ref\" href=\"#f2\">2</a>")
                .contains("<mark class=\"ev\" title=\"Required by the assignment: found\">ij</mark>");
    }

    @Test
    void theClassReportSummarisesTheClass() {
        List<Grade> grades = List.of(
                GRADER.grade(note("a1", "ana", GraderTest.CLEAN)),
                GRADER.grade(note("b1", "ben", GraderTest.FLAWED)),
                GRADER.grade(note("a2", "ana", GraderTest.FLAWED.replace("noncompliant", "late"))),
                GRADER.failed("line-4", null, new NoteError("invalid-json", "line 4: not valid JSON", 4)));
        ClassReport report = new ClassReport(RUBRIC, ASSIGNMENT, grades);
        assertThat(report.students()).extracting(ClassReport.StudentSummary::studentId).containsExactly("ana", "ben");
        assertThat(report.distribution()).extracting(ClassReport.Band::count).containsExactly(1, 0, 0, 0, 2, 0);
        ClassReport.CriterionStats top = report.criteria().get(0);
        assertThat(top.notesLosing()).isEqualTo(2);
        assertThat(report.criteria()).extracting(ClassReport.CriterionStats::id).endsWith("succinct", "treatment-plan",
                "record-complete");

        String html = report.html(g -> "notes/" + g.noteId() + ".html");
        assertSelfContained(html);
        assertThat(html).contains("Score distribution").contains("Criteria most often missed").contains("<a href=\"notes/a2.html\">")
                .contains("Records not graded").contains("notelint-default</code> version");

        String[] rows = report.csv().split("\r\n");
        assertThat(rows).hasSize(5);
        assertThat(rows[0]).startsWith("studentId,noteId,score,maxScore,percent,rubricId,rubricVersion,assignmentId,"
                + "assignmentVersion,specific-language,person-first,").endsWith(",phq9,safety-plan,passed,failedCritical,error");
        assertThat(rows[1]).startsWith("ana,a1,109,109,100.0,notelint-default,");
        assertThat(rows[1]).endsWith(",true,,");
        assertThat(rows[4]).startsWith(",line-4,,109,,").endsWith(",,,line 4: not valid JSON"); // not graded: neither passed nor failed
        String[] criteria = report.criteriaCsv().split("\r\n");
        assertThat(criteria[0]).isEqualTo("criterionId,title,max,notesLosingPoints,notesGraded,meanScore,pointsLost,"
                + "rubricId,rubricVersion,assignmentId,assignmentVersion");
        assertThat(criteria).hasSize(1 + RUBRIC.criteria().size() + ASSIGNMENT.requirements().size());
        assertThat(criteria[1]).endsWith(",notelint-default," + RUBRIC.version() + ",case-maria,1");
    }

    @Test
    void csvCellsCannotRunAsFormulas() {
        assertThat(io.notelint.output.CsvSheet.defuse("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(io.notelint.output.CsvSheet.defuse("@SUM(1)")).startsWith("'");
        assertThat(io.notelint.output.CsvSheet.defuse("s-1")).isEqualTo("s-1");
        Grade g = GRADER.grade(note("n", "=cmd|' /C calc'!A0", GraderTest.CLEAN));
        assertThat(new ClassReport(RUBRIC, null, List.of(g)).csv()).contains("\r\n'=cmd|' /C calc'!A0,n,");
    }

    @Test
    void sameInputGivesByteIdenticalOutput() {
        List<Note> notes = List.of(note("a", "s1", GraderTest.FLAWED), note("b", "s2", HOSTILE), note("c", "s1", GraderTest.CLEAN));
        Grader other = Grader.builder().assignment(Assignment.parse(AssignmentFileTest.VALID, "case.yaml", false))
                .linter(TestRules.linter()).build();
        List<Grade> first = notes.stream().map(GRADER::grade).toList();
        List<Grade> second = notes.stream().map(other::grade).toList();
        NotePage page = new NotePage(RUBRIC, ASSIGNMENT);
        for (int i = 0; i < notes.size(); i++) {
            assertThat(GradeJson.toLine(second.get(i))).isEqualTo(GradeJson.toLine(first.get(i)));
            assertThat(page.render(second.get(i), "x.html")).isEqualTo(page.render(first.get(i), "x.html"));
        }
        assertThat(new ClassReport(RUBRIC, ASSIGNMENT, second).html(g -> g.noteId()))
                .isEqualTo(new ClassReport(RUBRIC, ASSIGNMENT, first).html(g -> g.noteId()));
        assertThat(new ClassReport(RUBRIC, ASSIGNMENT, second).csv()).isEqualTo(new ClassReport(RUBRIC, ASSIGNMENT, first).csv());
    }

    private static final Pattern EXTERNAL = Pattern.compile("(?i)(<script|<link|<img|<iframe|<object|@import|url\\(|src=\"|https?://)");

    static void assertSelfContained(String html) {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").endsWith("</html>\n");
        // nothing outside the page is loaded: no scripts, links, images, imports or absolute URLs
        assertThat(EXTERNAL.matcher(html.replaceAll("&lt;[^&]*&gt;", "")).find()).as("external resource").isFalse();
    }
}
