#!/usr/bin/env bash
# CPU time per note of the default (OpenNLP) and the CoreNLP backend on a corpus (labelled or plain notes;
# default the labelled corpus), on the linting thread (robust to load), how many sentences CoreNLP parsed,
# and whether a second pass gives identical results. bench/corenlp-where-it-pays.sh runs it on 2,000
# generated notes for docs/reliability.md and docs/performance.md. Usage: bench/corenlp-cpu.sh [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-corpus/labelled.jsonl}
./mvnw -B -q -pl lint-nlp-corenlp -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="lint-nlp-corenlp/target/test-classes:lint-nlp-corenlp/target/classes:$(cat lint-nlp-corenlp/target/bench-classpath.txt)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -cp "$CP" io.notelint.nlp.corenlp.bench.CpuPerNote "$CORPUS" opennlp corenlp
