package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Determinism as users meet it: the shaded jar in fresh JVMs (so every run has a first note, cold
 * classes and all) on the repository's labelled corpus. An idle single-threaded run is the reference;
 * then, while a CPU hog keeps four times as many threads busy as the machine has cores, {@code check}
 * (with {@code --threads 1} and the default) and {@code grade} must print the same bytes and exit
 * with the same code. The hog is bounded in time and stopped in {@code finally}; nothing here
 * measures elapsed time.
 */
class LoadDeterminismIT {

    /** However long a run under the hog takes, the hog stops by then. */
    private static final long HOG_LIMIT_NANOS = TimeUnit.MINUTES.toNanos(10);

    @TempDir
    static Path dir;
    private static Path notes;
    private static Path jar;

    @BeforeAll
    static void corpus() throws IOException {
        jar = Path.of("target", "notelint.jar").toAbsolutePath();
        assertThat(jar).exists();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(labelled(), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                lines.add(NoteJson.readTree(line).get("note").toString());
            }
        }
        notes = Files.write(dir.resolve("labelled-notes.jsonl"), lines, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void noHogLeft() {
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("cpu-hog"));
    }

    @Test
    void checkAndGradeGiveTheSameBytesIdleAndUnderAFourTimesCpuHog() throws Exception {
        Run checkIdle = notelint("check", "--threads", "1", "--format", "jsonl", notes.toString());
        Run gradeIdle = notelint("grade", "--threads", "1", "--format", "jsonl", notes.toString());
        assertThat(checkIdle.out()).as("the reference has results").hasLineCount(countLines(notes));
        assertThat(checkIdle.out()).doesNotContain("time-budget").doesNotContain("ruleErrors");
        assertThat(gradeIdle.out()).as("every note graded").doesNotContain("\"error\":{");

        List<Run> loaded = new ArrayList<>();
        try (Hog hog = Hog.start(4 * Runtime.getRuntime().availableProcessors())) {
            loaded.add(notelint("check", "--threads", "1", "--format", "jsonl", notes.toString()));
            loaded.add(notelint("check", "--format", "jsonl", notes.toString()));
            // the budget the old wall-clock design had: in CPU time it cannot be reached by waiting
            loaded.add(notelint("check", "--time-budget", "2000", "--format", "jsonl", notes.toString()));
            loaded.add(notelint("grade", "--format", "jsonl", notes.toString()));
            loaded.add(notelint("grade", "--threads", "1", "--format", "jsonl", notes.toString()));
        }
        for (int i = 0; i < 3; i++) {
            assertThat(loaded.get(i).exit()).as("check exit under load").isEqualTo(checkIdle.exit());
            assertThat(loaded.get(i).out()).as("check run %d under load", i).isEqualTo(checkIdle.out());
        }
        for (int i = 3; i < 5; i++) {
            assertThat(loaded.get(i).exit()).as("grade exit under load").isEqualTo(gradeIdle.exit());
            assertThat(loaded.get(i).out()).as("grade run %d under load", i).isEqualTo(gradeIdle.out());
        }
    }

    @Test
    void theFirstNoteOfAFreshJvmUnderLoadGetsEveryRulesFindings() throws Exception {
        Path one = Files.write(dir.resolve("one.jsonl"), List.of(Files.readAllLines(notes).get(0)));
        Run idle = notelint("check", "--format", "json", one.toString());
        Run loaded;
        try (Hog hog = Hog.start(4 * Runtime.getRuntime().availableProcessors())) {
            // a small budget on purpose: the first note's class loading happened in build(), before it
            loaded = notelint("check", "--time-budget", "500", "--format", "json", one.toString());
        }
        assertThat(loaded.out()).doesNotContain("ruleErrors").doesNotContain("time-budget");
        assertThat(loaded.out()).isEqualTo(idle.out());
        assertThat(loaded.exit()).isEqualTo(idle.exit());
    }

    private record Run(int exit, String out) {
    }

    private static Run notelint(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("notelint finished").isTrue();
        } finally {
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    private static int countLines(Path p) throws IOException {
        return (int) Files.readAllLines(p).stream().filter(l -> !l.isBlank()).count();
    }

    private static Path labelled() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolve("corpus/labelled.jsonl");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("corpus/labelled.jsonl not found above " + Path.of("").toAbsolutePath());
    }

    /** Busy threads, stopped by close() or, whatever happens, after {@link #HOG_LIMIT_NANOS}. */
    private static final class Hog implements AutoCloseable {
        private final AtomicBoolean stop = new AtomicBoolean();
        private final List<Thread> threads = new ArrayList<>();

        static Hog start(int count) {
            Hog hog = new Hog();
            long until = System.nanoTime() + HOG_LIMIT_NANOS;
            for (int i = 0; i < count; i++) {
                Thread t = new Thread(() -> {
                    long x = 0;
                    while (!hog.stop.get() && System.nanoTime() < until) {
                        x += x * 31 + 7;
                    }
                    if (x == 42) {
                        System.out.print(""); // keeps the loop from being optimised away
                    }
                }, "cpu-hog-" + i);
                t.setDaemon(true);
                t.start();
                hog.threads.add(t);
            }
            return hog;
        }

        @Override
        public void close() throws InterruptedException {
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
        }
    }
}
