package io.notelint.nlp.corenlp.bench;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.limits.CpuClock;
import io.notelint.core.nlp.NlpBackends;
import io.notelint.nlp.corenlp.CoreNlpBackend;
import io.notelint.output.ResultJson;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench/corenlp-cpu.sh}: the CPU time per note of each backend on a corpus (labelled, or plain
 * notes), measured on the linting thread (so a loaded machine gives the same numbers), how many sentences
 * the backend was asked to parse, and whether two passes give the same results. This is what the watchdog's default is compared with for the CoreNLP backend
 * (docs/reliability.md). Usage: CpuPerNote CORPUS BACKEND...
 */
public final class CpuPerNote {

    private CpuPerNote() {
    }

    /** The notes of a labelled corpus ({"note": ...} lines) or of a plain JSON Lines file of notes. */
    static List<Note> notes(Path file) throws IOException {
        List<Note> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode tree = NoteJson.readTree(line);
            try {
                out.add(NoteJson.fromTree(tree.has("note") ? tree.get("note") : tree));
            } catch (NoteFormatException e) {
                // a malformed note is left out, as score.py counts it missing
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        List<Note> items = notes(corpus);
        for (int b = 1; b < args.length; b++) {
            String backend = args[b];
            // the watchdog off while measuring; build() warms every rule and model first
            // "corenlp:0": the CoreNLP backend remembering no parse (every sentence parsed afresh)
            CountingBackend nlp = new CountingBackend(backend.equals("corenlp:0")
                    ? new CoreNlpBackend(NlpBackends.defaultBackend(), 0) : NlpBackends.load(backend));
            Linter linter = Linter.builder().nlp(nlp).timeBudget(Duration.ZERO).build();
            long warmUpParses = nlp.parses.sum();
            long warmUpSentences = nlp.sentences.sum();
            // the first pass gives the results and warms the JIT for this backend's code; the second is timed
            // (timing the first would favour whichever backend runs later, on code the earlier one compiled)
            List<String> first = new ArrayList<>();
            for (Note note : items) {
                first.add(ResultJson.toLine(linter.lint(note)));
            }
            long parsed = nlp.parses.sum() - warmUpParses;
            long split = nlp.sentences.sum() - warmUpSentences;
            CpuClock clock = CpuClock.system();
            long total = 0;
            long max = 0;
            String slowest = "";
            int same = 0;
            for (int i = 0; i < items.size(); i++) {
                long start = clock.currentThreadNanos();
                LintResult r = linter.lint(items.get(i));
                long used = clock.currentThreadNanos() - start;
                total += used;
                if (used > max) {
                    max = used;
                    slowest = items.get(i).id();
                }
                same += ResultJson.toLine(r).equals(first.get(i)) ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "%-9s %d notes: CPU per note mean %.2f ms, max %.1f ms (%s);"
                    + " sentences parsed %d of %d in the first pass; second pass identical for %d of %d%n", backend, items.size(),
                    total / 1e6 / items.size(), max / 1e6, slowest, parsed, split, same, items.size());
        }
    }
}
