package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.cli.testrules.FlagWordRule;
import io.notelint.cli.testrules.NoteFlagRule;
import io.notelint.cli.testrules.ThrowingRule;
import io.notelint.core.json.NoteJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class CheckCommandTest {

    private static final String CLEAN = "S: Client reports sleeping 7 hours.\nP: Next session 12/4.";

    @TempDir
    Path dir;
    private Path config;

    @BeforeEach
    void isolate() throws IOException {
        config = TestConfigs.onlyTestRules(dir);
    }

    private Cli.Run check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--config", config.toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private static List<JsonNode> jsonLines(String out) {
        return out.lines().map(NoteJson::readTree).toList();
    }

    @Test
    void textShowsFileNoteLineColumnSourceAndCaret() throws IOException {
        Path in = Notes.write(dir, "notes.jsonl", List.of(
                Notes.line("n-1042", "S: Client reports sleep 7h.\nO: Client was zorblat today."),
                Notes.line("n-2", "NOPLANHERE")));
        Cli.Run run = check(in.toString());

        List<String> lines = run.out().lines().toList();
        String label = in + "#n-1042";
        int at = lines.indexOf(label + ":2:15: warning [" + FlagWordRule.ID + "] 'zorblat' is the test word");
        assertThat(at).as(run.out()).isGreaterThanOrEqualTo(0);
        assertThat(lines.get(at + 1)).isEqualTo("  O: Client was zorblat today.");
        assertThat(lines.get(at + 2)).isEqualTo("  " + " ".repeat(14) + "^~~~~~~");
        assertThat(lines.get(at + 3)).isEqualTo("  help: Say what you mean instead of zorblat.");
        assertThat(lines).contains(in + "#n-2: error [" + NoteFlagRule.ID + "] the note carries the note-level test marker");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("2 notes checked: 1 error, 1 warning, 0 info.");
        assertThat(run.exit()).isEqualTo(ExitCodes.FOUND);
    }

    @Test
    void textNoteIsTheFileItselfSoPositionsAreTheFiles() throws IOException {
        Path txt = dir.resolve("visits").resolve("a.txt");
        Files.createDirectories(txt.getParent());
        Files.writeString(txt, "S: Fine.\n\tzorblat\n", StandardCharsets.UTF_8);
        Cli.Run run = check(dir.resolve("visits").toString());

        List<String> lines = run.out().lines().toList();
        int at = lines.indexOf(dir.resolve("visits") + "/a.txt:2:2: warning [" + FlagWordRule.ID + "] 'zorblat' is the test word");
        assertThat(at).as(run.out()).isGreaterThanOrEqualTo(0);
        assertThat(lines.get(at + 1)).isEqualTo("   zorblat"); // the tab prints as one space
        assertThat(lines.get(at + 2)).isEqualTo("   ^~~~~~~");
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void jsonlGivesOneResultPerRecordInTheSpecShape() throws IOException {
        Path in = Notes.write(dir, "b.jsonl", List.of(Notes.line("a", "zorblat and zorblat"), Notes.line("b", CLEAN)));
        Cli.Run run = check("--format", "jsonl", in.toString());

        List<JsonNode> results = jsonLines(run.out());
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("noteId").stringValue()).isEqualTo("a");
        JsonNode f = results.get(0).get("findings").get(1);
        assertThat(f.get("ruleId").stringValue()).isEqualTo(FlagWordRule.ID);
        assertThat(f.get("category").stringValue()).isEqualTo("vague-language");
        assertThat(f.get("severity").stringValue()).isEqualTo("warning");
        assertThat(f.get("span").get("start").intValue()).isEqualTo(12);
        assertThat(f.get("span").get("end").intValue()).isEqualTo(19);
        assertThat(f.get("span").get("line").intValue()).isEqualTo(1);
        assertThat(f.get("span").get("column").intValue()).isEqualTo(13);
        assertThat(f.get("excerpt").stringValue()).isEqualTo("zorblat");
        assertThat(results.get(1).get("findings")).isEmpty();
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void jsonIsOneArrayOfResults() throws IOException {
        Path in = Notes.write(dir, "c.jsonl", List.of(Notes.line("a", "zorblat"), "{broken", Notes.line("c", CLEAN)));
        Cli.Run run = check("--format", "json", in.toString());

        JsonNode array = NoteJson.readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(3);
        assertThat(array.get(1).get("error").get("code").stringValue()).isEqualTo("invalid-json");

        Path empty = Notes.write(dir, "empty.jsonl", List.of(""));
        assertThat(NoteJson.readTree(check("--format", "json", empty.toString()).out()).size()).isZero();
    }

    @Test
    void corruptedLineInTheMiddleBecomesAnErrorResultAndTheBatchGoesOn() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            lines.add(Notes.line("n-" + i, i % 2 == 0 ? "zorblat " + i : CLEAN));
        }
        lines.set(4, "{\"id\": \"n-5\", \"text\": \"unterminated");
        lines.set(6, "{\"text\": no quotes at all}");
        Path in = Notes.write(dir, "corrupt.jsonl", lines);

        Cli.Run run = check("--format", "jsonl", "--threads", "3", in.toString());

        List<JsonNode> results = jsonLines(run.out());
        assertThat(results).hasSize(9);
        for (int i = 0; i < 9; i++) {
            int n = i + 1;
            JsonNode r = results.get(i);
            if (n == 5 || n == 7) {
                assertThat(r.get("findings")).isEmpty();
                assertThat(r.get("error").get("code").stringValue()).isEqualTo("invalid-json");
                assertThat(r.get("error").get("message").stringValue()).contains("line " + n);
                assertThat(r.get("error").get("line").intValue()).isEqualTo(n);
            } else {
                assertThat(r.has("error")).isFalse();
                assertThat(r.get("findings")).hasSize(n % 2 == 0 ? 1 : 0);
            }
        }
        assertThat(results.get(4).get("noteId").stringValue()).isEqualTo("n-5"); // the id was readable
        assertThat(results.get(6).get("noteId").stringValue()).isEqualTo("line-7");
        assertThat(run.exit()).as("a record that could not be read fails the run").isEqualTo(ExitCodes.FOUND);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void missingTextOrIdIsAnErrorResultToo() throws IOException {
        Path in = Notes.write(dir, "m.jsonl", List.of("{\"id\": \"x\"}", "{\"text\": \"zorblat\"}", "[]",
                Notes.line("ok", "zorblat")));
        List<JsonNode> results = jsonLines(check("--format", "jsonl", in.toString()).out());
        assertThat(results).extracting(r -> r.get("noteId").stringValue()).containsExactly("x", "line-2", "line-3", "ok");
        assertThat(results.get(0).get("error").get("code").stringValue()).isEqualTo("missing-field");
        assertThat(results.get(1).get("error").get("code").stringValue()).isEqualTo("missing-field");
        assertThat(results.get(2).get("error").get("code").stringValue()).isEqualTo("not-an-object");
        assertThat(results.get(3).get("findings")).hasSize(1);
    }

    @Test
    void throwingRuleShowsUpInRuleErrorsAndTheBatchGoesOn() throws IOException {
        Path in = Notes.write(dir, "t.jsonl", List.of(Notes.line("a", "KABOOM zorblat"), Notes.line("b", "zorblat")));
        Cli.Run run = check("--format", "jsonl", in.toString());

        List<JsonNode> results = jsonLines(run.out());
        assertThat(results).hasSize(2);
        JsonNode errors = results.get(0).get("ruleErrors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("ruleId").stringValue()).isEqualTo(ThrowingRule.ID);
        assertThat(errors.get(0).get("message").stringValue()).contains("IllegalStateException").doesNotContain("KABOOM");
        assertThat(results.get(0).get("findings")).hasSize(1); // the other rules still ran
        assertThat(results.get(1).get("findings")).hasSize(1);
        assertThat(run.exit()).isEqualTo(ExitCodes.FOUND);

        Cli.Run text = check(in.toString());
        assertThat(text.out()).contains(in + "#a: error [" + ThrowingRule.ID + "] the rule failed on this note");
        assertThat(text.out()).contains("1 rule failure");
    }

    @Test
    void failOnSetsTheThreshold() throws IOException {
        Path warn = Notes.write(dir, "w.jsonl", List.of(Notes.line("a", "zorblat")));
        Path clean = Notes.write(dir, "clean.jsonl", List.of(Notes.line("a", CLEAN)));
        assertThat(check(warn.toString()).exit()).isEqualTo(ExitCodes.OK);
        assertThat(check("--fail-on", "warning", warn.toString()).exit()).isEqualTo(ExitCodes.FOUND);
        assertThat(check("--fail-on", "info", warn.toString()).exit()).isEqualTo(ExitCodes.FOUND);
        assertThat(check("--fail-on", "info", clean.toString()).exit()).isEqualTo(ExitCodes.OK);
        assertThat(check("--fail-on", "fatal", clean.toString()).exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void usageErrorsAndUnreadableInputExitTwo() throws IOException {
        Path ok = Notes.write(dir, "ok.jsonl", List.of(Notes.line("a", CLEAN)));
        Cli.Run missing = check(ok.toString(), dir.resolve("nope.jsonl").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("nope.jsonl").contains("no such file");
        assertThat(missing.out()).as("nothing is linted when an input is missing").isEmpty();

        Path xml = Files.writeString(dir.resolve("x.xml"), "<notes/>\n");
        assertThat(check(xml.toString()).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(check("--format", "xml", ok.toString()).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(check("--threads", "0", ok.toString()).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(check("--nlp", "no-such-backend", ok.toString()).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("check").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("frobnicate").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run().exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void configErrorsNameFileLineColumnAndKey() throws IOException {
        Path ok = Notes.write(dir, "ok.jsonl", List.of(Notes.line("a", CLEAN)));
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "rules:\n  " + FlagWordRule.ID + ":\n    severity: loud\n");
        Cli.Run run = Cli.run("check", "--config", bad.toString(), ok.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(bad + ":3:5").contains("rules." + FlagWordRule.ID + ".severity");

        Path unknown = Files.writeString(dir.resolve("unknown.yaml"), "rules:\n  test-cli/flag-wurd: off\n");
        Cli.Run typo = Cli.run("check", "--config", unknown.toString(), ok.toString());
        assertThat(typo.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err()).contains(unknown + ":2:3").contains("did you mean " + FlagWordRule.ID);

        Cli.Run absent = Cli.run("check", "--config", dir.resolve("absent.yaml").toString(), ok.toString());
        assertThat(absent.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(absent.err()).contains("absent.yaml");
    }

    @Test
    void configOptionsReachTheRules() throws IOException {
        Path in = Notes.write(dir, "o.jsonl", List.of(Notes.line("a", "zorblat quux")));
        Path cfg = dir.resolve("word.yaml");
        Files.writeString(cfg, Files.readString(config).replace("rules: {}\n", "rules:\n")
                + "  " + FlagWordRule.ID + ":\n    severity: error\n    options: { word: quux }\n");
        Cli.Run run = Cli.run("check", "--config", cfg.toString(), "--format", "jsonl", in.toString());
        JsonNode f = jsonLines(run.out()).get(0).get("findings");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).get("excerpt").stringValue()).isEqualTo("quux");
        assertThat(f.get(0).get("severity").stringValue()).isEqualTo("error");
        assertThat(run.exit()).isEqualTo(ExitCodes.FOUND);
    }

    @Test
    void readsStandardInputJsonAndTextAndDirectoriesInSortedOrder() throws IOException {
        Path tree = dir.resolve("tree");
        Notes.write(tree, "b.txt", List.of("zorblat"));
        Notes.write(tree, "a.json", List.of("[" + Notes.line("j1", "x") + ",\n" + Notes.line("j2", "zorblat") + "]"));
        Notes.write(tree, "sub/c.jsonl", List.of(Notes.line("c1", "x")));
        Notes.write(tree, "note.md", List.of("zorblat"));
        Notes.write(tree, "ignored.rst", List.of("zorblat"));
        Path single = Notes.write(dir, "single.json", List.of(Notes.line("s", "y")));

        Cli.Run run = Cli.runWithStdin(Notes.line("in-1", "zorblat") + "\n", "check", "--config", config.toString(),
                "--format", "jsonl", "-", tree.toString(), single.toString());

        assertThat(jsonLines(run.out())).extracting(r -> r.get("noteId").stringValue())
                .containsExactly("in-1", "j1", "j2", "b.txt", "note.md", "c1", "s");
    }

    @Test
    void outputOptionWritesTheReportToAFile() throws IOException {
        Path in = Notes.write(dir, "o.jsonl", List.of(Notes.line("a", "zorblat")));
        Path report = dir.resolve("report.jsonl");
        Cli.Run run = check("--format", "jsonl", "--output", report.toString(), in.toString());
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(report)).hasSize(1);
    }
}
