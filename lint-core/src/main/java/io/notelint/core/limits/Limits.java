package io.notelint.core.limits;

import io.notelint.core.model.Note;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The bounds NoteLint keeps whatever it is fed, so that one hostile or broken record costs an error
 * result, never the process (an {@link OutOfMemoryError}, a hang) and never a silently shortened note.
 * Every limit has a safe default ({@link #DEFAULT}); a record past a limit gets an error naming it.
 *
 * @param maxNoteChars      longest note text, in UTF-16 chars (Java {@code String} length)
 * @param maxRecordBytes    largest input record, in bytes: a JSON Lines line, an element of a
 *                          {@code .json} array, a {@code .txt} file; a larger one is skipped to its end
 *                          without being held in memory
 * @param maxNestingDepth   deepest nesting of JSON arrays and objects in one record
 * @param maxHistoryEntries most earlier notes a note may carry in {@code history}
 * @param maxHistoryChars   most chars of text in all of a note's earlier notes together
 * @param timeBudget        the watchdog: CPU time (not wall time) the linting thread may spend on one
 *                          note; a rule still running when it is used up is stopped and the note gets an
 *                          error result ({@link Duration#ZERO}: no watchdog). A last resort for a runaway
 *                          rule: the work of real notes is bounded by the other limits
 */
public record Limits(int maxNoteChars, int maxRecordBytes, int maxNestingDepth, int maxHistoryEntries,
                     long maxHistoryChars, Duration timeBudget) {

    /** The limit names as they appear in config files ({@code limits:}) and error messages. */
    public static final String MAX_NOTE_CHARS = "maxNoteChars";
    public static final String MAX_RECORD_BYTES = "maxRecordBytes";
    public static final String MAX_NESTING_DEPTH = "maxNestingDepth";
    public static final String MAX_HISTORY_ENTRIES = "maxHistoryEntries";
    public static final String MAX_HISTORY_CHARS = "maxHistoryChars";
    public static final String TIME_BUDGET_MS = "timeBudgetMs";

    /** Error code of a record over a size or count limit. */
    public static final String TOO_LARGE = "too-large";
    /** Error code of a note stopped by the watchdog: a rule used more than {@link #timeBudget()} of CPU time. */
    public static final String OVER_BUDGET = "time-budget";
    /** Error code of a record nested deeper than {@link #maxNestingDepth()}. */
    public static final String TOO_DEEP = "too-deep";

    /**
     * 1,000,000 chars of note text (a long note is 10-20 thousand), 16 MiB a record, 64 levels of
     * nesting, 100 earlier notes with 4,000,000 chars of text between them, and a watchdog of 30 seconds
     * of CPU time a note: far above the slowest note measured (docs/reliability.md), so that it never
     * decides a real note's result.
     */
    public static final Limits DEFAULT = new Limits(1_000_000, 16 * 1024 * 1024, 64, 100, 4_000_000,
            Duration.ofSeconds(30));

    public Limits {
        positive(maxNoteChars, MAX_NOTE_CHARS);
        positive(maxRecordBytes, MAX_RECORD_BYTES);
        positive(maxNestingDepth, MAX_NESTING_DEPTH);
        if (maxHistoryEntries < 0) {
            throw new IllegalArgumentException(MAX_HISTORY_ENTRIES + " must not be negative");
        }
        if (maxHistoryChars < 0) {
            throw new IllegalArgumentException(MAX_HISTORY_CHARS + " must not be negative");
        }
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (timeBudget.isNegative()) {
            throw new IllegalArgumentException("the time budget must not be negative");
        }
    }

    private static void positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1");
        }
    }

    public Limits withMaxNoteChars(int value) {
        return new Limits(value, maxRecordBytes, maxNestingDepth, maxHistoryEntries, maxHistoryChars, timeBudget);
    }

    public Limits withMaxRecordBytes(int value) {
        return new Limits(maxNoteChars, value, maxNestingDepth, maxHistoryEntries, maxHistoryChars, timeBudget);
    }

    public Limits withMaxNestingDepth(int value) {
        return new Limits(maxNoteChars, maxRecordBytes, value, maxHistoryEntries, maxHistoryChars, timeBudget);
    }

    public Limits withMaxHistoryEntries(int value) {
        return new Limits(maxNoteChars, maxRecordBytes, maxNestingDepth, value, maxHistoryChars, timeBudget);
    }

    public Limits withMaxHistoryChars(long value) {
        return new Limits(maxNoteChars, maxRecordBytes, maxNestingDepth, maxHistoryEntries, value, timeBudget);
    }

    public Limits withTimeBudget(Duration value) {
        return new Limits(maxNoteChars, maxRecordBytes, maxNestingDepth, maxHistoryEntries, maxHistoryChars, value);
    }

    /** True when a watchdog stops a note that uses more than {@link #timeBudget()} of CPU time. */
    public boolean hasTimeBudget() {
        return !timeBudget.isZero();
    }

    /**
     * Why a note is over a limit, as a message that names the limit and never the note's content; empty
     * when the note is within every limit. The note-level limits are checked here, by the engine, so
     * that notes built in code are bounded as much as notes read from files.
     */
    public Optional<String> exceededBy(Note note) {
        if (note.text().length() > maxNoteChars) {
            return Optional.of("note text of " + note.text().length() + " chars is over the limit of "
                    + maxNoteChars + " (" + MAX_NOTE_CHARS + ")");
        }
        if (note.history().size() > maxHistoryEntries) {
            return Optional.of("history of " + note.history().size() + " notes is over the limit of "
                    + maxHistoryEntries + " (" + MAX_HISTORY_ENTRIES + ")");
        }
        long chars = 0;
        for (Note earlier : note.history()) {
            chars += earlier.text().length();
        }
        if (chars > maxHistoryChars) {
            return Optional.of("history text of " + chars + " chars is over the limit of " + maxHistoryChars
                    + " (" + MAX_HISTORY_CHARS + ")");
        }
        return Optional.empty();
    }
}
