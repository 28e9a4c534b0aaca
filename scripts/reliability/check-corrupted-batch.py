#!/usr/bin/env python3
"""Checks notelint's JSON Lines results against the batch's corrupted line numbers: one result per
input line, in order; an error result for exactly the corrupted lines, each naming its line number.

Usage: check-corrupted-batch.py RESULTS.jsonl BAD-LINES.txt N
"""
import json
import sys


def main():
    results_path, bad_path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    bad = {int(x) for x in open(bad_path) if x.strip()}
    count = 0
    errors = set()
    problems = []
    with open(results_path, encoding="utf-8") as f:
        for line in f:
            count += 1
            r = json.loads(line)
            err = r.get("error")
            if err:
                where = err.get("line")
                if where != count:
                    problems.append(f"result {count}: error names line {where}")
                if not err.get("message", "").startswith(f"line {count}:"):
                    problems.append(f"result {count}: message does not start with 'line {count}:'")
                errors.add(count)
            elif r.get("ruleErrors"):
                problems.append(f"result {count}: rule errors {r['ruleErrors']}")
    if count != n:
        problems.append(f"{count} results for {n} lines")
    if errors != bad:
        problems.append(f"{len(bad - errors)} corrupted lines without an error, {len(errors - bad)} errors on good lines")
    print(f"results: {count} for {n} lines; error results: {len(errors)}; corrupted lines: {len(bad)}")
    for p in problems[:20]:
        print("PROBLEM:", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
