package io.notelint.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;

/**
 * NoteLint over a Spark Dataset of notes: the library API (Java, Scala, and PySpark through the JVM; see
 * docs/spark.md).
 *
 * <pre>{@code
 * Dataset<Row> notes = spark.read().parquet("s3a://lake/notes/");
 * Dataset<Row> results = NoteLintSpark.results(notes, LintOptions.defaults().withColumn("text", "body"));
 * Dataset<Row> findings = NoteLintSpark.findingsOf(results);
 * }</pre>
 *
 * <p>Each note is decoded and checked as the CLI decodes a JSON note, and linted by the Linter its
 * executor built once for the options ({@link ExecutorLinters}). With history assembly on, the notes
 * are shuffled by client and sorted by date, and each note that has a client id and a session date and
 * no history of its own is linted with the client's earlier notes: the only shuffle of a run.
 * A record that is not a note becomes a row with status {@code error}; no record fails the job.
 */
public final class NoteLintSpark {

    private NoteLintSpark() {
    }

    /**
     * One row per note: {@code noteId}, {@code status} ({@code ok}, {@code rule-error} or {@code error}),
     * {@code error} (code, message, line), {@code findings} (ruleId, category, severity, message,
     * span (start, end, line, column), section, excerpt, suggestion), {@code ruleErrors} (ruleId,
     * message) and {@code clinician} (the clinician's name, when the note gives one).
     */
    public static Dataset<Row> results(Dataset<Row> notes, LintOptions options) {
        return lint(notes, options).results();
    }

    /**
     * One row per finding, flat for SQL and dashboards: {@code noteId}, {@code clinician}, {@code ruleId},
     * {@code category}, {@code severity}, {@code message}, {@code spanStart}, {@code spanEnd},
     * {@code line}, {@code column}, {@code section}, {@code excerpt}, {@code suggestion}.
     */
    public static Dataset<Row> findings(Dataset<Row> notes, LintOptions options) {
        return findingsOf(results(notes, options));
    }

    /** The findings of {@link #results} (or of a {@link LintRun}), flat. */
    public static Dataset<Row> findingsOf(Dataset<Row> results) {
        return results.select(col("noteId"), col("clinician"), explode(col("findings")).as("f"))
                .select(col("noteId"), col("clinician"), col("f.ruleId").as("ruleId"), col("f.category").as("category"),
                        col("f.severity").as("severity"), col("f.message").as("message"),
                        col("f.span.start").as("spanStart"), col("f.span.end").as("spanEnd"),
                        col("f.span.line").as("line"), col("f.span.column").as("column"),
                        col("f.section").as("section"), col("f.excerpt").as("excerpt"),
                        col("f.suggestion").as("suggestion"));
    }

    /**
     * The results with the run's counters (accumulators) and each result's JSON line; what the
     * {@link LintJob} writes. Lazy, like any Dataset: the counters fill as an action runs.
     *
     * @throws IllegalArgumentException when a mapped column or the JSON column is not in the Dataset
     * @throws io.notelint.core.config.ConfigException when the config is not valid
     * @throws IllegalStateException when two rules on the class path share an id
     */
    public static LintRun lint(Dataset<Row> notes, LintOptions options) {
        if (options.jsonColumn() != null && !java.util.List.of(notes.columns()).contains(options.jsonColumn())) {
            throw new IllegalArgumentException("the notes have no column '" + options.jsonColumn() + "' (the JSON column)");
        }
        LintCounters counters = LintCounters.register(notes.sparkSession());
        // a bad config (an unknown rule id, a bad option) fails here, on the driver, with file, line and key,
        // not in every task; the driver's Linter is counted with the executors' (in local mode they are one)
        ExecutorLinters.forOptions(options, counters.lintersBuilt());
        Dataset<Row> prepared = notes.mapPartitions(new PreparedNotes(options, notes.schema(), counters.lintersBuilt()),
                Encoders.row(PreparedNotes.SCHEMA));
        Dataset<Row> linted;
        if (options.assembleHistory()) {
            // the one shuffle: a client's notes meet in one partition, in date order, and stream past a bounded
            // window; a note without a client and date (or with its own history) has a key of its own, so it
            // is linted as it is, and the input is read once
            Column withClient = col("errorCode").isNull().and(col("clientId").isNotNull())
                    .and(col("sessionDate").isNotNull()).and(col("ownHistory").equalTo(false));
            Column key = when(withClient, concat(lit("client:"), col("clientId")))
                    .otherwise(concat(lit("note:"), col("noteId")));
            // as many partitions as the input has, and at least one per core: the assembly keeps the run's parallelism
            int partitions = Math.max(notes.rdd().getNumPartitions(), notes.sparkSession().sparkContext().defaultParallelism());
            linted = prepared.withColumn(PartitionLinter.HISTORY_KEY, key)
                    .repartition(partitions, col(PartitionLinter.HISTORY_KEY))
                    .sortWithinPartitions(col(PartitionLinter.HISTORY_KEY), col("sessionDate").asc_nulls_first(),
                            col("startTime").asc_nulls_first(), col("noteId"))
                    .mapPartitions(new PartitionLinter(options, true, counters), Encoders.row(ResultRows.SCHEMA));
        } else {
            linted = prepared.mapPartitions(new PartitionLinter(options, false, counters), Encoders.row(ResultRows.SCHEMA));
        }
        return new LintRun(linted, counters);
    }

    /**
     * Lints a FHIR input at any Hadoop path: a {@code DocumentReference} or {@code Composition}, a
     * {@code Bundle}, an NDJSON file or a Bulk Data export folder, read by lint-fhir (which must be on the
     * class path; the job jar carries it) exactly as {@code notelint check} reads it: results named by
     * resource reference ({@code DocumentReference/abc}), a broken record an error row, each note linted
     * with its subject's earlier notes (history assembly off: none). Each of the session's
     * {@code defaultParallelism} tasks reads the input and lints its share of the notes (docs/spark.md);
     * {@link LintOptions#columns()} and {@link LintOptions#jsonColumn()} do not apply.
     *
     * @throws IllegalArgumentException when the path does not exist
     * @throws IllegalStateException when lint-fhir is not on the class path
     */
    public static LintRun lintFhir(SparkSession spark, String path, LintOptions options) {
        return lintFhir(spark, path, options, FhirShardLinter.BLOCK);
    }

    /** {@link #lintFhir(SparkSession, String, LintOptions)} dealing {@code block} records at a time to each task. */
    static LintRun lintFhir(SparkSession spark, String path, LintOptions options, int block) {
        FhirShardLinter.fhirFormat(); // no lint-fhir: said here, on the driver
        String qualified;
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(p)) {
                throw new IllegalArgumentException("no such file or folder: " + path);
            }
            // a relative path means the driver's working folder, wherever the tasks run
            qualified = fs.makeQualified(p).toString();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage());
        }
        LintCounters counters = LintCounters.register(spark);
        ExecutorLinters.forOptions(options, counters.lintersBuilt()); // a bad config fails here, on the driver
        int shards = Math.max(1, spark.sparkContext().defaultParallelism());
        Broadcast<SerializableConfiguration> hadoop = SerializableConfiguration.broadcast(spark.sparkContext());
        Dataset<Row> linted = spark.range(0, shards, 1, shards).as(Encoders.LONG())
                .mapPartitions(new FhirShardLinter(qualified, path, shards, block, options, hadoop, counters), Encoders.row(ResultRows.SCHEMA));
        return new LintRun(linted, counters);
    }

}
