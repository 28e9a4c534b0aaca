package io.notelint.fhir;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.io.InputFile;
import io.notelint.io.NoteInputs;
import io.notelint.core.batch.NoteRecord;
import io.notelint.core.batch.PendingRecord;
import io.notelint.io.ReadOptions;
import io.notelint.core.batch.RecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reading inputs the way the CLI does (argument resolution, then one stream of records), and the repo's paths. */
final class FhirTestSupport {

    private FhirTestSupport() {
    }

    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("corpus/labelled.jsonl"))) {
            p = p.getParent();
        }
        return p;
    }

    /** Every record of the inputs named by {@code args}, decoded, in batch order. */
    static List<NoteRecord> read(String... args) {
        return read(ReadOptions.DEFAULT, args);
    }

    static List<NoteRecord> read(ReadOptions options, String... args) {
        List<InputFile> inputs = NoteInputs.resolve(List.of(args));
        List<NoteRecord> out = new ArrayList<>();
        try (RecordReader reader = NoteInputs.open(inputs, InputStream::nullInputStream, options)) {
            for (PendingRecord r = reader.next(); r != null; r = reader.next()) {
                out.add(r.decode());
            }
        }
        return out;
    }

    static List<LintResult> lint(Linter linter, List<NoteRecord> records) {
        List<LintResult> out = new ArrayList<>();
        for (NoteRecord r : records) {
            out.add(r.ok() ? linter.lint(r.note()) : LintResult.failed(r.noteId(), r.error()));
        }
        return out;
    }

    /** Runs scripts/notes-to-fhir.py; skipped (not failed) where python3 is missing. */
    static void convert(Path out, boolean gzip, Path... inputs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", repoRoot().resolve("scripts/notes-to-fhir.py").toString()));
        for (Path in : inputs) {
            cmd.add(in.toString());
        }
        cmd.add("--out");
        cmd.add(out.toString());
        if (gzip) {
            cmd.add("--gzip");
        }
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not available");
            return;
        }
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("notes-to-fhir.py failed: " + log);
        }
    }
}
