#!/usr/bin/env bash
# Do two builds find the same? Lints each input with both notelint jars (--format jsonl, one thread) and
# compares the result lines byte for byte, after dropping the "messageId" key that results gained in
# issue 13 (so a build from before it can be the old side). Labelled corpus files, whose lines wrap the
# note as {"note": {...}, "labels": ...}, are unwrapped first. Prints one line per input; exits 1 if any differ.
#
#   scripts/compare-findings.sh OLD.jar NEW.jar INPUT...
set -uo pipefail
old=$1 new=$2; shift 2
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
status=0
for input in "$@"; do
  python3 - "$input" > "$work/in.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        record = json.loads(line)
        print(json.dumps(record.get("note", record) if isinstance(record, dict) else record, ensure_ascii=False))
PY
  for side in old new; do
    jar=${!side}
    java -jar "$jar" check --no-progress --format jsonl --threads 1 "$work/in.jsonl" 2>/dev/null \
      | sed 's/,"messageId":"[^"]*"//g; s/"messageId":"[^"]*",//g' > "$work/$side"
  done
  if cmp -s "$work/old" "$work/new"; then
    echo "same:    $input ($(wc -l < "$work/new") results, $(grep -o '"ruleId"' "$work/new" | wc -l) findings)"
  else
    echo "differ:  $input"; status=1
  fi
done
exit $status
