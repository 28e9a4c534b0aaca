#!/usr/bin/env python3
"""Makes the two inputs bench/fhir.sh compares from one set of generated notes:

    python3 bench/fhir-inputs.py GENERATED.jsonl[.gz] --jsonl NOTES.jsonl --export DIR

The generated notes' own history is dropped; notes are grouped by fields.clientId as a records system
would (scripts/notes-to-fhir.py --shared-clients), and the JSON Lines file gets, embedded in each note,
exactly the history NoteLint derives from the export (the same client's notes with an earlier session
start, most recent first, at most 100): both inputs then carry the same notes and the same history.
"""
import argparse
import gzip
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("notes_to_fhir", os.path.join(HERE, "..", "scripts", "notes-to-fhir.py"))
n2f = importlib.util.module_from_spec(spec)
spec.loader.exec_module(n2f)


def start(note):
    f = note.get("fields") or {}
    return (f.get("sessionDate") or "") + "T" + (f.get("startTime") or "00:00")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("generated")
    ap.add_argument("--jsonl", required=True)
    ap.add_argument("--export", required=True)
    a = ap.parse_args()
    opener = gzip.open if a.generated.endswith(".gz") else open
    notes = []
    with opener(a.generated, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                n = json.loads(line)
                n.pop("history", None)
                notes.append(n)
    by_client = {}
    for n in notes:
        by_client.setdefault(n["fields"]["clientId"], []).append(n)
    history = {}
    for group in by_client.values():
        group.sort(key=lambda n: (start(n), "DocumentReference/" + n["id"]))
        for i, n in enumerate(group):
            earlier = [m for m in group[:i] if start(m) < start(n)]
            history[n["id"]] = [dict(m, id="DocumentReference/" + m["id"]) for m in reversed(earlier[-100:])]
    with open(a.jsonl, "w", encoding="utf-8") as out:
        for n in notes:
            out.write(json.dumps(dict(n, history=history[n["id"]]), ensure_ascii=False) + "\n")
    export = n2f.Export()
    for n in notes:
        subject = "Patient/" + n2f.fhir_id("pt-" + n["fields"]["clientId"])
        export.add({"resourceType": "Patient", "id": subject.split("/")[1]})
        export.note(n, subject, "2000-01-01T00:00:00Z")
    export.write(a.export, False)


if __name__ == "__main__":
    main()
