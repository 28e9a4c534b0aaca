package io.notelint.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every command and every error path with a canary word in the note text, for the PHI tests: the word
 * may appear in the outputs the user asked for (a finding's excerpt, the text report's source line),
 * never on standard error, in a log or in an error message. Written once into a folder; run in-process
 * ({@link PhiCanaryTest}) and as a child process of the shaded jar ({@link PhiCanaryIT}).
 */
final class CanaryCases {

    /** A word no rule, lexicon or message contains. */
    static final String CANARY = "Xanthocanary";

    /**
     * One command line.
     *
     * @param testRules true when it needs the test rules (a failing rule, a slow one) on the class path
     */
    record Case(String name, List<String> args, byte[] stdin, boolean testRules) {
    }

    private CanaryCases() {
    }

    static List<Case> write(Path dir) throws IOException {
        String note = "S: " + CANARY + " reports she is doing well and zorblat. Denies SI.\nP: Next session 12/4.";
        Path good = lines(dir, "good.jsonl", Notes.line("c-1", note), Notes.line("c-2", CANARY + " " + note));
        Path broken = lines(dir, "broken.jsonl",
                "{\"id\": \"b-1\", \"text\": \"" + CANARY + " unterminated",
                "{\"id\": \"b-2\", \"note\": \"" + CANARY + "\"}",
                "{\"id\": \"b-3\", \"text\": \"" + CANARY + "\" \"" + CANARY + "\"}",
                "{\"id\": \"b-4\", \"text\": [\"" + CANARY + "\"]}",
                "{\"id\": \"b-5\", \"text\": \"x\", \"fields\": " + "[".repeat(80) + "\"" + CANARY + "\"" + "]".repeat(80) + "}",
                "\"" + CANARY + "\"",
                CANARY);
        Path failing = lines(dir, "failing.jsonl", Notes.line("f-1", CANARY + " KABOOM"), Notes.line("f-2", note));
        Path slow = lines(dir, "slow.jsonl", Notes.line("s-1", CANARY + " SLOWPOKE"), Notes.line("s-2", CANARY + " STUCKPOKE"),
                Notes.line("s-3", note));
        Path big = lines(dir, "big.jsonl", Notes.line("l-1", (CANARY + " ").repeat(50)), Notes.line("l-2", note));
        ByteArrayOutputStream latin = new ByteArrayOutputStream();
        latin.writeBytes(("{\"id\": \"u-1\", \"text\": \"" + CANARY + " caf").getBytes(StandardCharsets.UTF_8));
        latin.write(0xE9);
        latin.writeBytes(("\"}\n" + Notes.line("u-2", note) + "\n").getBytes(StandardCharsets.UTF_8));
        Path invalid = dir.resolve("latin1.jsonl");
        Files.write(invalid, latin.toByteArray());
        Path utf16 = dir.resolve("utf16.jsonl");
        Files.write(utf16, ("\uFEFF" + Notes.line("w-1", note)).getBytes(StandardCharsets.UTF_16LE));
        Path doc = dir.resolve("doc.json");
        Files.writeString(doc, "[" + Notes.line("d-1", note) + ", {\"id\": \"d-2\", \"text\": \"" + CANARY + "\" !!]");
        Path csv = dir.resolve("notes.csv");
        Files.writeString(csv, "id,text\nv-1,\"" + CANARY + " reports doing well\"\nv-2,\"" + CANARY + " never closed\n");
        Path gz = dir.resolve("broken.jsonl.gz");
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(broken));
        }
        Path txt = dir.resolve("note.txt");
        Files.writeString(txt, note);
        Path bigTxt = dir.resolve("big.txt");
        Files.writeString(bigTxt, (CANARY + " ").repeat(200));
        Path badConfig = dir.resolve("bad.yaml");
        Files.writeString(badConfig, "rules:\n  test-cli/flag-word:\n    severity: " + CANARY + "\n");
        Path badYaml = dir.resolve("broken.yaml");
        Files.writeString(badYaml, "rules: [" + CANARY + "\n  - {: " + CANARY);
        Path badOption = dir.resolve("option.yaml");
        Files.writeString(badOption, "rules:\n  vague-language/vague-status:\n    options: {nope: " + CANARY + ", ignore: " + CANARY + "}\n");
        Path badLimit = dir.resolve("limit.yaml");
        Files.writeString(badLimit, "limits:\n  maxNoteChars: " + CANARY + "\n");
        Path tsv = dir.resolve("assert.tsv");
        Files.writeString(tsv, "id\tterm\tsentence\na-1\tSI\t" + CANARY + " denies SI.\na-2\t" + CANARY
                + "\tnot in the sentence\na-3\n");

        Path rubric = dir.resolve("rubric.yaml");
        Files.writeString(rubric, "id: " + CANARY + "\ncriteria: [" + CANARY + "\n");
        Path ruleFile = dir.resolve("rules.yaml");
        Files.writeString(ruleFile, "id: canary/word\ntype: existence\ncategory: vague-language\nmessage: \"'{match}' found\"\n"
                + "terms: [as usual]\nexamples:\n  bad: [\"" + CANARY + " went [[as usual]].\"]\n  good: [\"" + CANARY
                + " as usual, no marks.\"]\n");
        Path brokenRules = dir.resolve("broken-rules.yaml");
        Files.writeString(brokenRules, "id: canary/x\ntype: " + CANARY + "\nterms: [" + CANARY + "\n");

        List<Case> out = new ArrayList<>();
        for (String format : List.of("text", "json", "jsonl", "sarif", "csv", "html")) {
            out.add(new Case("check " + format, List.of("check", "--format", format, good.toString(), broken.toString(),
                    invalid.toString(), utf16.toString(), doc.toString(), txt.toString(), csv.toString(), gz.toString()),
                    null, false));
            out.add(new Case("check " + format + " failing and slow rules", List.of("check", "--format", format,
                    "--time-budget", "200", "--threads", "2", failing.toString(), slow.toString()), null, true));
        }
        out.add(new Case("check --progress", List.of("check", "--progress", "--format", "jsonl", good.toString(),
                broken.toString(), csv.toString(), failing.toString()), null, true));
        out.add(new Case("check --output", List.of("check", "--format", "jsonl", "--output",
                dir.resolve("out.jsonl").toString(), good.toString(), broken.toString()), null, false));
        out.add(new Case("check over the limits", List.of("check", "--format", "jsonl", "--max-note-chars", "100",
                "--max-record-bytes", "400", big.toString(), bigTxt.toString()), null, false));
        out.add(new Case("check invalid UTF-8 reported", List.of("check", "--invalid-utf8", "report", invalid.toString(),
                doc.toString()), null, false));
        out.add(new Case("check standard input", List.of("check", "-"),
                Files.readAllBytes(broken), false));
        out.add(new Case("check bad config value", List.of("check", "--config", badConfig.toString(), good.toString()),
                null, true));
        out.add(new Case("check broken config", List.of("check", "--config", badYaml.toString(), good.toString()),
                null, false));
        out.add(new Case("check bad option", List.of("check", "--config", badOption.toString(), good.toString()),
                null, false));
        out.add(new Case("check bad limit", List.of("check", "--config", badLimit.toString(), good.toString()),
                null, false));
        out.add(new Case("check unwritable output", List.of("check", "--output",
                dir.resolve("no/such/dir/out.txt").toString(), good.toString()), null, false));
        out.add(new Case("assert", List.of("assert", tsv.toString()), null, false));
        out.add(new Case("assert standard input", List.of("assert", "-"), Files.readAllBytes(tsv), false));
        for (String format : List.of("text", "json", "jsonl")) {
            out.add(new Case("grade " + format, List.of("grade", "--format", format, good.toString(), broken.toString(),
                    invalid.toString()), null, false));
        }
        out.add(new Case("grade with reports", List.of("grade", "--output-dir", dir.resolve("reports").toString(),
                good.toString(), broken.toString()), null, false));
        out.add(new Case("grade bad rubric", List.of("grade", "--rubric", rubric.toString(), good.toString()), null, false));
        out.add(new Case("test-rules", List.of("test-rules", ruleFile.toString()), null, false));
        out.add(new Case("test-rules broken file", List.of("test-rules", brokenRules.toString()), null, false));
        out.add(new Case("check with a broken rule file", List.of("check", "--config", ruleConfig(dir, brokenRules).toString(),
                good.toString()), null, false));
        out.add(new Case("rules", List.of("rules"), Files.readAllBytes(good), false));
        out.add(new Case("explain", List.of("explain", "vague-language/vague-status"), Files.readAllBytes(good), false));
        return out;
    }

    private static Path ruleConfig(Path dir, Path ruleFile) throws IOException {
        Path config = dir.resolve("rule-files.yaml");
        Files.writeString(config, "ruleFiles: [" + ruleFile.getFileName() + "]\n");
        return config;
    }

    private static Path lines(Path dir, String name, String... lines) throws IOException {
        return Notes.write(dir, name, List.of(lines));
    }
}
