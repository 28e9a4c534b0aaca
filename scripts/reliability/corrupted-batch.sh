#!/usr/bin/env bash
# The reliability bench (not CI): N notes (default 1,000,000) with 1% corrupted lines through
# `notelint check`; results out must equal lines in, every corrupted line must get an error result
# naming its line number, and the exit code must say there were errors (1). Prints the timings.
# Usage: scripts/reliability/corrupted-batch.sh [N] [WORKDIR]     (see docs/reliability.md)
# NOTELINT=... names another command to run (default: the checkout's ./notelint launcher).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-1000000}"
work="${2:-$(mktemp -d)}"
mkdir -p "$work"
here="$root/scripts/reliability"
notelint="${NOTELINT:-$root/notelint}"

python3 "$here/make-corrupted-batch.py" "$work/batch.jsonl" "$work/bad-lines.txt" "$n"
echo "input: $(wc -l < "$work/batch.jsonl") lines, $(du -h "$work/batch.jsonl" | cut -f1)" >&2

$notelint --version > /dev/null   # builds the jar first when it is stale, outside the timing
start=$(date +%s)
set +e
$notelint check --format jsonl --invalid-utf8 report "$work/batch.jsonl" > "$work/results.jsonl" 2> "$work/stderr.txt"
code=$?
set -e
end=$(date +%s)
secs=$(( end - start ))
echo "notelint check: exit code $code, ${secs}s, $(( n / (secs > 0 ? secs : 1) )) notes/s on $(nproc) cores" >&2

python3 "$here/check-corrupted-batch.py" "$work/results.jsonl" "$work/bad-lines.txt" "$n"
if [ "$code" -ne 1 ]; then
  echo "PROBLEM: exit code $code, expected 1 (records with errors)" >&2
  exit 1
fi
if [ -s "$work/stderr.txt" ]; then
  echo "PROBLEM: standard error was not empty:" >&2
  head -5 "$work/stderr.txt" >&2
  exit 1
fi
echo "ok: results out = lines in, every corrupted line reported by number, exit code 1" >&2
