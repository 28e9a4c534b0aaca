package io.notelint.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A lint run: its rows (the public result columns and {@code result}, each note's result as the CLI's
 * JSON line) and its counters.
 */
public record LintRun(Dataset<Row> linted, LintCounters counters) {

    /** The public result columns ({@link NoteLintSpark#results}). */
    public Dataset<Row> results() {
        return linted.drop("result");
    }

    /** Each note's result as one JSON line, the shape of {@code notelint check --format jsonl}. */
    public Dataset<String> jsonLines() {
        return linted.select("result").as(org.apache.spark.sql.Encoders.STRING());
    }
}
