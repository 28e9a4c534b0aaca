package io.notelint.bench;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.json.NoteJson;
import io.notelint.core.limits.CpuClock;
import io.notelint.core.model.Note;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench worst CORPUS.jsonl [SCALE]}: the CPU time of the slowest notes, the number the watchdog's
 * default ({@code Limits.DEFAULT}) is set far above (docs/reliability.md). Lints every note of the corpus
 * on this thread, then notes built at the input limits (the longest note, the longest line, a note of
 * 30,000 clock times, 150,000 list markers, the longest history) at SCALE (default 1.0) of the limit,
 * and prints each note's CPU time, slowest first. CPU time of this thread: the same on a loaded machine.
 * The watchdog is off while measuring.
 */
final class WorstCase {

    private WorstCase() {
    }

    static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        Linter linter = Linter.builder().timeBudget(Duration.ZERO).build();
        List<Note> corpusNotes = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                corpusNotes.add(NoteJson.parseNote(line, null));
            }
        }
        List<Timing> real = new ArrayList<>();
        for (Note n : corpusNotes) {
            real.add(time(linter, n, n.id()));
        }
        real.sort(Comparator.comparingLong(Timing::nanos).reversed());
        System.out.printf(Locale.ROOT, "corpus %s: %d notes; slowest five:%n", corpus, real.size());
        real.stream().limit(5).forEach(WorstCase::print);

        int maxChars = (int) (linter.limits().maxNoteChars() * scale);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; joined.length() < maxChars; i++) {
            joined.append(corpusNotes.get(i % corpusNotes.size()).text()).append("\n\n");
        }
        List<Note> limitNotes = List.of(
                Note.of("corpus notes joined to the note-size limit", joined.substring(0, maxChars)),
                Note.of("one line of words with no sentence end", line("client reports feeling ", maxChars)),
                Note.of("\"Plan:\" + \"10:00-\" repeated", "Plan:" + line("10:00-", maxChars - 5)),
                Note.of("list markers (\"- \" lines) after a plan", "P: Next session 3/10.\n" + line("- \n", maxChars / 2)),
                Note.of("quotes and negations repeated", line("Denies \"no plan\" today; ", maxChars)),
                Note.of("time words repeated", line("every 2 weeks on Monday at 3 pm next ", maxChars)),
                Note.of("numbers and spaces", line("1 2 ", maxChars)),
                Note.of("risk words repeated", "A: " + line("suicidal ideation, no plan, denies intent. ", maxChars - 3)),
                Note.of("headers repeated", line("Plan:\nS:\n", maxChars)),
                history(corpusNotes, linter, scale));
        System.out.printf(Locale.ROOT, "notes at %.0f%% of the input limits:%n", scale * 100);
        for (Note n : limitNotes) {
            print(time(linter, n, n.id()));
        }
    }

    /** The longest history the limits allow: earlier notes of joined corpus text. */
    private static Note history(List<Note> corpusNotes, Linter linter, double scale) {
        int entries = linter.limits().maxHistoryEntries();
        int each = (int) (linter.limits().maxHistoryChars() * scale / entries);
        List<Note> earlier = new ArrayList<>();
        for (int e = 0; e < entries; e++) {
            StringBuilder text = new StringBuilder();
            for (int i = e; text.length() < each; i++) {
                text.append(corpusNotes.get(i % corpusNotes.size()).text()).append('\n');
            }
            earlier.add(Note.of("h" + e, text.substring(0, each)));
        }
        Note first = corpusNotes.get(0);
        return new Note("the longest history", first.text(), first.format(), first.fields(), earlier, first.extra());
    }

    private static String line(String unit, int chars) {
        return unit.repeat(Math.max(1, chars / unit.length()));
    }

    private static Timing time(Linter linter, Note note, String label) {
        CpuClock clock = CpuClock.system();
        long start = clock.currentThreadNanos();
        LintResult r = linter.lint(note);
        long used = clock.currentThreadNanos() - start;
        return new Timing(label, note.text().length(), used, r.ok() && r.ruleErrors().isEmpty());
    }

    private static void print(Timing t) {
        System.out.printf(Locale.ROOT, "  %9.1f ms CPU  %9d chars  %s%s%n", t.nanos() / 1e6, t.chars(), t.label(),
                t.clean() ? "" : "  (rule errors)");
    }

    private record Timing(String label, int chars, long nanos, boolean clean) {
    }
}
