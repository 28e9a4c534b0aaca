package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.cli.testrules.FlagWordRule;
import io.notelint.core.json.NoteJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code notelint grade} with the CLI test rules only, so the expected scores do not move with the pack. */
class GradeCommandTest {

    private static final String CLEAN = "S: Client reports sleeping 7 hours.\nP: Next session 12/4.";

    @TempDir
    Path dir;
    private Path config;

    @BeforeEach
    void isolate() throws IOException {
        config = TestConfigs.onlyTestRules(dir);
    }

    private Cli.Run grade(String... args) {
        List<String> all = new ArrayList<>(List.of("grade", "--config", config.toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private static String note(String id, String student, String text) {
        var node = NoteJson.mapper().createObjectNode().put("id", id).put("text", text);
        if (student != null) {
            node.set("fields", NoteJson.mapper().createObjectNode().put("studentId", student).put("learner", "L-" + student));
        }
        return node.toString();
    }

    private Path classDir() throws IOException {
        Notes.write(dir, "class/batch.jsonl", List.of(
                note("n1", "ben", CLEAN),
                note("n2", "cleo", "S: Client was zorblat and zorblat.\nNOPLANHERE"),
                note("n3", null, CLEAN)));
        Files.writeString(dir.resolve("class/ana-lopez.txt"), "S: Client seemed zorblat.\nP: Next session 3/2.");
        return dir.resolve("class");
    }

    @Test
    void jsonlScoresEveryNoteWithTheStudentFromTheFieldOrTheFileName() throws IOException {
        Cli.Run run = grade("--format", "jsonl", classDir().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> lines = run.out().lines().map(NoteJson::readTree).toList();
        // a directory is read in sorted path order: ana-lopez.txt, then batch.jsonl
        assertThat(lines).extracting(j -> j.get("noteId").stringValue()).containsExactly("ana-lopez.txt", "n1", "n2", "n3");
        assertThat(lines).extracting(j -> j.get("studentId").stringValue()).containsExactly("ana-lopez", "ben", "cleo", "batch");
        // default rubric: a vague finding costs 3 of 12, a missing plan all 14 of the plan criterion
        assertThat(lines).extracting(j -> j.get("score").intValue()).containsExactly(97, 100, 80, 100);
        JsonNode cleo = lines.get(2);
        assertThat(cleo.get("maxScore").intValue()).isEqualTo(100);
        assertThat(cleo.get("rubric").get("id").stringValue()).isEqualTo("notelint-default");
        assertThat(cleo.get("rubric").get("version").stringValue()).isEqualTo("1.0");
        JsonNode specific = cleo.get("criteria").get(0);
        assertThat(specific.get("id").stringValue()).isEqualTo("specific-language");
        assertThat(specific.get("score").intValue()).isEqualTo(6);
        assertThat(specific.get("findings")).hasSize(2);
        assertThat(specific.get("findings").get(0).get("ruleId").stringValue()).isEqualTo(FlagWordRule.ID);
    }

    @Test
    void theStudentFieldCanBeChosen() throws IOException {
        Cli.Run run = grade("--format", "jsonl", "--student-field", "learner", classDir().resolve("batch.jsonl").toString());
        assertThat(run.out().lines().map(NoteJson::readTree).map(j -> j.get("studentId").stringValue()))
                .containsExactly("L-ben", "L-cleo", "batch");
    }

    @Test
    void textAndJsonFormats() throws IOException {
        Path in = classDir().resolve("batch.jsonl");
        Cli.Run text = grade(in.toString());
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains(in + "#n2 (student cleo): 80/100 (80%), rubric notelint-default 1.0")
                .contains("Specific, observable language -- Lost 6 of 12 points: 2 findings of vague-language at 3 points each.")
                .contains("1:15: 'zorblat' is the test word")
                .endsWith("3 of 3 notes graded, mean 93.3%, 2 passed (rubric notelint-default 1.0).\n");
        Cli.Run json = grade("--format", "json", in.toString());
        JsonNode array = NoteJson.readTree(json.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(3);
    }

    @Test
    void anEmptyInputIsAnEmptyJsonArray() throws IOException {
        Path empty = Notes.write(dir, "empty.jsonl", List.of());
        Files.writeString(empty, "");
        Cli.Run run = grade("--format", "json", empty.toString());
        assertThat(NoteJson.readTree(run.out()).isEmpty()).as("still well-formed output").isTrue();
        // nothing was graded: said, and not a pass
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no notes were read");
    }

    @Test
    void outputDirHoldsAPagePerNoteAndTheClassReportsAndIsTheSameEveryRun() throws IOException {
        Path in = classDir();
        Path out1 = dir.resolve("out1");
        Path out2 = dir.resolve("out2");
        Cli.Run run = grade("--format", "jsonl", "--output-dir", out1.toString(), in.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("class report in " + out1.resolve("class-report.html"));
        grade("--format", "jsonl", "--threads", "1", "--output-dir", out2.toString(), in.toString());
        List<String> files = list(out1);
        assertThat(files).containsExactly("class-criteria.csv", "class-report.csv", "class-report.html",
                "gradebook-canvas.csv", "gradebook-moodle.csv",
                "notes/ana-lopez--ana-lopez.txt.html", "notes/batch--n3.html", "notes/ben--n1.html", "notes/cleo--n2.html",
                "progress.csv", "students/ana-lopez.html", "students/batch.html", "students/ben.html", "students/cleo.html");
        for (String f : files) {
            assertThat(Files.readAllBytes(out2.resolve(f))).as(f).isEqualTo(Files.readAllBytes(out1.resolve(f)));
        }
        String page = Files.readString(out1.resolve("notes/cleo--n2.html"));
        assertThat(page).contains("<mark class=\"c-vague-language\"").contains("notelint-default</code> version 1.0")
                .contains("href=\"../class-report.html\"").doesNotContain("<script");
        String report = Files.readString(out1.resolve("class-report.html"));
        assertThat(report).contains("href=\"notes/cleo--n2.html\"").contains("Criteria most often missed");
        List<String> csv = Files.readAllLines(out1.resolve("class-report.csv"));
        assertThat(csv.get(0)).startsWith("studentId,noteId,score,maxScore,percent,rubricId,rubricVersion");
        assertThat(csv).hasSize(5).anyMatch(l -> l.startsWith("cleo,n2,80,100,80.0,notelint-default,1.0,"));
    }

    @Test
    void aTermGradesEachNoteAgainstTheAssignmentItNamesAndWritesTheGradebooks() throws IOException {
        String assignment = "id: %s\nversion: \"1\"\ntitle: %s\nrequirements:\n  - id: %s\n    title: Sleep hours\n"
                + "    weight: 5\n    phrases: [sleeping]\n    why: w\n    fix: f\n";
        Files.writeString(dir.resolve("w1.yaml"), assignment.formatted("w1", "Week 1", "sleep"));
        Files.writeString(dir.resolve("w2.yaml"), assignment.formatted("w2", "Week 2, follow-up", "sleep-again"));
        Notes.write(dir, "term.jsonl", List.of(
                termNote("a1", "ana", "w1", "2026-02-01", CLEAN),
                termNote("a2", "ana", "w2", "2026-02-08", "S: Client seemed zorblat.\nP: Next session 2/15."),
                termNote("b1", "ben", "w1", "2026-02-01", CLEAN),
                termNote("b2", "ben", "w3", "2026-02-08", CLEAN)));
        Path out = dir.resolve("out");
        Cli.Run run = grade("--format", "jsonl", "--assignment", dir.resolve("w1.yaml").toString(), "--assignment",
                dir.resolve("w2.yaml").toString(), "--canvas-id", "sis-user", "--moodle-id", "email", "--output-dir",
                out.toString(), dir.resolve("term.jsonl").toString());
        assertThat(run.exit()).as("ben's note names an assignment that was not given").isEqualTo(1);
        List<JsonNode> grades = run.out().lines().map(NoteJson::readTree).toList();
        assertThat(grades.get(0).get("maxScore").intValue()).isEqualTo(105);
        assertThat(grades.get(1).get("criteria").get(10).get("id").stringValue()).isEqualTo("sleep-again");
        assertThat(grades.get(3).get("error").get("code").stringValue()).isEqualTo("wrong-assignment");
        assertThat(Files.readString(out.resolve("gradebook-canvas.csv"))).isEqualTo(
                "Student,ID,SIS User ID,SIS Login ID,Section,Week 1,\"Week 2, follow-up\",w3\r\n"
                        + "    Points Possible,,,,,105,105,\r\n"
                        + "ana,,ana,,,105," + grades.get(1).get("score").intValue() + ",\r\n"
                        + "ben,,ben,,,105,,\r\n");
        assertThat(Files.readString(out.resolve("gradebook-moodle.csv"))).startsWith("Email address,Week 1,");
        assertThat(out.resolve("students/ana.html")).exists();
        assertThat(grade("--canvas-id", "email", CLEAN).err()).contains("--canvas-id: expected sis-login, sis-user or canvas");
    }

    private static String termNote(String id, String student, String assignment, String date, String text) {
        var fields = NoteJson.mapper().createObjectNode().put("studentId", student).put("assignment", assignment)
                .put("sessionDate", date);
        var node = NoteJson.mapper().createObjectNode().put("id", id).put("text", text);
        node.set("fields", fields);
        return node.toString();
    }

    private static List<String> list(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void aRubricWithMistakesIsRefusedWithFileLineAndKey() throws IOException {
        Path rubric = dir.resolve("rubric.yaml");
        Files.writeString(rubric, """
                id: r
                version: "1"
                title: R
                criteria:
                  - id: a
                    title: A
                    weight: 5
                    deductions: [{category: vague-langage, points: 2}]
                    why: w
                """);
        Cli.Run run = grade("--rubric", rubric.toString(), classDir().toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(rubric + ":8:").contains("criteria[0].deductions[0].category")
                .contains("did you mean 'vague-language'").contains(rubric + ":5:").contains("criteria[0].fix");
    }

    @Test
    void anAssignmentAddsCriteria() throws IOException {
        Path assignment = dir.resolve("case.yaml");
        Files.writeString(assignment, """
                id: case-1
                version: "2"
                title: Case 1
                requirements:
                  - id: next-session
                    title: Next session booked
                    weight: 5
                    phrases: [next session]
                    why: Continuity of care.
                    fix: Book the next session.
                """);
        Cli.Run run = grade("--format", "jsonl", "--assignment", assignment.toString(), classDir().toString());
        List<JsonNode> lines = run.out().lines().map(NoteJson::readTree).toList();
        assertThat(lines).extracting(j -> j.get("maxScore").intValue()).containsOnly(105);
        assertThat(lines).extracting(j -> j.get("score").intValue()).containsExactly(102, 105, 80, 105);
        assertThat(lines.get(0).get("assignment").get("version").stringValue()).isEqualTo("2");
        JsonNode req = lines.get(2).get("criteria").get(10);
        assertThat(req.get("id").stringValue()).isEqualTo("next-session");
        assertThat(req.get("source").stringValue()).isEqualTo("assignment");
        assertThat(req.get("summary").stringValue()).isEqualTo("Not met (the note does not show it): lost 5 points.");
    }

    @Test
    void aBadRecordIsAnErrorLineAndExitOne() throws IOException {
        Path in = dir.resolve("bad.jsonl");
        Files.writeString(in, note("ok", "s", CLEAN) + "\n{not json\n", StandardCharsets.UTF_8);
        Cli.Run run = grade("--format", "jsonl", in.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.FOUND);
        List<JsonNode> lines = run.out().lines().map(NoteJson::readTree).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).get("error").get("code").stringValue()).isNotBlank();
        assertThat(lines.get(1).has("criteria")).isFalse();
    }

    @Test
    void aProfileIsAppliedAsForCheck() throws IOException {
        Cli.Run run = grade("--profile", "training", "--format", "jsonl", classDir().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(4);
    }

    @Test
    void usageErrors() throws IOException {
        assertThat(grade("--format", "sarif", classDir().toString()).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(grade(dir.resolve("missing.jsonl").toString()).err()).contains("no such file");
        assertThat(grade("--rubric", dir.resolve("nope.yaml").toString(), classDir().toString()).err())
                .contains("nope.yaml").contains("cannot read");
        Cli.Run badProfile = grade("--profile", "no-such-profile", classDir().toString());
        assertThat(badProfile.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badProfile.err()).contains("no-such-profile");
    }
}
