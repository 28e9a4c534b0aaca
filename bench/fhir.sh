#!/usr/bin/env bash
# FHIR input vs JSON Lines (docs/performance.md, "FHIR input"): N generated notes (default 100,000) as a
# FHIR Bulk Data export (NDJSON, one file per resource type) and as the same notes in one JSON Lines file
# with the same history embedded (bench/fhir-inputs.py), each linted by `notelint check --format jsonl`
# under -Xmx512m on all cores. Prints wall and CPU time, notes/s and the live heap after each GC (the
# JVM's GC log, by tenths of the run), with the load average: the machine may be shared.
# With --together the two runs are started at the same time (on a loaded machine both then see the same
# load, and the pair takes half the wall time; their CPU times are what compares).
#
#   bench/fhir.sh [N] [--together]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n=${1:-100000}
out="$root/benchmarks/target/bench/fhir-$n"
bench_jar="$root/benchmarks/target/benchmarks.jar"
mkdir -p "$out"

(cd "$root" && ./mvnw -B -q -DskipTests -pl benchmarks,lint-cli -am package) >&2
"$root/notelint" --version >/dev/null

if [ ! -f "$out/notes.jsonl" ] || [ ! -f "$out/export/manifest.json" ]; then
  java -jar "$bench_jar" generate "$n" "$out/generated.jsonl" 2>/dev/null
  python3 "$root/bench/fhir-inputs.py" "$out/generated.jsonl" --jsonl "$out/notes.jsonl" --export "$out/export"
fi
echo "inputs: $(du -sh "$out/notes.jsonl" | cut -f1) JSON Lines; $(du -sh "$out/export" | cut -f1) export ($(wc -l < "$out/export/DocumentReference.ndjson") DocumentReference)"
echo "machine: $(nproc) cores, java $(java -version 2>&1 | head -1 | cut -d'"' -f2), commit $(git -C "$root" rev-parse --short HEAD)"

run() {
  local name=$1 input=$2 t0 t1 cpu
  echo "== $name, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  t0=$(date +%s%N)
  NOTELINT_JAVA_OPTS="-Xmx512m -Xlog:gc:file=$out/$name-gc.log:uptime" /usr/bin/time -f '%U %S %M' -o "$out/$name.time" \
      "$root/notelint" check --no-progress --format jsonl "$input" 2>"$out/$name.err" | wc -l > "$out/$name.count" || true
  t1=$(date +%s%N)
  local secs=$(( (t1 - t0) / 1000000 ))
  read -r user sys rss < <(tail -1 "$out/$name.time")
  echo "$name: $(cat "$out/$name.count") results, wall $(awk "BEGIN {printf \"%.1f\", $secs / 1000}") s, CPU $(awk "BEGIN {printf \"%.1f\", $user + $sys}") s, $(awk "BEGIN {printf \"%.0f\", $n * 1000 / $secs}") notes/s wall, $(awk "BEGIN {printf \"%.0f\", $n / ($user + $sys)}") notes per CPU-second, peak RSS $(( rss / 1024 )) MB"
  java -jar "$bench_jar" heap "$out/$name-gc.log"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

if [ "${2:-}" = --together ]; then
  run jsonl "$out/notes.jsonl" > "$out/jsonl.report" &
  run fhir "$out/export" > "$out/fhir.report" &
  wait
  cat "$out/jsonl.report" "$out/fhir.report"
else
  run jsonl "$out/notes.jsonl"
  run fhir "$out/export"
fi
