#!/usr/bin/env python3
"""Validate a NoteLint file against its schema in docs/schema/ with Python's jsonschema (draft 2020-12).

An example of using the contract from another language; the repository's own check is
lint-cli's ContractSchemaTest. Needs: pip install jsonschema pyyaml

    scripts/validate-against-schema.py note examples/notes/sample-batch.jsonl
    scripts/validate-against-schema.py note corpus/labelled.jsonl          # {"note": ...} lines
    scripts/validate-against-schema.py rule-file examples/rule-packs/clinic-rules/clinic-policy.yaml
    scripts/validate-against-schema.py result results.jsonl

Prints each error with its JSON path; exits 1 when there is one.
"""
import json
import pathlib
import sys

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

FOLDER = pathlib.Path(__file__).resolve().parent.parent / "docs" / "schema"


def main(schema_name, path):
    schemas = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in FOLDER.glob("*.schema.json")}
    # the schemas refer to one another by $id: register them all so nothing is fetched
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas.values())
    validator = Draft202012Validator(schemas[schema_name + ".schema.json"], registry=registry)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        documents = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        documents = [yaml.safe_load(text)]  # YAML is a superset of JSON
    errors = []
    for i, doc in enumerate(documents, 1):
        if schema_name == "note" and isinstance(doc, dict) and "note" in doc:
            doc = doc["note"]  # a labelled corpus line
        where = f"{path}:{i}" if path.suffix == ".jsonl" else str(path)
        for e in validator.iter_errors(doc):
            errors.append(f"{where}: /{'/'.join(map(str, e.absolute_path))}: {e.message}")
    print("\n".join(errors) if errors else f"{path}: valid ({len(documents)} document(s))")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], pathlib.Path(sys.argv[2])))
