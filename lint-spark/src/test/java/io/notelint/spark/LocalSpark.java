package io.notelint.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of the test JVM (starting one costs seconds): local[2], no UI, few shuffle
 * partitions so the small test sets do not make hundreds of empty tasks.
 */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession session() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("notelint-tests")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }
}
