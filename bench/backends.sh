#!/usr/bin/env bash
# Measures both NLP backends (OpenNLP, the default, and the optional Stanford CoreNLP module) on the
# labelled corpus and writes docs/backends.md: precision and recall per category, notes per second on
# one thread and on all cores, load time and heap. Usage: bench/backends.sh [CORPUS]
# Takes a few minutes; run it on an otherwise idle machine for steadier speeds.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-corpus/labelled.jsonl}
OUT=lint-nlp-corenlp/target/bench
HEAP=2048
mkdir -p "$OUT"

mvn -B -q -pl lint-nlp-corenlp -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="lint-nlp-corenlp/target/test-classes:lint-nlp-corenlp/target/classes:$(cat lint-nlp-corenlp/target/bench-classpath.txt)"
MAIN=io.notelint.nlp.corenlp.bench.BackendBench

for backend in opennlp corenlp; do
    # the smallest heap (of these steps) that lints the corpus with every model of the backend loaded
    min=""
    for mb in 64 128 256 384 512 768 1024 1536; do
        if java -Xmx${mb}m -cp "$CP" "$MAIN" probe "$backend" "$CORPUS" >/dev/null 2>&1; then
            min=$mb
            break
        fi
    done
    java -Xmx${HEAP}m ${min:+-Dbench.minXmx=$min} -cp "$CP" "$MAIN" measure "$backend" "$CORPUS" "$OUT/$backend.json"
done
java -cp "$CP" "$MAIN" report "$CORPUS" docs/backends.md "bench/backends.sh $CORPUS" "$OUT/opennlp.json" "$OUT/corenlp.json"
echo "wrote docs/backends.md (results for score.py: $OUT/*-results.jsonl)"
