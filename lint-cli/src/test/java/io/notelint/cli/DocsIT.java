package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docs are true: every fenced shell block ({@code sh}, {@code bash}, {@code shell}) of README.md and
 * docs/*.md runs, command by command, in a copy of the repository's README, docs and examples, with
 * {@code ./notelint} being the jar this build made, and
 * exits as the docs say. A command exits 0 unless
 * its comment says {@code exit N}. A block marked {@code sh no-run} (with an HTML comment above it
 * saying why) is not run; those are few and listed here, so a new one is a decision, not an accident.
 * A YAML or JSON block right after "Save this as `PATH`" is written to PATH first, so a tutorial runs
 * as a reader would follow it.
 */
class DocsIT {

    /**
     * The blocks not run: Maven builds (a docs test cannot run the build it is part of), and the real-note
     * reading log's commands (the real notes are kept outside the repository: their terms are unclear).
     */
    private static final List<String> NOT_RUN = List.of(
            "docs/accuracy.md: ./notelint check --format jsonl /work/realnotes/dev.jsonl > real.jsonl",
            "docs/accuracy.md: ./notelint check --format jsonl /work/realnotes/dev.jsonl > real.jsonl",
            "docs/accuracy.md: python3 scripts/real-note-counts.py real.jsonl docs/accuracy/input-kinds-judgements.tsv --categories missing-section,plan-quality,missing-plan",
            "docs/accuracy.md: python3 scripts/real-note-precision.py docs/accuracy/language-judgements.tsv real.jsonl vague-language stigmatizing-language risk-documentation plan-quality",
            "README.md: ./mvnw -B verify",
            "README.md: ./mvnw -B install -DskipTests",
            "README.md: ./mvnw -B -q -pl examples -am compile exec:java",
            "README.md: ./mvnw -B -q -pl lint-rules -am test -Dtest=CorpusScoreTest -Dsurefire.failIfNoSpecifiedTests=false",
            // a server runs until stopped, and its requests need one: ServeCommandTest and OpenApiTest make them
            "README.md: ./notelint serve --port 8080",
            "README.md: curl -s localhost:8080/readyz",
            "README.md: curl -s -H 'Content-Type: application/json' --data @note.json localhost:8080/v1/lint",
            "docs/server.md: ./notelint serve",
            "docs/server.md: ./notelint serve --port 0 --config notelint.yaml",
            "docs/server.md: ./notelint serve --profile training --rubric examples/grading/rubric.yaml",
            "docs/server.md: curl -s localhost:8080/v1/lint -H 'Content-Type: application/json' -d '{\"id\": \"n-1\", \"text\": \"S: Client refused medication.\\nP: Next session 12/14.\"}'",
            "docs/server.md: curl -s 'localhost:8080/v1/lint?profile=training' -H 'Content-Type: application/x-ndjson' --data-binary @notes.jsonl",
            "docs/server.md: curl -s localhost:8080/v1/grade -H 'Content-Type: application/json' --data-binary @note.json",
            "docs/server.md: curl -s localhost:8080/v1/rules/stigmatizing-language/noncompliance",
            "docs/server.md: ./mvnw -B -q -pl lint-server -am test -Dtest=EditorPageTest -Dsurefire.failIfNoSpecifiedTests=false -Dnotelint.screenshot=$PWD/docs/img/editor.png",
            // Spark (docs/spark.md, README "On Apache Spark"): a build, then minutes of Spark start-up, or a cluster
            "README.md: ./mvnw -B -q -DskipTests -pl lint-spark -am package",
            "README.md: bench/spark-submit.sh --master 'local[2]' --class io.notelint.spark.LintJob lint-spark/target/notelint-spark.jar --input examples/notes/sample-batch.jsonl --format jsonl --output /tmp/notelint-spark --output-format jsonl --overwrite",
            "README.md: cat /tmp/notelint-spark/results/part-*",
            "docs/spark.md: ./mvnw -B -q -DskipTests -pl lint-spark -am package",
            "docs/spark.md: spark-submit --master 'local[*]' --class io.notelint.spark.LintJob lint-spark/target/notelint-spark.jar --input notes.jsonl --format jsonl --output lint-out --output-format jsonl",
            "docs/spark.md: bench/spark-submit.sh --master 'local[2]' --class io.notelint.spark.LintJob lint-spark/target/notelint-spark.jar --input examples/notes/sample-batch.jsonl --format jsonl --output /tmp/lint-out --output-format jsonl",
            "docs/spark.md: spark-submit --master yarn --deploy-mode cluster --num-executors 20 --executor-cores 4 --executor-memory 6g --files notelint.yaml --class io.notelint.spark.LintJob notelint-spark.jar --input s3a://lake/notes/2026/ --format parquet --config notelint.yaml --column id=note_id --column text=note_text --column fields.clientId=patient_id --column fields.sessionDate=dos --output s3a://lake/audits/notelint-2026/");

    private static final Pattern FENCE = Pattern.compile("^\\s*```(\\S*)\\s*(.*)$");
    private static final Pattern SAVE_AS = Pattern.compile("Save this as `([^`]+)`");
    private static final Pattern EXPECTED_EXIT = Pattern.compile("\\bexit (\\d)\\b");

    @TempDir
    Path work;

    record Block(String doc, String lang, boolean run, List<String> lines, String saveAs) {
    }

    @Test
    void everyShellCommandInTheDocsRunsAndExitsAsDocumented() throws IOException, InterruptedException {
        Path repo = Path.of("..").toAbsolutePath().normalize();
        Path jar = Path.of("target", "notelint.jar").toAbsolutePath();
        assertThat(jar).exists();
        copy(repo.resolve("README.md"), work.resolve("README.md"));
        copyTree(repo.resolve("docs"), work.resolve("docs"));
        copyTree(repo.resolve("examples"), work.resolve("examples"));
        // ./notelint in the docs is the jar this build made, with the launcher's heap
        Path launcher = work.resolve("notelint");
        Files.writeString(launcher, "#!/usr/bin/env bash\n"
                + "exec \"" + Path.of(System.getProperty("java.home"), "bin", "java") + "\" -Xmx512m -jar \"" + jar
                + "\" \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));

        List<Path> docs = new ArrayList<>(List.of(repo.resolve("README.md")));
        try (Stream<Path> files = Files.list(repo.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        List<String> failures = new ArrayList<>();
        List<String> notRun = new ArrayList<>();
        int ran = 0;
        for (Path doc : docs) {
            for (Block block : blocks(doc)) {
                if (block.saveAs() != null) {
                    Path target = work.resolve(block.saveAs());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, String.join("\n", block.lines()) + "\n");
                    continue;
                }
                if (!List.of("sh", "bash", "shell").contains(block.lang())) {
                    continue;
                }
                List<String> commands = commands(block.lines());
                if (!block.run()) {
                    commands.forEach(c -> notRun.add(block.doc() + ": " + stripComment(c)));
                    continue;
                }
                for (String command : commands) {
                    assertThat(command).as("%s: a build command belongs in a no-run block", block.doc())
                            .doesNotStartWith("./mvnw").doesNotStartWith("mvn ");
                    Matcher m = EXPECTED_EXIT.matcher(comment(command));
                    int expected = m.find() ? Integer.parseInt(m.group(1)) : 0;
                    Result r = bash(stripComment(command));
                    ran++;
                    if (r.exit() != expected) {
                        failures.add(block.doc() + ": `" + stripComment(command) + "` exited " + r.exit() + ", the doc says "
                                + expected + "\n" + r.err());
                    }
                    if (r.err().contains("SLF4J") || r.err().contains("Exception")) {
                        failures.add(block.doc() + ": `" + stripComment(command) + "` printed a library's noise:\n" + r.err());
                    }
                }
            }
        }
        assertThat(failures).as("commands that do not do what the docs say").isEmpty();
        assertThat(ran).as("commands run").isGreaterThanOrEqualTo(20);
        assertThat(notRun).as("blocks marked no-run: keep the set small and deliberate").containsExactlyInAnyOrderElementsOf(NOT_RUN);
    }

    private record Result(int exit, String err) {
    }

    private Result bash(String command) throws IOException, InterruptedException {
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = new ProcessBuilder("bash", "-c", "set -o pipefail; " + command)
                .directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out after 120 s");
        }
        return new Result(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The fenced blocks of a Markdown file, with their language, whether they run, and where to save them. */
    static List<Block> blocks(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<Block> out = new ArrayList<>();
        String name = doc.getParent().getFileName().toString().equals("docs") ? "docs/" + doc.getFileName() : doc.getFileName().toString();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String lang = open.group(1);
            boolean run = !open.group(2).contains("no-run");
            String saveAs = null;
            for (int back = i - 1; back >= Math.max(0, i - 3) && saveAs == null; back--) {
                Matcher save = SAVE_AS.matcher(lines.get(back));
                if (save.find() && !lang.startsWith("sh")) {
                    saveAs = save.group(1);
                }
            }
            List<String> body = new ArrayList<>();
            int j = i + 1;
            for (; j < lines.size() && !lines.get(j).strip().equals("```"); j++) {
                body.add(lines.get(j));
            }
            out.add(new Block(name, lang, run, body, saveAs));
            i = j;
        }
        return out;
    }

    /** Lines joined at a trailing backslash; blank lines and whole-line comments dropped. */
    static List<String> commands(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String l = line.strip();
            if (current.length() == 0 && (l.isEmpty() || l.startsWith("#"))) {
                continue;
            }
            if (l.endsWith("\\")) {
                current.append(l, 0, l.length() - 1).append(' ');
                continue;
            }
            current.append(l);
            out.add(current.toString().replaceAll("\\s+", " ").strip());
            current.setLength(0);
        }
        return out;
    }

    private static String comment(String command) {
        int at = command.indexOf(" # ");
        return at < 0 ? "" : command.substring(at);
    }

    private static String stripComment(String command) {
        int at = command.indexOf(" # ");
        return (at < 0 ? command : command.substring(0, at)).strip();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path rel = from.relativize(p);
                boolean build = false;
                for (Path part : rel) {
                    build |= part.toString().equals("target");
                }
                if (build || rel.startsWith(Path.of("grading", "reports"))) {
                    continue; // build output and reports from earlier runs: not part of the docs' world
                }
                Path dest = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    copy(p, dest);
                }
            }
        }
    }
}
