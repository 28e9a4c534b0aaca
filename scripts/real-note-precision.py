#!/usr/bin/env python3
"""Per-category precision of NoteLint results against a reviewer's verdicts.

Usage: real-note-precision.py JUDGEMENTS.tsv RESULTS.jsonl [CATEGORY ...]

JUDGEMENTS.tsv: noteId, ruleId, start, end, verdict (T true, F false, D debatable), reason; '#' lines are
comments. RESULTS.jsonl: `notelint check --format jsonl` output on the same notes. A finding matches a
verdict by note id, rule id and span start (empty for a note finding without a span). Precision is
T / (T + F); findings nobody judged are counted apart and, in the strict figure, as false (the way the
issue 11 acceptance counts them). Prints one line per category and a total.
"""
import json
import sys
from collections import Counter, defaultdict


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    verdicts = {}
    with open(argv[1], encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("noteId\t") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            verdicts[(cols[0], cols[1], cols[2])] = cols[4]
    wanted = set(argv[3:])
    counts = defaultdict(Counter)
    with open(argv[2], encoding="utf-8") as f:
        for line in f:
            result = json.loads(line)
            for finding in result.get("findings", []):
                category = finding["category"]
                if wanted and category not in wanted:
                    continue
                span = finding.get("span") or {}
                start = "" if span.get("start") is None else str(span["start"])
                verdict = verdicts.get((result["noteId"], finding["ruleId"], start), "unjudged")
                counts[category][verdict] += 1
    print(f"{'category':24} {'findings':>8} {'true':>5} {'false':>5} {'debat':>5} {'unjudg':>6} {'P':>5} {'P strict':>8}")
    total = Counter()
    for category in sorted(counts):
        c = counts[category]
        total.update(c)
        print(row(category, c))
    print(row("total", total))
    return 0


def row(name, c):
    t, f, d, u = c["T"], c["F"], c["D"], c["unjudged"]
    p = f"{t / (t + f):.2f}" if t + f else "-"
    strict = f"{t / (t + f + u):.2f}" if t + f + u else "-"
    return f"{name:24} {t + f + d + u:8} {t:5} {f:5} {d:5} {u:6} {p:>5} {strict:>8}"


if __name__ == "__main__":
    sys.exit(main(sys.argv))
