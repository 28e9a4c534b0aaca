#!/usr/bin/env python3
"""Counts findings on a real-note development set and joins them with a reviewer's judgements.

The notes themselves stay outside the repository (their terms are unclear): this script reads the
linter's JSON Lines results and a judgement file of note ids, rule ids and verdicts, never note text.

  python3 scripts/real-note-counts.py RESULTS.jsonl [JUDGEMENTS.tsv] [--categories a,b,...]
  python3 scripts/real-note-counts.py --set-format auto NOTES.jsonl OUT.jsonl   # a copy with "format": "auto"

JUDGEMENTS.tsv: note id, rule id, verdict (true / false / debatable / unjudged), reason; '#' lines are
comments. A note id of '*' judges every finding of that rule that has no line of its own. A finding
with no judgement line is counted as "unjudged".
"""
import collections
import json
import sys


def set_format(value, src, dst):
    with open(src, encoding="utf-8") as inp, open(dst, "w", encoding="utf-8") as out:
        for line in inp:
            if line.strip():
                note = json.loads(line)
                note["format"] = value
                out.write(json.dumps(note) + "\n")


def load_judgements(path):
    verdicts = {}
    if path is None:
        return verdicts
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            verdicts[(cols[0], cols[1])] = cols[2]
    return verdicts


def main(argv):
    if argv and argv[0] == "--set-format":
        set_format(argv[1], argv[2], argv[3])
        return 0
    categories = None
    if "--categories" in argv:
        i = argv.index("--categories")
        categories = set(argv[i + 1].split(","))
        argv = argv[:i] + argv[i + 2:]
    results = argv[0]
    verdicts = load_judgements(argv[1] if len(argv) > 1 else None)
    notes = 0
    errors = 0
    per_category = collections.Counter()
    per_rule = collections.Counter()
    judged = collections.defaultdict(collections.Counter)
    with open(results, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            notes += 1
            if r.get("error") or r.get("ruleErrors"):
                errors += 1
            for finding in r.get("findings", []):
                per_category[finding["category"]] += 1
                per_rule[finding["ruleId"]] += 1
                if categories is None or finding["category"] in categories:
                    verdict = verdicts.get((r["noteId"], finding["ruleId"]),
                                           verdicts.get(("*", finding["ruleId"]), "unjudged"))
                    judged[finding["category"]][verdict] += 1
    print(f"notes {notes}, findings {sum(per_category.values())}, notes with errors {errors}")
    for category, n in sorted(per_category.items()):
        print(f"  {category:24s} {n:4d}")
    for rule, n in sorted(per_rule.items()):
        print(f"    {rule:44s} {n:4d}")
    if verdicts:
        print("judged (true / false / debatable / unjudged; precision = true / (true + false)):")
        for category in sorted(judged):
            c = judged[category]
            t, fa = c["true"], c["false"]
            precision = f"{t / (t + fa):.2f}" if t + fa else "-"
            print(f"  {category:24s} {t:3d} / {fa:3d} / {c['debatable']:3d} / {c['unjudged']:3d}   precision {precision}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
