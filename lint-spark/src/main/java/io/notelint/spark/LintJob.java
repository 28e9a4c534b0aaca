package io.notelint.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.grouping;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.notelint.core.config.ConfigException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The spark-submit job: reads notes from any Hadoop file system path, lints them and writes under the
 * output path the results (one per note; in jsonl each line is what {@code notelint check --format jsonl}
 * writes), the flat findings, and a summary (notes and findings per clinician, category and severity).
 * A bad record is an error row; the job fails only for a usage or config error (exit 2) or when Spark
 * itself cannot read or write. docs/spark.md.
 */
public final class LintJob {

    private LintJob() {
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("NoteLint").getOrCreate();
        int code;
        try {
            code = run(spark, args, System.err);
        } finally {
            spark.stop();
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the job on this session; 0 when it completed, 2 for a usage or config error (said on {@code err}). */
    static int run(SparkSession spark, String[] args, PrintStream err) {
        JobArgs job;
        LintOptions options;
        try {
            job = JobArgs.parse(args);
            options = LintOptions.defaults().withHistoryAssembly(job.history());
            if (job.config() != null) {
                options = options.withConfigFile(job.config());
            }
            for (var c : job.columns().entrySet()) {
                options = options.withColumn(c.getKey(), c.getValue());
            }
            if (job.format().equals("fhir") && !job.columns().isEmpty()) {
                throw new IllegalArgumentException("--column applies to jsonl, parquet and csv input; FHIR input is"
                        + " mapped by lint-fhir (docs/fhir.md)");
            }
        } catch (ConfigException e) {
            err.println("notelint-spark: config error: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("notelint-spark: " + e.getMessage());
            err.println(JobArgs.USAGE);
            return 2;
        }
        SparkContext sc = spark.sparkContext();
        LintRun run;
        try {
            if (job.format().equals("fhir")) {
                try {
                    run = NoteLintSpark.lintFhir(spark, job.input(), options);
                } catch (IllegalArgumentException e) {
                    err.println("notelint-spark: cannot read --input " + job.input() + ": " + e.getMessage());
                    return 2;
                }
            } else {
                Dataset<Row> notes;
                try {
                    notes = read(spark, job);
                } catch (Exception e) {
                    // Spark's AnalysisException (a checked exception Java cannot name here): no such path, no files
                    err.println("notelint-spark: cannot read --input " + job.input() + ": " + firstLine(e.getMessage()));
                    return 2;
                }
                if (job.format().equals("jsonl")) {
                    options = options.withJsonColumn("value");
                }
                run = NoteLintSpark.lint(notes, options);
            }
        } catch (ConfigException e) {
            err.println("notelint-spark: config error: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("notelint-spark: " + e.getMessage());
            return 2;
        }
        Dataset<Row> linted = run.linted().persist(StorageLevel.MEMORY_AND_DISK());
        try {
            stage(sc, "NoteLint: lint notes, write results");
            Dataset<Row> results = job.outputFormat().equals("jsonl") ? linted.select("result") : run.results();
            write(results, job, "results", job.outputFormat().equals("jsonl"));

            stage(sc, "NoteLint: write findings");
            write(NoteLintSpark.findingsOf(run.results()), job, "findings", false);

            stage(sc, "NoteLint: write summary");
            write(noteSummary(run.results()), job, "summary/notes", false);
            write(findingSummary(run.results()), job, "summary/findings", false);
            sc.clearCallSite();
            LintCounters c = run.counters();
            err.println("notelint-spark: " + c.notes().value() + " notes, " + c.findings().value() + " findings, "
                    + c.errors().value() + " records could not be linted (status error), " + c.lintersBuilt().value()
                    + " Linter(s) built (one per executor JVM); written under " + job.output());
            return 0;
        } finally {
            linted.unpersist();
        }
    }

    private static Dataset<Row> read(SparkSession spark, JobArgs job) {
        return switch (job.format()) {
            // one JSON note a line, decoded by NoteLint as the CLI decodes it (blank lines skipped)
            case "jsonl" -> spark.read().text(job.input());
            case "parquet" -> spark.read().parquet(job.input());
            // every cell a string, so the CLI's CSV cell conventions apply (diagnoses "F41.1; F32.0")
            case "csv" -> spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                    .option("inferSchema", "false").csv(job.input());
            default -> throw new IllegalArgumentException("unknown format " + job.format());
        };
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** Names the stages and the jobs of the next action in the Spark UI. */
    private static void stage(SparkContext sc, String name) {
        sc.setJobDescription(name);
        sc.setCallSite(name);
    }

    private static void write(Dataset<Row> data, JobArgs job, String part, boolean text) {
        String path = job.output().replaceAll("/+$", "") + "/" + part;
        DataFrameWriter<Row> w = data.write().mode(job.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        if (text) {
            w.text(path);
        } else if (job.outputFormat().equals("jsonl")) {
            w.json(path);
        } else {
            w.parquet(path);
        }
    }

    /** Notes, error records, rule errors and findings per clinician, and for all ("(all)"). */
    static Dataset<Row> noteSummary(Dataset<Row> results) {
        Dataset<Row> known = results.withColumn("clinician", coalesce(col("clinician"), lit("(unknown)")));
        return known.rollup("clinician")
                .agg(count(lit(1)).as("notes"),
                        sum(when(col("status").equalTo(ResultRows.ERROR), 1).otherwise(0)).as("errors"),
                        sum(when(col("status").equalTo(ResultRows.RULE_ERROR), 1).otherwise(0)).as("ruleErrors"),
                        sum(when(size(col("findings")).gt(0), 1).otherwise(0)).as("notesWithFindings"),
                        sum(size(col("findings"))).as("findings"), grouping("clinician").as("allClinicians"))
                .withColumn("clinician", all(col("allClinicians"), col("clinician"))).drop("allClinicians")
                .orderBy("clinician").coalesce(1);
    }

    /** Findings per clinician, category and severity, and for all clinicians ("(all)"). */
    static Dataset<Row> findingSummary(Dataset<Row> results) {
        Dataset<Row> flat = NoteLintSpark.findingsOf(results)
                .withColumn("clinician", coalesce(col("clinician"), lit("(unknown)")));
        return flat.cube("clinician", "category", "severity")
                .agg(count(lit(1)).as("findings"), grouping("clinician").as("gc"), grouping("category").as("gk"),
                        grouping("severity").as("gs"))
                .filter(col("gk").equalTo(0).and(col("gs").equalTo(0)))
                .withColumn("clinician", all(col("gc"), col("clinician"))).drop("gc", "gk", "gs")
                .orderBy("clinician", "category", "severity").coalesce(1);
    }

    private static Column all(Column grouping, Column value) {
        return when(grouping.equalTo(1), lit("(all)")).otherwise(value);
    }
}
