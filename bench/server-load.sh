#!/usr/bin/env bash
# The loopback load test of `notelint serve` (docs/performance.md, "The server under load"): bounded in
# notes and time, never run by the build. It
#   1. builds the notelint jar and the benchmarks module, and generates the 2,000-note benchmark set
#      (the generator of bench/run.sh, seed 20261127);
#   2. runs `notelint check --format jsonl` over the set: the baseline, on the same cores;
#   3. starts `notelint serve --port 0` (access log to a file) and has CLIENTS concurrent clients post
#      every note once, one note a request (application/json), then again in batches of BATCH notes
#      (application/x-ndjson);
#   4. reports the start-up time (to the printed address, then /readyz), notes per second for each against the CLI, p50/p99 latency per note (one-note requests),
#      the server's peak resident memory, errors, lost notes (every answer is compared with the CLI's line
#      for that note), and whether any note text reached the server's log; with the load average.
#
#   bench/server-load.sh [CLIENTS] [BATCH]      defaults: 4 clients, batches of 100
#   bench/server-load.sh startup [RUNS]         start-up only: median of RUNS (default 5) starts of `serve` to
#                                               its printed address, beside `check` of one note to its result
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/benchmarks/target/bench/server"
# process start to the printed address, wall clock, in ms
start_serve() {
  local t0 t1 pid
  rm -f "$out/start.out"   # else the last run's address could be read before the shell truncates the file
  t0=$(date +%s%N)
  "$root/notelint" serve --port 0 --no-access-log > "$out/start.out" 2>/dev/null &
  pid=$!
  for _ in $(seq 3000); do
    grep -q "listening on" "$out/start.out" 2>/dev/null && break
    sleep 0.02
  done
  t1=$(date +%s%N)
  kill -TERM "$pid"; wait "$pid" || true
  echo $(( (t1 - t0) / 1000000 ))
}

if [ "${1:-}" = startup ]; then
  runs=${2:-5}
  mkdir -p "$out"
  printf '{"id": "one", "text": "S: Client reports sleeping better.\\nP: Next session 12/14 at 10:00."}\n' > "$out/one.jsonl"
  "$root/notelint" check --format jsonl "$out/one.jsonl" >/dev/null 2>&1 || true   # builds the jar if stale
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  serve=() check=()
  for _ in $(seq "$runs"); do
    serve+=("$(start_serve)")
    t0=$(date +%s%N)
    "$root/notelint" check --format jsonl "$out/one.jsonl" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    check+=($(( (t1 - t0) / 1000000 )))
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  echo "serve to its address: median $(median "${serve[@]}") ms (runs: ${serve[*]})"
  echo "check of one note to its result: median $(median "${check[@]}") ms (runs: ${check[*]})"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi

clients=${1:-4}
batch=${2:-100}
notes="$out/notes-2000.jsonl"
mkdir -p "$out"

echo "== build" >&2
(cd "$root" && ./mvnw -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl benchmarks,lint-cli -am package) >&2
java -jar "$root/benchmarks/target/benchmarks.jar" generate 2000 "$notes" 2>/dev/null

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"

# the baseline: the CLI over the same notes, all cores, wall time from start to the last result
"$root/notelint" check --format jsonl "$notes" >/dev/null 2>&1 || true   # warms the page cache and the launcher
t0=$(date +%s%N)
"$root/notelint" check --format jsonl "$notes" > "$out/cli.jsonl" 2>/dev/null || true
t1=$(date +%s%N)
cli_ms=$(( (t1 - t0) / 1000000 ))
echo "cli: $(wc -l < "$out/cli.jsonl") results in ${cli_ms} ms (process start included)"

# start-up: process start to the printed address (the models are loaded before it listens), then /readyz
t0=$(date +%s%N)
"$root/notelint" serve --port 0 > "$out/serve.out" 2> "$out/serve.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 3000); do
  grep -q "listening on" "$out/serve.out" 2>/dev/null && break
  sleep 0.02
done
t1=$(date +%s%N)
address=$(sed -n 's/.*listening on //p' "$out/serve.out")
[ -n "$address" ] || { echo "the server did not start; see $out/serve.log" >&2; exit 1; }
echo "serve: listening $(( (t1 - t0) / 1000000 )) ms after start; /readyz $(curl -s -o /dev/null -w '%{http_code}' "$address/readyz")"

timeout 900 python3 - "$address" "$notes" "$out/cli.jsonl" "$clients" "$batch" "$cli_ms" <<'PY'
import http.client, json, sys, threading, time, urllib.parse

address, notes_file, cli_file, clients, batch, cli_ms = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
notes = [l.rstrip("\n") for l in open(notes_file, encoding="utf-8") if l.strip()]
expected = [l.rstrip("\n") for l in open(cli_file, encoding="utf-8")]
url = urllib.parse.urlparse(address)

def run(make_requests):
    """Each client takes the next request off a shared list; answers are stored by note index."""
    answers, errors, latencies, lock = {}, [], [], threading.Lock()
    requests = make_requests()
    next_index = [0]
    def client():
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
        while True:
            with lock:
                if next_index[0] >= len(requests):
                    break
                first, body, ctype = requests[next_index[0]]
                next_index[0] += 1
            t = time.perf_counter()
            conn.request("POST", "/v1/lint", body=body.encode("utf-8"), headers={"Content-Type": ctype})
            r = conn.getresponse()
            data = r.read().decode("utf-8")
            took = time.perf_counter() - t
            with lock:
                if r.status != 200:
                    errors.append(r.status)
                    continue
                lines = data.splitlines()
                for i, line in enumerate(lines):
                    answers[first + i] = line
                latencies.append(took / max(len(lines), 1))
        conn.close()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads: t.start()
    for t in threads: t.join()
    return time.perf_counter() - t0, answers, errors, sorted(latencies)

def report(name, seconds, answers, errors, latencies):
    lost = sum(1 for i in range(len(notes)) if i not in answers)
    different = sum(1 for i, a in answers.items() if a != expected[i])
    rate = len(answers) / seconds
    cli_rate = len(notes) / (cli_ms / 1000.0)
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000 if latencies else float("nan")
    print(f"{name}: {len(answers)} notes in {seconds*1000:.0f} ms = {rate:.1f} notes/s ({100*rate/cli_rate:.0f}% of the CLI's {cli_rate:.1f});"
          f" per note p50 {p(0.5):.1f} ms, p99 {p(0.99):.1f} ms; errors {len(errors)}, lost {lost}, different from the CLI {different}")

single = lambda: [(i, n, "application/json") for i, n in enumerate(notes)]
batches = lambda: [(i, "\n".join(notes[i:i + batch]) + "\n", "application/x-ndjson") for i in range(0, len(notes), batch)]
run(lambda: single()[:200])  # warm-up of the server's JIT, not counted
report(f"one note a request, {clients} clients", *run(single))
report(f"batches of {batch}, {clients} clients", *run(batches))
PY

echo "server peak resident memory: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$server/status)"
# no note text in the server's log: every note's first 40 chars of text, looked for in the access log
python3 - "$notes" "$out/serve.log" <<'PY'
import json, sys
log = open(sys.argv[2], encoding="utf-8").read()
texts = [json.loads(l)["text"][:40] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
leaked = sum(1 for t in texts if t and t in log)
print(f"server log: {len(log.splitlines())} lines, note text found in it: {leaked} of {len(texts)} notes")
PY
kill -TERM "$server"; wait "$server" || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
