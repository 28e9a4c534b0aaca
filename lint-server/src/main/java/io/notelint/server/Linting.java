package io.notelint.server;

import io.notelint.core.batch.BatchRunner;
import io.notelint.core.batch.LintJob;
import io.notelint.core.batch.RuleOnStack;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.NoteError;
import io.notelint.io.InputFile;
import io.notelint.io.NoteInputs;
import io.notelint.io.ReadOptions;
import io.notelint.core.batch.RecordReader;
import io.notelint.core.limits.CpuClock;
import io.notelint.core.limits.Limits;
import io.notelint.output.ResultJson;
import io.notelint.grading.BatchGrader;
import io.notelint.grading.Grade;
import io.notelint.grading.GradeJson;
import io.notelint.grading.Grader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lints and grades request bodies the way {@code notelint check} and {@code grade} read standard input:
 * the same readers, the same {@link LintJob} on the same {@link BatchRunner} (its CPU-time watchdog
 * included), and the same JSON for each result, so a note's answer is byte for byte the CLI's line.
 */
final class Linting {

    static final String MAX_BATCH_NOTES = "maxBatchNotes";

    private final CpuClock clock;

    Linting(CpuClock clock) {
        this.clock = clock;
    }

    /** One note (a JSON document): its result line, or an {@link ApiError.Failure} when the body is not one note. */
    LintResult one(byte[] body, Linter linter) {
        List<LintResult> results = new ArrayList<>();
        run(body, InputFile.Kind.JSON, linter, 1, results::add);
        return single(results, body, r -> r.error());
    }

    /** One note graded: its grade, or a failure when the body is not one note. */
    Grade grade(byte[] body, Grader grader) {
        List<Grade> grades = new ArrayList<>();
        try (RecordReader reader = reader(body, InputFile.Kind.JSON, grader.linter().limits())) {
            new BatchGrader(grader, 1, clock).run(reader, (origin, g) -> grades.add(g));
        } catch (BatchRunner.InputFailure | BatchRunner.Stalled e) {
            throw ApiError.of(e instanceof BatchRunner.Stalled ? 503 : 400, "unreadable", e.getMessage()).failure();
        }
        return single(grades, body, Grade::error);
    }

    /**
     * A batch (JSON Lines): each result line to {@code sink} in input order, linted on {@code threads}.
     *
     * @throws ApiError.Failure 413 before any linting when the batch has more notes than {@code maxNotes}
     */
    void batch(byte[] body, Linter linter, int threads, int maxNotes, Consumer<LintResult> sink) {
        long notes = lines(body);
        if (notes > maxNotes) {
            throw ApiError.tooLarge(MAX_BATCH_NOTES, "the batch has " + notes + " notes, more than " + maxNotes
                    + " (" + MAX_BATCH_NOTES + "); split it into smaller requests").failure();
        }
        run(body, InputFile.Kind.JSON_LINES, linter, threads, sink);
    }

    static String line(LintResult result) {
        return ResultJson.toLine(result);
    }

    static String line(Grade grade) {
        return GradeJson.toLine(grade);
    }

    private void run(byte[] body, InputFile.Kind kind, Linter linter, int threads, Consumer<LintResult> sink) {
        try (RecordReader reader = reader(body, kind, linter.limits())) {
            new BatchRunner<LintResult>(threads, linter.limits(), clock, RuleOnStack.of(linter))
                    .run(reader, new LintJob(linter), (origin, result) -> sink.accept(result), () -> { });
        } catch (BatchRunner.Stalled e) {
            throw ApiError.of(503, "stalled", e.getMessage()).failure();
        } catch (BatchRunner.InputFailure e) {
            throw ApiError.of(400, "unreadable", e.getMessage()).failure();
        }
    }

    private static RecordReader reader(byte[] body, InputFile.Kind kind, Limits limits) {
        return NoteInputs.open(InputFile.stdin(kind), () -> new ByteArrayInputStream(body), ReadOptions.of(limits));
    }

    /**
     * The only result of a one-note request. A body that is not one readable note is the client's error:
     * 400 (with line and column for malformed JSON) or 413 for a note over a limit. A note the engine
     * could not finish (a rule over its time budget) is a result like the CLI's, not an HTTP error.
     */
    private static <R> R single(List<R> results, byte[] body, java.util.function.Function<R, NoteError> error) {
        if (results.isEmpty()) {
            throw ApiError.of(400, "empty", "the request body holds no note").failure();
        }
        if (results.size() > 1) {
            throw ApiError.of(400, "not-one-note", "the request body holds " + results.size() + " notes; send one"
                    + " note as application/json, or a batch as application/x-ndjson (one note a line)").failure();
        }
        R result = results.get(0);
        NoteError e = error.apply(result);
        if (e == null) {
            return result;
        }
        switch (e.code()) {
            case Limits.OVER_BUDGET, "internal-error" -> {
                // the note was read and the engine could not finish it: a result, as check prints it
                return result;
            }
            case "invalid-json", "invalid-utf8", "empty" -> throw malformed(e, body);
            case Limits.TOO_LARGE, Limits.TOO_DEEP -> throw new ApiError(413, e.code(), e.message(),
                    limitNamed(e.message()), 0, 0).failure();
            default -> throw new ApiError(400, e.code(), e.message(), null, e.line(), 0).failure();
        }
    }

    /** 400 naming line and column: the reader says the line, Jackson's own parse the column. */
    private static ApiError.Failure malformed(NoteError e, byte[] body) {
        long line = e.line();
        long column = 0;
        try {
            io.notelint.core.json.NoteJson.mapper().readTree(body);
        } catch (tools.jackson.core.JacksonException j) {
            if (j.getLocation() != null && j.getLocation().getLineNr() > 0) {
                line = j.getLocation().getLineNr();
                column = Math.max(j.getLocation().getColumnNr(), 0);
            }
        } catch (RuntimeException ignored) {
            // the reader's line is enough
        }
        return new ApiError(400, e.code(), e.message(), null, line, column).failure();
    }

    private static String limitNamed(String message) {
        for (String limit : List.of(Limits.MAX_NOTE_CHARS, Limits.MAX_RECORD_BYTES, Limits.MAX_NESTING_DEPTH,
                Limits.MAX_HISTORY_ENTRIES, Limits.MAX_HISTORY_CHARS)) {
            if (message.contains(limit)) {
                return limit;
            }
        }
        return null;
    }

    /** Non-blank lines: the notes of a JSON Lines body, counted before any is linted. */
    static long lines(byte[] body) {
        long count = 0;
        boolean content = false;
        for (byte b : body) {
            if (b == '\n') {
                count += content ? 1 : 0;
                content = false;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                content = true;
            }
        }
        return count + (content ? 1 : 0);
    }
}
