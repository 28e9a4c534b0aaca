#!/usr/bin/env python3
"""Turns real notes (which never come with a history) into plan-follow-through probes.

Each real note becomes the `history` of a neutral note that mentions none of its steps, so every
plan-follow-through finding on the output names a step the rule read out of the real note's plan.
Reading those findings tells how well the rule recognises a concrete next step in real wording.
The notes' text is only passed through, never stored here.

    python3 scripts/follow-through-pairs.py /work/realnotes/dev.jsonl > /tmp/pairs.jsonl
    ./notelint check --time-budget 0 --format jsonl /tmp/pairs.jsonl > /tmp/pairs.out.jsonl
"""
import json
import sys

NEUTRAL = "Client reports mood 5/10 and slept 6 hours. Next session in 2 weeks."


def main(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            real = json.loads(line)
            real = real.get("note", real)
            probe = {"id": real["id"], "text": NEUTRAL,
                     "history": [{"id": real["id"] + "-real", "text": real["text"]}]}
            print(json.dumps(probe, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1])
