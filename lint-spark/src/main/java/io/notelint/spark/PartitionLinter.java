package io.notelint.spark;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.NoteError;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lints a partition of prepared notes ({@link PreparedNotes}) with the executor's shared Linter, lazily,
 * one note at a time. With {@code withHistory} the partition comes sorted by client, date and time, and
 * each note gets the client's earlier notes from a bounded {@link HistoryWindow}.
 */
final class PartitionLinter implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** The column the history assembly partitions and sorts by: the client, or the note itself. */
    static final String HISTORY_KEY = "historyKey";

    private final LintOptions options;
    private final boolean withHistory;
    private final LintCounters counters;

    PartitionLinter(LintOptions options, boolean withHistory, LintCounters counters) {
        this.options = options;
        this.withHistory = withHistory;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Linter linter = ExecutorLinters.forOptions(options, counters.lintersBuilt());
        HistoryWindow window = withHistory ? new HistoryWindow(linter.limits()) : null;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                if (!rows.hasNext()) {
                    throw new NoSuchElementException();
                }
                Row out = lint(rows.next(), linter, window);
                counters.count(out);
                return out;
            }
        };
    }

    private static Row lint(Row prepared, Linter linter, HistoryWindow window) {
        String noteId = prepared.getString(0);
        if (!prepared.isNullAt(6)) {
            return ResultRows.of(LintResult.failed(noteId, new NoteError(prepared.getString(6), prepared.getString(7), 0)), null);
        }
        ObjectNode tree = (ObjectNode) NoteJson.readTree(prepared.getString(5));
        if (window != null) {
            ArrayNode history = window.historyFor(prepared.getString(PreparedNotes.SCHEMA.size()) /* HISTORY_KEY, appended */);
            if (!history.isEmpty()) {
                tree.set("history", history);
            }
        }
        Note note;
        try {
            note = NoteJson.fromTree(tree);
        } catch (RuntimeException e) {
            // it decoded in the first stage; only the assembled history is new here
            return ResultRows.of(LintResult.failed(noteId, new NoteError("internal-error",
                    "the note could not be read with its history (" + e.getClass().getName() + ")", 0)), null);
        }
        if (window != null) {
            tree.remove("history");
            window.add(tree);
        }
        String clinician = note.fields().clinician() == null || note.fields().clinician().name().isEmpty() ? null
                : note.fields().clinician().name();
        try {
            return ResultRows.of(linter.lint(note), clinician);
        } catch (RuntimeException | StackOverflowError e) {
            // the engine turns a rule's failure into a RuleError; this is a failure around the rules
            return ResultRows.of(LintResult.failed(noteId, new NoteError("internal-error",
                    "the note could not be linted (" + e.getClass().getName() + ")", 0)), clinician);
        } catch (OutOfMemoryError e) {
            return ResultRows.of(LintResult.failed(noteId, new NoteError("internal-error",
                    "the note could not be linted (out of memory)", 0)), clinician);
        }
    }
}
