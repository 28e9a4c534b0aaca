package io.notelint.spark;

import io.notelint.core.batch.NoteRecord;
import io.notelint.core.batch.PendingRecord;
import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.batch.RecordReader;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.limits.Limits;
import io.notelint.core.model.NoteError;
import io.notelint.io.InputFormat;
import io.notelint.io.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.ServiceLoader;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Lints one shard of a FHIR input (a Bundle, an NDJSON file or a Bulk Data export folder) through
 * lint-fhir's own reader, found as the {@code FHIR} {@link InputFormat} service: the one FHIR mapping
 * there is, with its error records, its resource-reference ids and each note's history by subject.
 *
 * <p>Every shard opens the whole input (lint-fhir's first pass indexes the encounters, practitioners
 * and notes of the export, a note's history may be anywhere in it) and decodes and lints only its own
 * records: blocks of {@link #BLOCK} records (by default), dealt round the shards in input order, so the
 * costly part, mapping and linting, is spread over the executors, while a client's consecutive notes
 * mostly stay in one shard, where lint-fhir's history cache keeps them.
 */
final class FhirShardLinter implements MapPartitionsFunction<Long, Row> {

    private static final long serialVersionUID = 1L;

    /** Records in a row that go to the same shard. */
    static final int BLOCK = 64;

    private final String input;
    private final String name;
    private final int shards;
    private final int block;
    private final LintOptions options;
    private final Broadcast<SerializableConfiguration> hadoop;
    private final LintCounters counters;

    /**
     * @param input the input's fully qualified path
     * @param name  the input as the user gave it, which names it in results and messages
     */
    FhirShardLinter(String input, String name, int shards, int block, LintOptions options,
                    Broadcast<SerializableConfiguration> hadoop, LintCounters counters) {
        this.input = input;
        this.name = name;
        this.shards = shards;
        this.block = block;
        this.options = options;
        this.hadoop = hadoop;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Long> shardNumbers) {
        if (!shardNumbers.hasNext()) {
            return java.util.Collections.emptyIterator();
        }
        int shard = shardNumbers.next().intValue();
        Linter linter = ExecutorLinters.forOptions(options, counters.lintersBuilt());
        LocalInput local;
        RecordReader reader;
        try {
            local = LocalInput.of(input, hadoop.value().value());
            InputFormat fhir = fhirFormat();
            if (!fhir.claims(local.path())) {
                return whole(shard, "not-fhir", "the input is not FHIR: no DocumentReference, Composition or Bundle"
                        + " JSON, FHIR NDJSON or Bulk Data export found there");
            }
            reader = open(fhir, local, linter.limits());
        } catch (IOException | UncheckedIOException e) {
            // the input as a whole (a manifest that is not JSON, say), not a record: one error row, from shard 0
            return whole(shard, "unreadable-input", "cannot read the FHIR input: " + firstLine(e.getMessage()));
        }
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) t -> {
                reader.close();
                local.close();
            });
        }
        return new Iterator<>() {
            private long index = -1;
            private PendingRecord next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    PendingRecord r = reader.next();
                    if (r == null) {
                        return false;
                    }
                    index++;
                    if ((index / block) % shards == shard) {
                        next = r;
                    }
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                PendingRecord r = next;
                next = null;
                Row out = lint(r, linter);
                counters.count(out);
                return out;
            }
        };
    }

    private RecordReader open(InputFormat fhir, LocalInput local, Limits limits) throws IOException {
        Limits read = options.assembleHistory() ? limits : limits.withMaxHistoryEntries(0);
        // the reader names results and messages after the input as the user gave it, as notelint check does
        return fhir.open(local.path(), name, ReadOptions.of(read));
    }

    /** Decodes and lints one record as {@code notelint check} does; a failure is the record's error row. */
    private static Row lint(PendingRecord pending, Linter linter) {
        RecordOrigin origin = pending.origin();
        NoteRecord record;
        try {
            record = pending.decode();
        } catch (RuntimeException e) {
            return ResultRows.of(LintResult.failed("line-" + origin.line(), new NoteError("invalid-note",
                    "the record could not be decoded (" + e.getClass().getName() + ")", origin.line())), null);
        }
        if (!record.ok()) {
            return ResultRows.of(LintResult.failed(record.noteId(), record.error()), null);
        }
        var fields = record.note().fields();
        String clinician = fields.clinician() == null || fields.clinician().name().isEmpty() ? null
                : fields.clinician().name();
        try {
            return ResultRows.of(located(linter.lint(record.note()), origin), clinician);
        } catch (RuntimeException | StackOverflowError e) {
            return ResultRows.of(LintResult.failed(record.noteId(), new NoteError("internal-error",
                    "the note could not be linted (" + e.getClass().getName() + ")", origin.line())), clinician);
        } catch (OutOfMemoryError e) {
            return ResultRows.of(LintResult.failed(record.noteId(), new NoteError("internal-error",
                    "the note could not be linted (out of memory)", origin.line())), clinician);
        }
    }

    /** An engine error (over a limit) gets the record's line, as the CLI gives it. */
    private static LintResult located(LintResult result, RecordOrigin origin) {
        NoteError e = result.error();
        if (e == null || e.line() != 0 || origin.wholeFile()) {
            return result;
        }
        return LintResult.failed(result.noteId(), new NoteError(e.code(), "line " + origin.line() + ": " + e.message(),
                origin.line()));
    }

    /** An error of the input as a whole: one row, from the first shard only. */
    private Iterator<Row> whole(int shard, String code, String message) {
        if (shard != 0) {
            return java.util.Collections.emptyIterator();
        }
        Row out = ResultRows.of(LintResult.failed(name, new NoteError(code, message, 0)), null);
        counters.count(out);
        return java.util.List.of(out).iterator();
    }

    /** lint-fhir's input format: on the class path of the job jar, loaded by name, never compiled against. */
    static InputFormat fhirFormat() {
        for (InputFormat f : ServiceLoader.load(InputFormat.class, FhirShardLinter.class.getClassLoader())) {
            if (f.name().equals("FHIR")) {
                return f;
            }
        }
        throw new IllegalStateException("FHIR input needs lint-fhir on the class path (the notelint-spark job jar"
                + " carries it; a library user adds io.notelint:lint-fhir)");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
