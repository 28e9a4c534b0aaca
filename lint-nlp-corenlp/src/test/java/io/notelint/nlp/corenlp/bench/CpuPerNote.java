package io.notelint.nlp.corenlp.bench;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.limits.CpuClock;
import io.notelint.core.nlp.NlpBackends;
import io.notelint.output.ResultJson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench/corenlp-cpu.sh}: the CPU time per note of each backend on the labelled corpus, measured
 * on the linting thread (so a loaded machine gives the same numbers), and whether two passes give the
 * same results. This is what the watchdog's default is compared with for the CoreNLP backend
 * (docs/reliability.md). Usage: CpuPerNote CORPUS BACKEND...
 */
public final class CpuPerNote {

    private CpuPerNote() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        List<BackendBench.Item> items = BackendBench.read(corpus);
        for (int b = 1; b < args.length; b++) {
            String backend = args[b];
            // the watchdog off while measuring; build() warms every rule and model first
            Linter linter = Linter.builder().nlp(NlpBackends.load(backend)).timeBudget(Duration.ZERO).build();
            CpuClock clock = CpuClock.system();
            List<String> first = new ArrayList<>();
            long total = 0;
            long max = 0;
            String slowest = "";
            for (BackendBench.Item item : items) {
                long start = clock.currentThreadNanos();
                LintResult r = linter.lint(item.note());
                long used = clock.currentThreadNanos() - start;
                total += used;
                if (used > max) {
                    max = used;
                    slowest = item.note().id();
                }
                first.add(ResultJson.toLine(r));
            }
            int same = 0;
            for (int i = 0; i < items.size(); i++) {
                same += ResultJson.toLine(linter.lint(items.get(i).note())).equals(first.get(i)) ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "%-8s %d notes: CPU per note mean %.1f ms, max %.1f ms (%s);"
                    + " second pass identical for %d of %d%n", backend, items.size(), total / 1e6 / items.size(),
                    max / 1e6, slowest, same, items.size());
        }
    }
}
