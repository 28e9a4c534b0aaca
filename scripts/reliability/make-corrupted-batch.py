#!/usr/bin/env python3
"""Writes a JSON Lines batch of N notes of which a share is corrupted, and the line numbers of the
corrupted ones, for the reliability bench (corrupted-batch.sh; docs/reliability.md).

Usage: make-corrupted-batch.py OUT.jsonl BAD-LINES.txt [N] [SHARE]   (defaults: 1000000 notes, 0.01)

Every corrupted line must give an error result: truncated JSON, no text, text of the wrong type, not
an object, binary garbage, nesting past the limit, or bytes that are not UTF-8 (the bench runs with
--invalid-utf8 report). The notes themselves vary (formats, vague and specific wording, fields) so the
rules have work to do. Deterministic: the same N and SHARE give the same file.
"""
import json
import random
import sys

SUBJECTIVE = [
    "Client reports sleeping {a} hours a night and mood {b}/10.",
    "Client states she is doing well and talked about things at work.",
    "He denies SI/HI. Reports worry about his job rated {b}/10.",
    "Client reports panic attacks {a} times this week, down from {b}.",
    "Client was noncompliant with homework and seemed okay.",
]
OBJECTIVE = [
    "Affect anxious but reactive, speech normal.",
    "Client seemed okay. Productive session.",
    "Arrived {a} minutes late; well groomed; thought process logical.",
]
PLAN = [
    "Next session in {a} days; practice breathing daily.",
    "Continue current plan.",
    "Follow up as needed.",
    "",
]


def note(rnd, i):
    a, b = rnd.randint(1, 12), rnd.randint(0, 10)
    text = "S: " + rnd.choice(SUBJECTIVE).format(a=a, b=b)
    text += "\nO: " + rnd.choice(OBJECTIVE).format(a=a, b=b)
    plan = rnd.choice(PLAN).format(a=a, b=b)
    if plan:
        text += "\nP: " + plan
    obj = {"id": f"n-{i}", "text": text}
    if i % 3 == 0:
        obj["fields"] = {"sessionDate": "2026-11-20", "durationMinutes": rnd.choice([30, 45, 53, 60]),
                         "cptCode": rnd.choice(["90832", "90834", "90837"])}
    return json.dumps(obj).encode()


def corrupt(rnd, i, good):
    kind = i % 7
    if kind == 0:
        return good[: len(good) // 2]                                  # truncated
    if kind == 1:
        return json.dumps({"id": f"n-{i}", "note": "text under the wrong key"}).encode()
    if kind == 2:
        return json.dumps({"id": f"n-{i}", "text": ["a", "list"]}).encode()
    if kind == 3:
        return json.dumps([f"n-{i}", "not an object"]).encode()
    if kind == 4:
        return bytes(rnd.choice(range(0x20, 0x7F)) for _ in range(40))  # printable garbage
    if kind == 5:
        return ('{"id": "n-%d", "text": "x", "fields": %s%s}' % (i, "[" * 100, "]" * 100)).encode()
    return good.replace(b"Client", b"Cli\xe9nt", 1).replace(b"S: ", b"S: \xff", 1)  # not UTF-8


def main():
    out_path, bad_path = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
    share = float(sys.argv[4]) if len(sys.argv) > 4 else 0.01
    rnd = random.Random(20261127)
    bad = []
    with open(out_path, "wb") as out:
        for i in range(1, n + 1):
            good = note(rnd, i)
            if rnd.random() < share:
                out.write(corrupt(rnd, i, good))
                bad.append(i)
            else:
                out.write(good)
            out.write(b"\n")
    with open(bad_path, "w") as f:
        f.write("\n".join(map(str, bad)) + "\n")
    print(f"{n} lines, {len(bad)} corrupted", file=sys.stderr)


if __name__ == "__main__":
    main()
