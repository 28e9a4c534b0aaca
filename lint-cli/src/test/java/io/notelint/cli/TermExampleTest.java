package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * examples/grading/term as its README describes it: one command grades three assignments of five students
 * and writes each student's progress page, progress.csv, and gradebook files that match, column by column,
 * the import formats Canvas and Moodle document (docs/grading.md cites them).
 */
class TermExampleTest {

    /** Canvas: the identifying columns, in the order of Canvas's own gradebook export, then one per assignment. */
    private static final List<String> CANVAS_ID_COLUMNS = List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section");
    private static final List<String> ASSIGNMENTS = List.of("anxiety-w2", "depression-w6", "alcohol-w10"); // in time order
    private static final List<String> STUDENTS = List.of("ana", "ben", "chloe", "dev", "eli");

    @TempDir
    static Path out;

    private static Cli.Run run;
    private static Map<String, JsonNode> grades;

    @BeforeAll
    static void gradeTheTerm() {
        Path term = root().resolve("examples/grading/term");
        run = Cli.run("grade", "--format", "jsonl",
                "--output-dir", out.toString(), term.resolve("notes").toString());
        grades = new HashMap<>();
        run.out().lines().map(NoteJson::readTree)
                .forEach(g -> grades.put(g.get("studentId").stringValue() + "/" + g.get("assignment").get("id").stringValue(), g));
    }

    @Test
    void everyNoteIsGradedAndTheCriticalOnesFail() {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(grades).hasSize(15);
        for (String s : STUDENTS) {
            for (String a : ASSIGNMENTS) {
                JsonNode g = grades.get(s + "/" + a);
                boolean critical = s.equals("chloe") && a.equals("depression-w6") || s.equals("dev") && a.equals("anxiety-w2");
                assertThat(g.get("outcome").stringValue()).as(s + "/" + a).isEqualTo(critical ? "not passed" : "passed");
                if (critical) {
                    assertThat(g.get("score").intValue()).as("above the pass mark, failed anyway").isGreaterThanOrEqualTo(70);
                }
            }
        }
        assertThat(grades.get("chloe/depression-w6").get("failedCritical").get(0).get("id").stringValue()).isEqualTo("risk");
        assertThat(grades.get("dev/anxiety-w2").get("failedCritical").get(0).get("id").stringValue()).isEqualTo("plan");
    }

    @Test
    void eachStudentHasAProgressPage() throws Exception {
        for (String s : STUDENTS) {
            assertThat(out.resolve("students/" + s + ".html")).exists();
        }
        String dev = Files.readString(out.resolve("students/dev.html"));
        assertThat(dev).contains("<h2>Scores over time</h2>").contains("A plan with a next contact</strong>: 14 / 14 in the"
                + " latest note, up from 0 / 14 in anxiety-w2-dev");
        String eli = Files.readString(out.resolve("students/eli.html"));
        assertThat(eli).contains("stigmatizing-language</span>").contains("3 of 3").contains("yes: still to work on");
        String ben = Files.readString(out.resolve("students/ben.html"));
        assertThat(ben).contains("vague-language</span>").contains("2 of 3").contains("no: gone by the latest note");
        List<List<String>> progress = csv(out.resolve("progress.csv"));
        assertThat(progress.get(0)).containsExactly("studentId", "sessionDate", "assignmentId", "noteId", "score",
                "maxScore", "percent", "passed", "outcome", "reason");
        assertThat(progress).hasSize(16);
        String report = Files.readString(out.resolve("class-report.html"));
        assertThat(report).contains("<h2>By assignment</h2>").contains("<h2>Most common findings across the class</h2>")
                .contains("href=\"students/chloe.html\"");
    }

    @Test
    void theCanvasFileMatchesCanvasImportFormatColumnByColumn() throws Exception {
        Path file = out.resolve("gradebook-canvas.csv");
        assertUtf8WithoutBom(file);
        List<List<String>> rows = csv(file);
        List<String> header = rows.get(0);
        assertThat(header.subList(0, 5)).containsExactlyElementsOf(CANVAS_ID_COLUMNS);
        assertThat(header.subList(5, header.size())).containsExactlyElementsOf(ASSIGNMENTS);
        List<String> points = rows.get(1);
        assertThat(points.get(0)).isEqualTo("    Points Possible"); // the row Canvas's own export writes under the header
        assertThat(points.subList(1, 5)).containsOnly("");
        assertThat(points.subList(5, points.size())).containsOnly("100");
        assertThat(rows).hasSize(2 + STUDENTS.size());
        for (int r = 2; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            assertThat(row).hasSize(header.size());
            String student = STUDENTS.get(r - 2);
            assertThat(row.get(0)).as("Student (shown in the preview)").isEqualTo(student);
            assertThat(row.get(1)).as("ID (Canvas's own user id: unknown to us)").isEmpty();
            assertThat(row.get(2)).as("SIS User ID").isEmpty();
            assertThat(row.get(3)).as("SIS Login ID: what Canvas matches on").isEqualTo(student);
            assertThat(row.get(4)).as("Section").isEmpty();
            for (int c = 5; c < row.size(); c++) {
                assertThat(row.get(c)).as(student + " " + header.get(c)).isEqualTo(expectedCell(student, header.get(c)));
            }
        }
    }

    @Test
    void theMoodleFileMatchesMoodleImportFormatColumnByColumn() throws Exception {
        Path file = out.resolve("gradebook-moodle.csv");
        assertUtf8WithoutBom(file);
        List<List<String>> rows = csv(file);
        List<String> header = rows.get(0);
        assertThat(header.get(0)).as("the identifying column, named as Moodle's export names it").isEqualTo("Username");
        assertThat(header.subList(1, header.size())).containsExactlyElementsOf(ASSIGNMENTS);
        assertThat(rows).hasSize(1 + STUDENTS.size());
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            assertThat(row).hasSize(header.size());
            String student = STUDENTS.get(r - 1);
            assertThat(row.get(0)).isEqualTo(student);
            for (int c = 1; c < row.size(); c++) {
                assertThat(row.get(c)).as(student + " " + header.get(c)).isEqualTo(expectedCell(student, header.get(c)));
            }
        }
    }

    /**
     * The gradebook cell for a student's assignment from the grade itself: the score, or one point below the
     * pass mark when a critical criterion failed; a whole number of points, never more than the maximum.
     */
    private static String expectedCell(String student, String assignment) {
        JsonNode g = grades.get(student + "/" + assignment);
        int score = g.get("score").intValue();
        boolean criticalFail = g.has("failedCritical") && !g.get("failedCritical").isEmpty();
        int cell = criticalFail ? Math.min(score, g.get("passMark").intValue() - 1) : score;
        assertThat(cell).isBetween(0, g.get("maxScore").intValue());
        return String.valueOf(cell);
    }

    private static void assertUtf8WithoutBom(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).isGreaterThan(3);
        assertThat(bytes[0]).as("no byte-order mark").isNotEqualTo((byte) 0xEF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    }

    /** RFC 4180 CSV: quoted cells, doubled quotes, CRLF or LF line ends. */
    static List<List<String>> csv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        assertThat(quoted).as("an unclosed quote").isFalse();
        assertThat(row).as("the file ends with a line break").isEmpty();
        return rows;
    }

    private static Path root() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("examples/grading/term/notes"))) {
                return d;
            }
        }
        throw new IllegalStateException("examples/grading/term not found");
    }
}
