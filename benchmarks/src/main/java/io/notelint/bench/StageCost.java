package io.notelint.bench;

import com.sun.management.ThreadMXBean;
import io.notelint.core.batch.NoteRecord;
import io.notelint.core.batch.PendingRecord;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.io.JsonLinesReader;
import io.notelint.output.ResultJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the whole process's work per note goes outside the rules (issue 15): for each stage of
 * {@code notelint check --format jsonl} on one thread (splitting lines, decoding a line into a note,
 * linting, writing the result line), the CPU time and the bytes allocated per note, from this thread's
 * own counters (com.sun.management), round after round over the same JSON Lines file so that the later
 * rounds show the warm figures. The output goes to a null stream: the bytes are counted, not stored.
 */
final class StageCost {

    private StageCost() {
    }

    static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: bench stages NOTES.jsonl [ROUNDS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        Linter linter = Linter.builder().build();
        long[] written = new long[1];
        Writer out = new BufferedWriter(new OutputStreamWriter(new OutputStream() {
            @Override
            public void write(int b) {
                written[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written[0] += len;
            }
        }, StandardCharsets.UTF_8), 1 << 16);
        for (int r = 1; r <= rounds; r++) {
            written[0] = 0;
            long[] cpu = new long[4];
            long[] bytes = new long[4];
            int notes = 0;
            try (InputStream in = Files.newInputStream(file)) {
                JsonLinesReader reader = new JsonLinesReader(in, file.toString());
                List<PendingRecord> pending = new ArrayList<>();
                long c0 = mx.getCurrentThreadCpuTime();
                long a0 = mx.getCurrentThreadAllocatedBytes();
                for (PendingRecord p = reader.next(); p != null; p = reader.next()) {
                    pending.add(p);
                }
                cpu[0] += mx.getCurrentThreadCpuTime() - c0;
                bytes[0] += mx.getCurrentThreadAllocatedBytes() - a0;
                for (PendingRecord p : pending) {
                    long c1 = mx.getCurrentThreadCpuTime();
                    long a1 = mx.getCurrentThreadAllocatedBytes();
                    NoteRecord record = p.decode();
                    long c2 = mx.getCurrentThreadCpuTime();
                    long a2 = mx.getCurrentThreadAllocatedBytes();
                    LintResult result = record.ok() ? linter.lint(record.note())
                            : LintResult.failed(record.noteId(), record.error());
                    long c3 = mx.getCurrentThreadCpuTime();
                    long a3 = mx.getCurrentThreadAllocatedBytes();
                    ResultJson.writeLine(result, out);
                    out.write('\n');
                    long c4 = mx.getCurrentThreadCpuTime();
                    long a4 = mx.getCurrentThreadAllocatedBytes();
                    cpu[1] += c2 - c1;
                    bytes[1] += a2 - a1;
                    cpu[2] += c3 - c2;
                    bytes[2] += a3 - a2;
                    cpu[3] += c4 - c3;
                    bytes[3] += a4 - a3;
                    notes++;
                }
            }
            out.flush();
            String[] names = {"split lines", "decode", "lint", "write"};
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d (%d notes, %.0f output bytes/note):",
                    r, notes, (double) written[0] / notes));
            for (int s = 0; s < 4; s++) {
                line.append(String.format(Locale.ROOT, " %s %.3f ms %.1f KB;", names[s], cpu[s] / 1e6 / notes,
                        bytes[s] / 1024.0 / notes));
            }
            System.out.println(line.append(" per note (CPU, allocated)"));
        }
    }
}
