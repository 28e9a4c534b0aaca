#!/usr/bin/env bash
# The reproducible benchmark of docs/performance.md. Builds the benchmarks module and the notelint jar,
# then runs what is asked (default: stats suite cold):
#
#   bench/run.sh stats            what the rules make OpenNLP do per note (sentences tagged), session cost
#   bench/run.sh cpu              CPU time per note, rule pack vs raw OpenNLP (robust to a loaded machine)
#   bench/run.sh notecpu          warm CPU time of each 400-word note on one thread: p50, p90, p99, max
#   bench/run.sh schema           CPU time per note of reading, validating against note.schema.json, linting
#   bench/run.sh suite [--quick]  JMH: rule pack vs raw OpenNLP on 1 thread and all threads; p50/p99 latency
#   bench/run.sh cold [RUNS]      process start to the first result of `notelint check` on one note
#   bench/run.sh scaling [N]      N (default 20,000) synthetic notes through `notelint check --threads 1`, then
#                                 `--threads 2` (and all cores, if more): CPU time per thread group (workers,
#                                 reader/writer, JIT, GC), outputs compared byte for byte, speed-ups and F/W
#   bench/run.sh process [N] [RUNS]
#                                 N (default 2,000) synthetic notes through `notelint check --threads 1` (the
#                                 launcher's JVM choices) and through raw OpenNLP as its own process
#                                 (`benchmarks.jar rawnlp`: sentences, tokens, POS of every sentence, one
#                                 thread, default JVM), alternating, RUNS (default 3) each: CPU (user+sys) per
#                                 run and the ratio of medians; then one run of each split by thread group
#   bench/run.sh million [N]      N (default 1,000,000) synthetic notes through `notelint check --format jsonl`
#                                 under -Xmx512m: results counted, heap sampled (GC log and jstat)
#
# Every run prints the machine's load average next to its numbers: the machine may be shared.
# Outputs and logs go to benchmarks/target/bench/. JMH is GPLv2+CPE: the module is never shipped.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/benchmarks/target/bench"
bench_jar="$root/benchmarks/target/benchmarks.jar"
mkdir -p "$out"

build() {
  echo "== build (benchmarks and lint-cli)" >&2
  (cd "$root" && ./mvnw -B -q -DskipTests -pl benchmarks,lint-cli -am package) >&2
  "$root/notelint" --version >/dev/null   # the launcher makes its start-up archive once per build
}

machine() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $(java -version 2>&1 | head -1); commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
}

stats() {
  echo "== stats"; machine
  java -jar "$bench_jar" stats 1200
}

cpu() {
  echo "== cpu"; machine
  java -jar "$bench_jar" cpu 1200 8
}

notecpu() {
  echo "== notecpu"; machine
  java -jar "$bench_jar" notecpu 2000 5
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

schema() {
  echo "== schema"; machine
  java -jar "$bench_jar" schema 1200 8
}

suite() {
  echo "== suite $*"; machine
  java -jar "$bench_jar" suite "$@"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Process start to the first result: the whole `notelint check` of one note (the result is the last thing
# it writes), through the launcher as a user runs it. Median and best of RUNS runs, wall clock.
cold() {
  local runs=${1:-15} note="$out/one-note.jsonl" times=()
  echo "== cold start ($runs runs)"; machine
  java -jar "$bench_jar" generate 1 "$note" 2>/dev/null
  "$root/notelint" check --format jsonl "$note" >/dev/null || true   # builds nothing, warms the page cache
  local cpus=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    if [ -x /usr/bin/time ]; then
      # user+sys of the process (the launcher execs java): what a busy machine does not inflate
      cpus+=($(/usr/bin/time -f 'CPU %U %S' "$root/notelint" check --format jsonl "$note" 2>&1 >/dev/null \
          | awk '$1 == "CPU" {printf "%d", ($2 + $3) * 1000}'))
    else
      "$root/notelint" check --format jsonl "$note" >/dev/null || true
    fi
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "cold start: median %d ms, best %d ms, worst %d ms (%d runs)\n", a[int((NR+1)/2)], a[1], a[NR], NR}'
  if [ ${#cpus[@]} -gt 0 ]; then
    printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {printf "CPU (user+sys): median %d ms, best %d ms, worst %d ms\n", a[int((NR+1)/2)], a[1], a[NR]}'
  fi
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Thread scaling in CPU time (kernel accounting per thread, bench/threadcpu.py), which a busy machine does
# not inflate the way it inflates wall time: --threads 1, 2 and, on a machine with more cores, all of them.
# A small batch first makes the start-up archive and warms the page cache.
scaling() {
  local n=${1:-20000} file="$out/notes-${1:-20000}.jsonl" t cores counts
  cores=$(nproc 2>/dev/null || echo 2)
  counts=(1 2); [ "$cores" -gt 2 ] && counts+=("$cores")
  echo "== scaling: $n notes, --threads ${counts[*]}"; machine
  [ -f "$file" ] || java -jar "$bench_jar" generate "$n" "$file"
  "$root/notelint" check --no-progress --format jsonl "$root/examples/notes/sample-batch.jsonl" >/dev/null || true
  for t in "${counts[@]}"; do
    echo "-- --threads $t"
    "$root/bench/threadcpu.py" "$out/scaling-$t.jsonl" "$root/notelint" check --no-progress --threads "$t" \
        --format jsonl "$file" 2> "$out/scaling-$t.cpu"
    cat "$out/scaling-$t.cpu"
  done
  for t in "${counts[@]:1}"; do
    speedup "$t" "$out/scaling-1.cpu" "$out/scaling-$t.cpu"
    if cmp -s "$out/scaling-1.jsonl" "$out/scaling-$t.jsonl"; then
      echo "outputs of --threads 1 and $t: byte-identical ($(wc -l < "$out/scaling-1.jsonl") results)"
    else
      echo "outputs of --threads 1 and $t DIFFER"; return 1
    fi
  done
}

# The speed-up docs/performance.md quotes, from two threadcpu.py reports: with T free cores a run takes at
# least max(total / T, busiest thread). F/W is the CPU outside the linting workers over theirs in the
# T-thread run; one worker leaves F to the other cores, T workers share them with it, so T threads give at
# most T / (1 + F/W) when T workers cost what one does.
speedup() {
  awk -v T="$1" 'FNR == 1 { f++ }
       /^exit/ { for (i = 1; i <= NF; i++) { if ($i == "wall") wall[f] = $(i + 1); if ($i == "(user+sys)") total[f] = $(i + 1); if ($i == "busiest") busiest[f] = $(i + 2) } }
       /notelint-worker/ { workers[f] = $2 }
       END { b1 = total[1] / T > busiest[1] ? total[1] / T : busiest[1]; bT = total[2] / T > busiest[2] ? total[2] / T : busiest[2]
             fw = (total[2] - workers[2]) / workers[2]
             printf "%d threads against one: %.2fx by the CPU bound (%.2f s against %.2f s), %.2fx by wall time; F/W %.2f, so %d / (1 + F/W) = %.2fx if %d workers cost what one does\n", T, b1 / bT, b1, bT, wall[1] / wall[2], fw, T, T / (1 + fw), T }' "$2" "$3"
}

# The whole process against the whole raw OpenNLP process, in CPU time (user+sys of the process, which a
# busy machine inflates much less than wall time), runs alternating so that drift hits both alike.
process() {
  local n=${1:-2000} runs=${2:-3} file="$out/notes-${1:-2000}.jsonl" i a b nl=() raw=() ratios=()
  echo "== process: $n notes, notelint check --threads 1 against raw OpenNLP, $runs runs each, alternating"; machine
  [ -f "$file" ] || java -jar "$bench_jar" generate "$n" "$file"
  "$root/notelint" check --no-progress --format jsonl "$root/examples/notes/sample-batch.jsonl" >/dev/null || true
  # notelint exits 1 when findings reach --fail-on: that is not a failed run here
  cpu_of() { { /usr/bin/time -f 'CPU %U %S' "$@" 2>&1 >/dev/null || true; } | awk '$1 == "CPU" {printf "%.2f", $2 + $3}'; }
  for i in $(seq "$runs"); do
    a=$(cpu_of "$root/notelint" check --no-progress --threads 1 --format jsonl "$file")
    b=$(cpu_of java -jar "$bench_jar" rawnlp "$file")
    nl+=("$a"); raw+=("$b"); ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", b / a}')")
    echo "run $i: notelint $a s, raw OpenNLP $b s, ratio $(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", b / a}')x (load $(cut -d' ' -f1 /proc/loadavg))"
  done
  echo "median of the paired ratios (raw OpenNLP / notelint): $(printf '%s\n' "${ratios[@]}" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')x"
  a=$(printf '%s\n' "${nl[@]}" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
  b=$(printf '%s\n' "${raw[@]}" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
  echo "median CPU: notelint $a s ($(awk -v a="$a" -v n="$n" 'BEGIN {printf "%.2f", a * 1000 / n}') ms/note), raw OpenNLP $b s ($(awk -v b="$b" -v n="$n" 'BEGIN {printf "%.2f", b * 1000 / n}') ms/note): raw OpenNLP / notelint = $(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", b / a}')x"
  echo "-- notelint by thread group"
  "$root/bench/threadcpu.py" "$out/process-notelint.jsonl" "$root/notelint" check --no-progress --threads 1 --format jsonl "$file" || true
  echo "-- raw OpenNLP by thread group"
  "$root/bench/threadcpu.py" "$out/process-rawnlp.jsonl" java -jar "$bench_jar" rawnlp "$file"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

million() {
  local n=${1:-1000000} file="$out/notes-${1:-1000000}.jsonl.gz" log="$out/million"
  mkdir -p "$log"
  echo "== million: $n notes under -Xmx512m"; machine
  if [ ! -f "$file" ]; then
    java -jar "$bench_jar" generate "$n" "$file"
  fi
  echo "input: $file ($(du -h "$file" | cut -f1) gzipped)"
  local t0 t1 pid
  t0=$(date +%s)
  NOTELINT_JAVA_OPTS="-Xmx512m -Xlog:gc:file=$log/gc.log:uptime" \
    "$root/notelint" check --progress --format jsonl "$file" 2>"$log/stderr.log" > >(wc -l > "$log/results.count") &
  pid=$!
  sleep 2
  jstat -gc "$pid" 10s > "$log/jstat.log" 2>/dev/null &
  local exit=0
  wait "$pid" || exit=$?
  t1=$(date +%s)
  sleep 1
  echo "exit code $exit (1 = findings reached --fail-on, as expected), $(( t1 - t0 )) s, $(( n / (t1 - t0 > 0 ? t1 - t0 : 1) )) notes/s"
  echo "results written: $(cat "$log/results.count") for $n notes in"
  tr '\r' '\n' < "$log/stderr.log" | grep -v '^\[' | grep -v '^ *$' | tail -20
  java -jar "$bench_jar" heap "$log/gc.log"
  echo "jstat samples (KB; OU = old generation used): $log/jstat.log"
  awk 'NR == 1 || NR % 12 == 2' "$log/jstat.log" | head -20
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

build
if [ $# -eq 0 ]; then
  set -- stats suite cold
fi
while [ $# -gt 0 ]; do
  case "$1" in
    stats) stats; shift ;;
    cpu) cpu; shift ;;
    notecpu) notecpu; shift ;;
    schema) schema; shift ;;
    suite) shift; if [ "${1:-}" = --quick ]; then suite --quick; shift; else suite; fi ;;
    cold) shift; if [[ "${1:-}" =~ ^[0-9]+$ ]]; then cold "$1"; shift; else cold; fi ;;
    scaling) shift; if [[ "${1:-}" =~ ^[0-9]+$ ]]; then scaling "$1"; shift; else scaling; fi ;;
    million) shift; if [[ "${1:-}" =~ ^[0-9]+$ ]]; then million "$1"; shift; else million; fi ;;
    process) shift; pn=2000; pr=3
      if [[ "${1:-}" =~ ^[0-9]+$ ]]; then pn=$1; shift; if [[ "${1:-}" =~ ^[0-9]+$ ]]; then pr=$1; shift; fi; fi
      process "$pn" "$pr" ;;
    *) echo "unknown: $1 (stats, cpu, notecpu, schema, suite [--quick], cold [RUNS], scaling [N], process [N] [RUNS], million [N])" >&2; exit 2 ;;
  esac
done
