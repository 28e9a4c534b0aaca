package io.notelint.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One linter, every rule on, hammered by eight threads that lint the same notes over and over, each in
 * its own order, with history (so the cloned-content and change rules compare notes): every result
 * must equal the single-threaded one. A rule that kept state between calls, a lexicon built lazily
 * without care, or an NLP model shared unsafely shows up here as a differing result.
 */
class SoakTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 3;

    @Test
    void eightThreadsOnTheSameNotesGiveTheSingleThreadedResultsEveryTime() throws Exception {
        List<Note> notes = notes();
        Linter linter = AllRules.linter();
        assertThat(linter.rules()).extracting(r -> r.id()).as("Java rules and the declarative pack")
                .contains("medicare/timed-code-start-stop", "vague-language/vague-status");
        List<LintResult> expected = new ArrayList<>();
        for (Note n : notes) {
            expected.add(linter.lint(n));
        }
        assertThat(expected).as("the notes give the rules work").anyMatch(r -> !r.findings().isEmpty());

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger lints = new AtomicInteger();
        List<Future<List<String>>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = t;
            work.add(pool.submit(() -> {
                List<String> differences = new ArrayList<>();
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < notes.size(); i++) {
                    order.add(i);
                }
                Random random = new Random(seed);
                for (int round = 0; round < ROUNDS; round++) {
                    Collections.shuffle(order, random);
                    for (int i : order) {
                        LintResult got = linter.lint(notes.get(i));
                        lints.incrementAndGet();
                        if (!got.equals(expected.get(i))) {
                            differences.add(notes.get(i).id() + " differs: " + got + " vs " + expected.get(i));
                        }
                    }
                }
                return differences;
            }));
        }
        List<String> differences = new ArrayList<>();
        for (Future<List<String>> f : work) {
            differences.addAll(f.get());
        }
        pool.shutdown();
        assertThat(differences).isEmpty();
        assertThat(lints.get()).isEqualTo(THREADS * ROUNDS * notes.size());
    }

    /** The pack's own test notes, each with the two before it as history, and the messy-text variants. */
    private static List<Note> notes() throws IOException {
        List<Note> plain = new ArrayList<>();
        try (InputStream in = SoakTest.class.getResourceAsStream("/io/notelint/rules/structure/structure-notes.jsonl")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                if (!line.isBlank()) {
                    JsonNode item = NoteJson.readTree(line);
                    plain.add(NoteJson.fromTree(item.has("note") ? item.get("note") : item));
                }
            }
        }
        List<Note> out = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
            List<Note> history = new ArrayList<>();
            for (int h = i - 1; h >= Math.max(0, i - 2); h--) {
                history.add(plain.get(h));
            }
            out.add(plain.get(i).withHistory(history));
        }
        HostileText.variants().forEach((name, text) -> {
            if (text.length() < 20_000) {
                out.add(Note.of(name, text).withHistory(List.of(Note.of("h", HostileText.BASE))));
            }
        });
        return out;
    }
}
