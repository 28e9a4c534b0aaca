package io.notelint.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link LintJob}'s command line, parsed and checked: a wrong option fails with a sentence that names
 * it, before any Spark work starts.
 */
record JobArgs(String input, String format, String output, String outputFormat, Path config,
               Map<String, String> columns, boolean history, boolean overwrite) {

    static final String USAGE = """
            usage: spark-submit --class io.notelint.spark.LintJob notelint-spark.jar
                     --input PATH --format jsonl|parquet|csv|fhir --output PATH
                     [--output-format parquet|jsonl] [--config notelint.yaml] [--column TARGET=COLUMN]...
                     [--no-history] [--overwrite]
              PATH is any Hadoop file system path (file:, hdfs:, s3a:, abfss:); writes PATH/results,
              PATH/findings, PATH/summary/notes and PATH/summary/findings.""";

    static JobArgs parse(String[] args) {
        String input = null;
        String format = null;
        String output = null;
        String outputFormat = "parquet";
        Path config = null;
        Map<String, String> columns = new LinkedHashMap<>();
        boolean history = true;
        boolean overwrite = false;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String opt = rest.remove(0);
            switch (opt) {
                case "--input" -> input = value(opt, rest);
                case "--format" -> format = oneOf(opt, value(opt, rest), "jsonl", "parquet", "csv", "fhir");
                case "--output" -> output = value(opt, rest);
                case "--output-format" -> outputFormat = oneOf(opt, value(opt, rest), "parquet", "jsonl");
                case "--config" -> config = Path.of(value(opt, rest));
                case "--column" -> {
                    String v = value(opt, rest);
                    int eq = v.indexOf('=');
                    if (eq <= 0 || eq == v.length() - 1) {
                        throw new IllegalArgumentException("--column takes TARGET=COLUMN (text=body,"
                                + " fields.sessionDate=dos), not '" + v + "'");
                    }
                    columns.put(v.substring(0, eq), v.substring(eq + 1));
                }
                case "--no-history" -> history = false;
                case "--overwrite" -> overwrite = true;
                default -> throw new IllegalArgumentException("unknown option '" + opt + "'");
            }
        }
        if (input == null || output == null || format == null) {
            throw new IllegalArgumentException("--input, --format and --output are required");
        }
        return new JobArgs(input, format, output, outputFormat, config, columns, history, overwrite);
    }

    private static String value(String opt, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new IllegalArgumentException(opt + " needs a value");
        }
        return rest.remove(0);
    }

    private static String oneOf(String opt, String v, String... allowed) {
        if (!List.of(allowed).contains(v)) {
            throw new IllegalArgumentException(opt + " must be one of " + String.join(", ", allowed) + ", not '" + v + "'");
        }
        return v;
    }
}
