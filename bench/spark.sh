#!/usr/bin/env bash
# NoteLint on Spark against the CLI, same machine, same input (docs/performance.md, "Spark"):
#
#   bench/spark.sh [N]     N synthetic notes (default 200,000; the generator of bench/run.sh), as plain
#                          JSON Lines (splittable, so Spark reads it in parallel), through
#                          1. notelint check --threads 2 --format jsonl            (results to a file)
#                          2. LintJob on local[2] via bench/spark-submit.sh, --no-history (the CLI does not
#                             assemble history either), --output-format jsonl: results, findings, summary
#                          and prints wall time, notes/s, their ratio, the job's counters (Linters built) and
#                          the load average before and after: the machine may be shared.
# Outputs go to benchmarks/target/bench/spark/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/benchmarks/target/bench/spark"
n=${1:-200000}
mkdir -p "$out"
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== build (benchmarks, lint-cli, lint-spark)" >&2
(cd "$root" && ./mvnw -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    -pl benchmarks,lint-cli,lint-spark -am package) >&2
"$root/notelint" --version >/dev/null

notes="$out/notes-$n.jsonl"
[ -f "$notes" ] || java -jar "$root/benchmarks/target/benchmarks.jar" generate "$n" "$notes" 2>/dev/null
echo "machine: $(nproc) cores, java $(java -version 2>&1 | head -1 | cut -d'"' -f2), commit $(git -C "$root" rev-parse --short HEAD)"
echo "input: $n notes, $(du -h "$notes" | cut -f1)"

echo "== notelint check --threads 2 (load before: $(load))"
t0=$(date +%s%N)
"$root/notelint" check --threads 2 --format jsonl "$notes" > "$out/cli-results.jsonl" || true
t1=$(date +%s%N)
cli_ms=$(( (t1 - t0) / 1000000 ))
echo "results: $(wc -l < "$out/cli-results.jsonl"), $cli_ms ms, $(( n * 1000 / cli_ms )) notes/s (load after: $(load))"

echo "== LintJob on local[2] (load before: $(load))"
t0=$(date +%s%N)
SPARK_DRIVER_MEMORY=2g "$root/bench/spark-submit.sh" --master 'local[2]' \
    --conf spark.ui.enabled=false --conf spark.sql.files.maxPartitionBytes=16m \
    --class io.notelint.spark.LintJob "$root/lint-spark/target/notelint-spark.jar" \
    --input "$notes" --format jsonl --output "$out/job" --output-format jsonl --no-history --overwrite \
    2> "$out/spark-stderr.log"
t1=$(date +%s%N)
spark_ms=$(( (t1 - t0) / 1000000 ))
echo "results: $(cat "$out"/job/results/part-* | wc -l), $spark_ms ms (JVM and Spark start included), $(( n * 1000 / spark_ms )) notes/s (load after: $(load))"
grep '^notelint-spark:' "$out/spark-stderr.log"
echo "Spark / CLI throughput: $(awk -v c="$cli_ms" -v s="$spark_ms" 'BEGIN { printf "%.2f", c / s }')"
echo "same result lines as the CLI: $(diff <(sort "$out/cli-results.jsonl") <(cat "$out"/job/results/part-* | sort) >/dev/null && echo yes || echo NO)"
