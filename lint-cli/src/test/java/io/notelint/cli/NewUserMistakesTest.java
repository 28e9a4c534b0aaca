package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes a new user makes in the first hour, each fed to the command: every one gets a message
 * that names the problem in plain words, the exit code says whether anything was checked, and no Java
 * exception's name (NoSuchFileException, "yamlparse exception", "stream read exception") reaches them.
 */
class NewUserMistakesTest {

    /** A Java exception's or error's name, a qualified class name, or a parser's "... exception". */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b[A-Z][A-Za-z]*(Exception|Error)\\b|\\bjava\\.[a-z]+\\.|[a-z] exception\\b|\\bat [a-z]+\\.[a-z]+\\.");

    @TempDir
    Path dir;

    private record Mistake(String name, int exit, List<String> plainWords, Supplier<Cli.Run> run) {
    }

    @TestFactory
    Stream<DynamicTest> everyMistakeIsNamedInPlainWords() throws IOException {
        Path ok = Notes.write(dir, "ok.jsonl", List.of(Notes.line("a", "S: Client reports sleeping 7 hours.\nP: Next session 12/4.")));
        Path badYaml = Files.writeString(dir.resolve("bad.yaml"), "rules:\n  a: off\n   b: error\n");
        Path badFlow = Files.writeString(dir.resolve("flow.yaml"), "rules: [a, b\nextends: default\n");
        Path typoKey = Files.writeString(dir.resolve("typo.yaml"), "extend: default\n");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path docsOnly = Files.createDirectories(dir.resolve("docs-only"));
        Files.writeString(docsOnly.resolve("README.md"), "# About these notes\n");
        Files.writeString(docsOnly.resolve("scan.png"), "not an image\n");
        Path emptyFile = Files.writeString(dir.resolve("empty.jsonl"), "");
        Path brokenLines = Files.writeString(dir.resolve("broken.jsonl"), "{\"id\": \"x\",\n}\n]\n");
        Path noExamples = Files.writeString(dir.resolve("rule.yaml"), "id: clinic/no-examples\ntype: existence\n"
                + "category: vague-language\nseverity: warning\nmessage: \"'{match}' is vague\"\nterms: [as usual]\n");
        Path inTheWay = Files.writeString(dir.resolve("file-in-the-way"), "x");

        List<Mistake> mistakes = new ArrayList<>(List.of(
                new Mistake("a config file that does not exist", ExitCodes.USAGE, List.of("nope.yaml", "no such file"),
                        () -> Cli.run("check", "--config", dir.resolve("nope.yaml").toString(), ok.toString())),
                new Mistake("a YAML indentation error", ExitCodes.USAGE, List.of(":3:", "YAML syntax error", "not allowed"),
                        () -> Cli.run("check", "--config", badYaml.toString(), ok.toString())),
                new Mistake("an unclosed YAML list", ExitCodes.USAGE, List.of("YAML syntax error", "expected ',' or ']'"),
                        () -> Cli.run("check", "--config", badFlow.toString(), ok.toString())),
                new Mistake("a mistyped top-level config key", ExitCodes.USAGE, List.of(":1:1", "did you mean 'extends'"),
                        () -> Cli.run("check", "--config", typoKey.toString(), ok.toString())),
                new Mistake("a rule id without its category", ExitCodes.USAGE,
                        List.of("unknown rule 'vague-status'", "did you mean vague-language/vague-status"),
                        () -> Cli.run("explain", "vague-status")),
                new Mistake("an unknown profile (check)", ExitCodes.USAGE,
                        List.of("unknown profile 'bogus'", "the profiles are:", "default", "medicare-psychotherapy", "training"),
                        () -> Cli.run("check", "--profile", "bogus", ok.toString())),
                new Mistake("an unknown profile (rules)", ExitCodes.USAGE, List.of("unknown profile 'bogus'", "training"),
                        () -> Cli.run("rules", "--profile", "bogus")),
                new Mistake("a bad option value", ExitCodes.USAGE, List.of("--format", "expected text, json, jsonl, sarif, csv or html",
                        "notelint check --help"), () -> Cli.run("check", "--format", "xml", ok.toString())),
                new Mistake("a mistyped option", ExitCodes.USAGE, List.of("Unknown option: '--thread'", "--threads"),
                        () -> Cli.run("check", "--thread", "2", ok.toString())),
                new Mistake("an input that does not exist", ExitCodes.USAGE, List.of("nope.jsonl", "no such file"),
                        () -> Cli.run("check", dir.resolve("nope.jsonl").toString())),
                new Mistake("an empty folder", ExitCodes.USAGE, List.of("no notes to check", "no note files"),
                        () -> Cli.run("check", empty.toString())),
                new Mistake("a folder with no note in it", ExitCodes.USAGE, List.of("README.md", "not notes",
                        "scan.png", "not a note file type", "no notes to check"),
                        () -> Cli.run("check", docsOnly.toString())),
                new Mistake("an empty file", ExitCodes.USAGE, List.of("no notes were read"),
                        () -> Cli.run("check", emptyFile.toString())),
                new Mistake("an empty pipe", ExitCodes.USAGE, List.of("no notes were read"),
                        () -> Cli.runWithStdin("", "check", "-")),
                new Mistake("an empty file to grade", ExitCodes.USAGE, List.of("no notes were read"),
                        () -> Cli.run("grade", emptyFile.toString())),
                new Mistake("plain text on standard input", ExitCodes.USAGE,
                        List.of("neither JSON Lines nor a JSON document", "--input-format"),
                        () -> Cli.runWithStdin("Client is doing well.\n", "check", "-")),
                new Mistake("an output folder that does not exist", ExitCodes.USAGE, List.of("cannot write", "no such file"),
                        () -> Cli.run("check", "-o", dir.resolve("no-such-dir/report.html").toString(), ok.toString())),
                new Mistake("a rubric that does not exist", ExitCodes.USAGE, List.of("nope-rubric.yaml", "no such file"),
                        () -> Cli.run("grade", "--rubric", dir.resolve("nope-rubric.yaml").toString(), ok.toString())),
                new Mistake("a report folder where a file is", ExitCodes.USAGE, List.of("file-in-the-way", "cannot create", "not a directory"),
                        () -> Cli.run("grade", "--output-dir", inTheWay.toString(), ok.toString())),
                new Mistake("a rule file with no examples", ExitCodes.FOUND, List.of("FAIL", "no examples"),
                        () -> Cli.run("test-rules", noExamples.toString())),
                new Mistake("lines that are not JSON", ExitCodes.FOUND, List.of("invalid-json", "line 2", "line 3"),
                        () -> Cli.run("check", brokenLines.toString()))));

        return mistakes.stream().map(m -> DynamicTest.dynamicTest(m.name(), () -> {
            Cli.Run run = m.run().get();
            String said = run.err() + run.out();
            assertThat(run.exit()).as("%s: exit code; stderr: %s", m.name(), run.err()).isEqualTo(m.exit());
            for (String words : m.plainWords()) {
                assertThat(said).as("%s names the problem", m.name()).contains(words);
            }
            assertThat(said).as("%s: no Java exception name", m.name()).doesNotContainPattern(JAVA_NAME);
            assertThat(run.err()).as("%s: the error alone, not the whole help", m.name()).doesNotContain("Usage:");
        }));
    }

    @TestFactory
    Stream<DynamicTest> whatANewUserGetsRight() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("README.md"), "# Notes\nThese are our notes.\n");
        Files.writeString(notes.resolve("a.txt"), "S: Client reports sleeping 7 hours.\nP: Next session 12/4.\n");
        String pretty = "{\n  \"id\": \"p-1\",\n  \"text\": \"S: Client reports sleeping 7 hours.\\nP: Next session 12/4.\"\n}\n";
        return Stream.of(
                DynamicTest.dynamicTest("a folder walk leaves its README out and says so", () -> {
                    Cli.Run run = Cli.run("check", "--format", "jsonl", notes.toString());
                    assertThat(run.out().lines().toList()).hasSize(1).allMatch(l -> l.contains("\"noteId\":\"a.txt\""));
                    assertThat(run.err()).contains("skipped " + notes.toString().replace('\\', '/') + "/README.md")
                            .contains("project documentation");
                }),
                DynamicTest.dynamicTest("a pretty-printed note on standard input is one note", () -> {
                    Cli.Run run = Cli.runWithStdin(pretty, "check", "--format", "jsonl", "-");
                    assertThat(run.out().lines().toList()).hasSize(1).allMatch(l -> l.startsWith("{\"noteId\":\"p-1\""))
                            .noneMatch(l -> l.contains("\"error\""));
                }),
                DynamicTest.dynamicTest("--input-format json reads a one-line JSON array", () -> {
                    String array = "[" + pretty.replace("\n", " ") + "]";
                    Cli.Run run = Cli.runWithStdin(array, "check", "--input-format", "json", "--format", "jsonl", "-");
                    assertThat(run.out()).startsWith("{\"noteId\":\"p-1\"");
                }),
                DynamicTest.dynamicTest("explain sees the rules of the shipped packs", () -> {
                    Cli.Run run = Cli.run("explain", "medicare/timed-code-start-stop");
                    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
                    assertThat(run.out()).startsWith("medicare/timed-code-start-stop").contains("From pack medicare-psychotherapy");
                }),
                DynamicTest.dynamicTest("rules and explain see a config's rule files", () -> {
                    Path rules = Files.createDirectories(dir.resolve("clinic"));
                    Files.writeString(rules.resolve("r.yaml"), "id: clinic/as-usual\ntype: existence\ncategory: vague-language\n"
                            + "severity: warning\nmessage: \"'{match}' is vague\"\nterms: [as usual]\n"
                            + "rationale: Because a reader cannot check it.\n");
                    Path config = Files.writeString(dir.resolve("clinic.yaml"), "ruleFiles: [clinic/]\n", StandardCharsets.UTF_8);
                    assertThat(Cli.run("rules", "--config", config.toString()).out()).contains("clinic/as-usual");
                    Cli.Run explain = Cli.run("explain", "--config", config.toString(), "clinic/as-usual");
                    assertThat(explain.exit()).isEqualTo(ExitCodes.OK);
                    assertThat(explain.out()).contains("Because a reader cannot check it.");
                }));
    }
}
