#!/usr/bin/env bash
# Issue 15, "CoreNLP where it pays": --nlp corenlp against the default backend, the numbers of
# docs/performance.md ("CoreNLP where it pays"):
#   1. accuracy: micro F1 of both backends on each labelled corpus (the shared scorer, ../shared/eval/score.py),
#      and whether their findings are identical;
#   2. cost on NOTES generated notes (default 2,000, `benchmarks.jar generate`): CPU (user+sys) per note of the
#      whole process as a user runs it (`./notelint check --threads 1`, so each backend gets the launcher's
#      choice of JVM flags), the backends run in turn ROUNDS times, ratio taken pair by pair, median quoted,
#      with peak resident memory; "corenlp:0" is the CoreNLP backend remembering no parse (generated notes
#      repeat their sentences, real ones less: this is the cost when nothing repeats); then warm CPU per note
#      on the linting thread (CpuPerNote, robust to load) with the number of sentences CoreNLP parsed.
# Usage: bench/corenlp-where-it-pays.sh [NOTES] [ROUNDS] [NOTES_FILE...]
#   NOTES_FILE: time these notes (JSON Lines, taken in turn until there are NOTES, ids made unique) instead of
#   generated ones, e.g. real notes kept outside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
NOTES=${1:-2000}
ROUNDS=${2:-3}
SOURCES=("${@:3}")
OUT=lint-nlp-corenlp/target/where-it-pays
SCORE=../shared/eval/score.py
mkdir -p "$OUT"
[ -f "$SCORE" ] || { echo "needs the shared scorer at $SCORE" >&2; exit 2; }

./mvnw -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl lint-cli,lint-nlp-corenlp,benchmarks -am \
    package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# the same class path for both backends, so they differ only in --nlp
CLI="lint-cli/target/notelint.jar:lint-nlp-corenlp/target/notelint-corenlp.jar:$(cat lint-nlp-corenlp/target/classpath.txt)"
BENCH="lint-nlp-corenlp/target/test-classes:lint-nlp-corenlp/target/classes:$(cat lint-nlp-corenlp/target/bench-classpath.txt)"
check() { # BACKEND INPUT OUTPUT
    java -cp "$CLI" io.notelint.cli.Main check --nlp "$1" --no-progress --format jsonl --threads 1 "$2" > "$3" || [ $? -eq 1 ]
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "== accuracy (micro F1, score.py)"
for corpus in corpus/labelled.jsonl corpus/holdout.jsonl corpus/blind.jsonl; do
    name=$(basename "$corpus" .jsonl)
    python3 "$SCORE" notes "$corpus" > "$OUT/$name-notes.jsonl"
    line="$name:"
    for backend in opennlp corenlp; do
        check "$backend" "$OUT/$name-notes.jsonl" "$OUT/$name-$backend.jsonl"
        line="$line $backend $(python3 "$SCORE" score "$corpus" "$OUT/$name-$backend.jsonl" | tail -1 | sed 's/.*F1 //'),"
    done
    cmp -s "$OUT/$name-opennlp.jsonl" "$OUT/$name-corenlp.jsonl" && same="identical findings" || same="findings differ"
    echo "$line $same"
done

echo "== cost on $NOTES notes"
if [ ${#SOURCES[@]} -eq 0 ]; then
    java -jar benchmarks/target/benchmarks.jar generate "$NOTES" "$OUT/generated.jsonl" >/dev/null
else
    python3 - "$NOTES" "$OUT/generated.jsonl" "${SOURCES[@]}" <<'PY'
import json, sys
notes = [json.loads(l) for f in sys.argv[3:] for l in open(f, encoding="utf-8") if l.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(int(sys.argv[1])):
        note = dict(notes[i % len(notes)])
        note["id"] = f"{note.get('id', 'note')}-{i}"
        out.write(json.dumps(note) + "\n")
PY
    echo "took ${#SOURCES[@]} file(s) of notes in turn: $NOTES notes"
fi
./notelint --version >/dev/null   # the launcher's class-data archive made now, not inside a timed run
for round in $(seq "$ROUNDS"); do
    for backend in opennlp corenlp corenlp:0; do
        remembered=""
        [ "$backend" = corenlp:0 ] && remembered="-Dnotelint.corenlp.rememberedSentences=0"
        NOTELINT_JAVA_OPTS="$remembered" /usr/bin/time -f "$round $backend %U %S %M" -a -o "$OUT/times.txt" \
            ./notelint check --nlp "${backend%:0}" --no-progress --format jsonl --threads 1 \
            "$OUT/generated.jsonl" > "$OUT/generated-${backend%:0}.jsonl" || true
    done
done
python3 - "$OUT/times.txt" "$NOTES" "$ROUNDS" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip() and l[0].isdigit()][-3 * int(sys.argv[3]):]
notes = int(sys.argv[2])
cpu = {}
peak = {}
for r, backend, user, system, rss in rows:
    cpu.setdefault(backend, {})[r] = float(user) + float(system)
    peak[backend] = max(peak.get(backend, 0), int(rss))
for b in ("opennlp", "corenlp", "corenlp:0"):
    per = [c / notes * 1000 for c in cpu[b].values()]
    print(f"whole process {b:9}: CPU per note median {statistics.median(per):.2f} ms "
          f"(min {min(per):.2f}, max {max(per):.2f}), peak RSS {peak[b] / 1024:.0f} MiB")
for b in ("corenlp", "corenlp:0"):
    ratios = [cpu[b][r] / cpu["opennlp"][r] for r in cpu["opennlp"] if r in cpu[b]]
    print(f"whole process {b}/default CPU: median {statistics.median(ratios):.2f}x "
          f"(pairs: {', '.join(f'{x:.2f}' for x in ratios)})")
PY
java -cp "$BENCH" io.notelint.nlp.corenlp.bench.CpuPerNote "$OUT/generated.jsonl" opennlp corenlp corenlp:0
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
