#!/usr/bin/env bash
# Cold start of this checkout against another commit, in alternating runs so that both see the same load:
#
#   bench/cold-compare.sh REF [RUNS] [NOTE]
#
# REF is built in a temporary git worktree (removed afterwards), or is the folder of another checkout; each of RUNS rounds (default 9) runs
# `notelint check --format jsonl NOTE` once through each checkout's launcher, and prints user+sys CPU and
# wall seconds per run, then the medians. NOTE defaults to one generated 400-word note
# (benchmarks/target/bench/one-note.jsonl, made by `bench/run.sh cold`). Needs /usr/bin/time.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ref=${1:?usage: bench/cold-compare.sh REF [RUNS] [NOTE]}
runs=${2:-9}
note=${3:-$root/benchmarks/target/bench/one-note.jsonl}
[ -f "$note" ] || { echo "no note at $note: run bench/run.sh cold first, or name one" >&2; exit 2; }
if [ -x "$ref/notelint" ]; then
  other=$(cd "$ref" && pwd)   # another checkout, already at the commit to compare with
else
  other=$(mktemp -d)
  trap 'git -C "$root" worktree remove --force "$other" >/dev/null 2>&1 || true' EXIT
  git -C "$root" worktree add --detach "$other" "$ref" >/dev/null
fi
echo "building $ref ($(git -C "$other" rev-parse --short HEAD)) and this checkout ($(git -C "$root" rev-parse --short HEAD))" >&2
"$other/notelint" --version >/dev/null
"$root/notelint" --version >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
results=$(mktemp)
for _ in $(seq "$runs"); do
  for which in "$ref" this; do
    dir=$root; [ "$which" = this ] || dir=$other
    /usr/bin/time -f "$which %U %S %e" "$dir/notelint" check --format jsonl "$note" 2>&1 >/dev/null | tail -1
  done
done | awk '{printf "%s %.2f %.2f\n", $1, $2 + $3, $4}' | tee "$results" | awk '{print $1 ": CPU " $2 " s, wall " $3 " s"}'
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
for which in "$ref" this; do
  echo "$which: median CPU (user+sys) $(awk -v w="$which" '$1 == w {print $2}' "$results" | median) s," \
      "median wall $(awk -v w="$which" '$1 == w {print $3}' "$results" | median) s ($runs runs)"
done
rm -f "$results"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
