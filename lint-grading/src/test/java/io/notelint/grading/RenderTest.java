package io.notelint.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages render in a real browser: headless Chromium takes a screenshot of a note page and a class
 * report. Skipped where Chromium is not installed on a developer's machine; CI installs it (.ci/run).
 */
class RenderTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void notePageAndClassReportRenderInHeadlessChromium(@TempDir Path dir) throws Exception {
        Path chromium = HeadlessChromium.find();
        // CI installs chromium (.ci/run), so there a missing browser is a failure, not a silent skip
        assertThat(chromium != null || System.getenv("CI") == null).as("chromium on the PATH in CI").isTrue();
        Assumptions.assumeTrue(chromium != null, "chromium is not installed");
        Assignment assignment = Assignment.parse(AssignmentFileTest.VALID, "case.yaml", false);
        Grader grader = Grader.builder().assignment(assignment).linter(TestRules.linter()).build();
        List<Grade> grades = List.of(grade(grader, "n1", "s1", GraderTest.FLAWED + "\n" + ReportsTest.HOSTILE),
                grade(grader, "n2", "s2", GraderTest.CLEAN));
        Files.createDirectories(dir.resolve("notes"));
        Path page = dir.resolve("notes/n1.html");
        Files.writeString(page, new NotePage(grader.rubric(), assignment).render(grades.get(0), "../class-report.html"),
                StandardCharsets.UTF_8);
        Path report = dir.resolve("class-report.html");
        Files.writeString(report, new ClassReport(grader.rubric(), assignment, grades).html(g -> "notes/" + g.noteId() + ".html"),
                StandardCharsets.UTF_8);

        for (Path html : List.of(page, report)) {
            Path png = dir.resolve(html.getFileName() + ".png");
            HeadlessChromium.screenshot(chromium, html, png, dir);
            assertThat(png).as("screenshot of " + html.getFileName()).exists();
            byte[] bytes = Files.readAllBytes(png);
            assertThat(Arrays.copyOf(bytes, 8)).as("PNG signature").isEqualTo(PNG);
            // a blank 1200x1600 page compresses to a few KB; text, tables and highlights take far more
            assertThat(bytes.length).as("screenshot size").isGreaterThan(10_000);
        }
    }

    private static Grade grade(Grader grader, String id, String student, String text) {
        Note note = NoteJson.parseNote(NoteJson.mapper().createObjectNode().put("id", id).put("text", text)
                .set("fields", NoteJson.mapper().createObjectNode().put("studentId", student)).toString(), id);
        return grader.grade(note);
    }
}
