package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 generated notes through every rule on the class path: eight threads must give exactly the
 * single-threaded output, record for record, including bad records and rule failures.
 */
class ParallelDeterminismTest {

    private static final String[] SUBJECTIVE = {
        "Client reports sleeping %d hours a night and mood %d/10.",
        "Client states she is doing well and talked about things at work.",
        "He denies SI/HI. Reports worry about his job rated %d/10.",
        "Client was zorblat during the session and discussed issues.",
        "Client reports panic attacks %d times this week, down from %d.",
    };
    private static final String[] OBJECTIVE = {
        "Affect anxious but reactive, speech normal.",
        "Client seemed okay. Productive session.",
        "Arrived %d minutes late; well groomed; thought process logical.",
    };
    private static final String[] PLAN = {
        "Next session in %d days; practice breathing daily.",
        "Continue current plan.",
        "",
    };

    @TempDir
    Path dir;

    @Test
    void eightThreadsGiveExactlyTheSingleThreadedResults() throws IOException {
        Random random = new Random(20261127L);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            if (i % 997 == 500) {
                lines.add("{\"id\": \"n-" + i + "\", \"text\": \"cut off");
                continue;
            }
            StringBuilder text = new StringBuilder();
            text.append("S: ").append(String.format(pick(random, SUBJECTIVE), random.nextInt(10), random.nextInt(10)));
            text.append("\nO: ").append(String.format(pick(random, OBJECTIVE), random.nextInt(30)));
            String plan = String.format(pick(random, PLAN), 1 + random.nextInt(14));
            if (!plan.isEmpty()) {
                text.append("\nP: ").append(plan);
            }
            if (i % 1000 == 7) {
                text.append(" KABOOM");
            }
            lines.add(Notes.line("n-" + i, text.toString()));
        }
        Path in = Notes.write(dir, "many.jsonl", lines);

        long t0 = System.nanoTime();
        Cli.Run one = Cli.run("check", "--format", "jsonl", "--threads", "1", in.toString());
        long t1 = System.nanoTime();
        Cli.Run eight = Cli.run("check", "--format", "jsonl", "--threads", "8", in.toString());
        long t2 = System.nanoTime();
        System.out.printf("10,000 notes: 1 thread %.1f s, 8 threads %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);

        assertThat(one.err()).isEmpty();
        assertThat(one.out().lines().count()).isEqualTo(10_000);
        assertThat(one.out()).contains("\"ruleErrors\"").contains("\"invalid-json\"");
        assertThat(eight.out()).isEqualTo(one.out());
        assertThat(eight.exit()).isEqualTo(one.exit());
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
