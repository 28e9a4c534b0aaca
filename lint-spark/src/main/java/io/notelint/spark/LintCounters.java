package io.notelint.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * The accumulators a lint run shows in the Spark UI (named {@code notelint.*}) and the job prints: notes
 * linted, findings, error records, and Linters built (one per executor JVM and configuration). Spark
 * counts a retried or re-computed task again: persist the results before several actions, as
 * {@link LintJob} does.
 */
public record LintCounters(LongAccumulator notes, LongAccumulator findings, LongAccumulator errors,
                           LongAccumulator lintersBuilt) implements Serializable {

    private static final long serialVersionUID = 1L;

    static LintCounters register(SparkSession spark) {
        var sc = spark.sparkContext();
        return new LintCounters(sc.longAccumulator("notelint.notes"), sc.longAccumulator("notelint.findings"),
                sc.longAccumulator("notelint.errors"), sc.longAccumulator("notelint.lintersBuilt"));
    }

    void count(Row result) {
        notes.add(1);
        findings.add(result.getSeq(3).size());
        if (ResultRows.ERROR.equals(result.getString(1))) {
            errors.add(1);
        }
    }
}
