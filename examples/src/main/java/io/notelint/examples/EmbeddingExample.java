package io.notelint.examples;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.Diagnosis;
import io.notelint.core.model.Goal;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFields;
import io.notelint.core.model.NoteFormat;
import io.notelint.core.rule.Finding;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How a records system embeds NoteLint: build one {@link Linter} at start-up, share it between all
 * request threads, lint notes as the clinician saves them, and underline each finding's span.
 *
 * <p>Run with {@code ./mvnw -B -q -pl examples -am compile exec:java} (it is also run by
 * {@code EmbeddingExampleTest}).
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) throws Exception {
        run(System.out);
    }

    /** Lints two notes on a small thread pool with one shared linter and prints what an editor would show. */
    public static List<LintResult> run(PrintStream out) throws Exception {
        // Built once: loads the rules found on the class path and the NLP models. Thread-safe from here on.
        Linter linter = Linter.builder().build();

        List<Note> notes = List.of(
                Note.of("draft-1", "Client is doing well. We talked about things.").withFormat(NoteFormat.FREE),
                Note.of("draft-2", "S: Client reports sleeping 7 hours and mood 6/10. Denies SI/HI.\n"
                        + "O: Calm, speech normal.\nA: Depressive symptoms easing; PHQ-9 9, down from 14.\n"
                        + "P: Continue activity scheduling. Next session 12/02 at 15:00.")
                        // the structured fields a records system holds, named one by one
                        .withFields(NoteFields.builder()
                                .sessionDate(LocalDate.of(2026, 11, 25))
                                .startTime(LocalTime.of(15, 0)).endTime(LocalTime.of(15, 50))
                                .cptCode("90834")
                                .diagnoses(List.of(new Diagnosis("F33.1", "Major depressive disorder, recurrent, moderate")))
                                .goals(List.of(new Goal("G1", "Increase pleasant activities to 3 a week")))
                                .build()));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<LintResult>> pending = new ArrayList<>();
            for (Note note : notes) {
                pending.add(pool.submit(() -> linter.lint(note)));
            }
            List<LintResult> results = new ArrayList<>();
            for (int i = 0; i < notes.size(); i++) {
                LintResult result = pending.get(i).get();
                results.add(result);
                print(notes.get(i), result, out);
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static void print(Note note, LintResult result, PrintStream out) {
        out.println(note.id() + ": " + result.findings().size() + " finding(s)");
        for (Finding f : result.findings()) {
            String where = result.positionOf(f).map(p -> p.line() + ":" + p.column()).orElse("note");
            out.println("  " + where + " " + f.severity().id() + " [" + f.ruleId() + "] " + f.message());
            if (f.suggestion() != null) {
                out.println("      fix: " + f.suggestion());
            }
        }
    }
}
