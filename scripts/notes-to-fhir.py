#!/usr/bin/env python3
"""Converts NoteLint note JSON Lines into a FHIR R4 Bulk Data export (docs/fhir.md has the mapping).

    python3 scripts/notes-to-fhir.py NOTES.jsonl [MORE.jsonl ...] --out DIR [--gzip] [--shared-clients]

Input lines are notes ({"id": ..., "text": ..., "fields": ..., "history": [...]}) or labelled corpus
records ({"note": {...}, "expect": ...}). Each note becomes a DocumentReference (its text as a base64
text/plain attachment, its declared format in content.format) with an Encounter (session period,
length, class, CPT type, diagnoses), Conditions, MedicationStatements, a RiskAssessment, Goals in a
CarePlan of the encounter, and its signer as a Practitioner. Each earlier note in "history" becomes a
DocumentReference of its own for the same client, so NoteLint rebuilds the history from the export.

By default every top-level note gets a client (Patient) of its own, shared only with its history: the
export then gives each note exactly the history its JSON carries. --shared-clients groups notes by
fields.clientId instead, as a records system would. Output is deterministic (input order, sorted keys, no clocks).
"""
import argparse
import base64
import gzip
import hashlib
import json
import os
import re
import sys

FORMAT_SYSTEM = "https://notelint.io/fhir/note-format"
CPT = "http://www.ama-assn.org/go/cpt"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
RISK = "http://terminology.hl7.org/CodeSystem/risk-probability"
KIND_LOINC = {"progress": ("11506-3", "Progress note"), "intake": ("78306-8", "Mental health History and physical note"),
              "consult": ("34785-6", "Mental health Consult note"), "discharge": ("78263-1", "Mental health Discharge summary note"),
              "evaluation": ("51848-0", "Evaluation note")}
CLASS = {"telehealth": "VR", "telephone": "VR", "telehealth-video": "VR", "home visit": "HH", "inpatient": "IMP",
         "community": "FLD"}
RISK_CODE = {"none": "negligible", "low": "low", "moderate": "moderate", "high": "high", "imminent": "certain"}
TYPES = ["Patient", "Practitioner", "Encounter", "Condition", "MedicationStatement", "RiskAssessment", "Goal",
         "CarePlan", "DocumentReference"]


def fhir_id(s):
    """A FHIR id ([A-Za-z0-9-.]{1,64}): the note id when it is one, else a readable hash."""
    if re.fullmatch(r"[A-Za-z0-9\-.]{1,64}", s):
        return s
    clean = re.sub(r"[^A-Za-z0-9\-.]", "-", s)[:40]
    return clean + "-" + hashlib.sha256(s.encode()).hexdigest()[:12]


def date_time(day, clock):
    if not day:
        return None
    return day + ("T" + clock + ":00Z" if clock else "")


class Export:
    def __init__(self):
        self.out = {t: {} for t in TYPES}

    def add(self, r):
        self.out[r["resourceType"]][r["id"]] = r

    def practitioner(self, clinician):
        key = json.dumps(clinician, sort_keys=True)
        pid = "pr-" + hashlib.sha256(key.encode()).hexdigest()[:12]
        p = {"resourceType": "Practitioner", "id": pid}
        if clinician.get("name"):
            p["name"] = [{"text": clinician["name"]}]
        if clinician.get("credentials"):
            p["qualification"] = [{"code": {"text": clinician["credentials"]}}]
        self.add(p)
        return "Practitioner/" + pid

    def note(self, note, subject, updated):
        nid = fhir_id(str(note.get("id", "")))
        f = note.get("fields") or {}
        enc = "en-" + nid
        doc = {"resourceType": "DocumentReference", "id": nid, "status": "current",
               "meta": {"lastUpdated": updated},
               "subject": {"reference": subject},
               "content": [{"attachment": {"contentType": "text/plain; charset=utf-8",
                                           "data": base64.b64encode(note["text"].encode("utf-8")).decode("ascii")}}],
               "context": {"encounter": [{"reference": "Encounter/" + enc}]}}
        if f.get("clientId"):
            doc["subject"]["identifier"] = {"value": f["clientId"]}
        if note.get("format") and str(note["format"]).lower() != "auto":
            doc["content"][0]["format"] = {"system": FORMAT_SYSTEM, "code": str(note["format"]).upper()}
        kind = str(note.get("kind") or "").lower()
        if kind in KIND_LOINC:
            code, display = KIND_LOINC[kind]
            doc["type"] = {"coding": [{"system": LOINC, "code": code, "display": display}]}
        if f.get("signedAt"):
            doc["date"] = f["signedAt"]
        if f.get("clinician"):
            doc["author"] = [{"reference": self.practitioner(f["clinician"])}]
        e = {"resourceType": "Encounter", "id": enc, "status": "finished", "subject": {"reference": subject},
             "class": {"system": ACT, "code": "AMB"}}
        modality = f.get("modality")
        if modality:
            e["class"] = {"system": ACT, "code": CLASS.get(modality, "AMB"), "display": modality}
        start = date_time(f.get("sessionDate"), f.get("startTime"))
        end = date_time(f.get("sessionDate"), f.get("endTime")) if f.get("endTime") else None
        if start or end:
            e["period"] = {k: v for k, v in (("start", start), ("end", end)) if v}
        if f.get("durationMinutes") is not None:
            e["length"] = {"value": f["durationMinutes"], "unit": "min", "system": "http://unitsofmeasure.org", "code": "min"}
        if f.get("cptCode"):
            e["type"] = [{"coding": [{"system": CPT, "code": f["cptCode"]}]}]
        diagnoses = f.get("diagnoses")
        if isinstance(diagnoses, list) and diagnoses:
            e["diagnosis"] = []
            for i, d in enumerate(diagnoses):
                cid = "co-%s-%d" % (nid, i + 1)
                coding = {"system": ICD10}
                if d.get("code"):
                    coding["code"] = d["code"]
                if d.get("display"):
                    coding["display"] = d["display"]
                self.add({"resourceType": "Condition", "id": cid, "subject": {"reference": subject},
                          "encounter": {"reference": "Encounter/" + enc}, "code": {"coding": [coding]}})
                e["diagnosis"].append({"condition": {"reference": "Condition/" + cid}, "rank": i + 1})
        self.add(e)
        meds = f.get("medications")
        if isinstance(meds, list):
            if not meds:
                self.add({"resourceType": "MedicationStatement", "id": "ms-%s-none" % nid, "status": "active",
                          "subject": {"reference": subject}, "context": {"reference": "Encounter/" + enc},
                          "medicationCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "787481004",
                                                                    "display": "No known medications"}]}})
            for i, m in enumerate(meds):
                ms = {"resourceType": "MedicationStatement", "id": "ms-%s-%d" % (nid, i + 1), "status": "active",
                      "subject": {"reference": subject}, "context": {"reference": "Encounter/" + enc},
                      "medicationCodeableConcept": {"text": m.get("name") or ""}}
                dosage = {}
                if m.get("dose"):
                    dosage["text"] = m["dose"]
                if m.get("frequency"):
                    dosage["timing"] = {"code": {"text": m["frequency"]}}
                if dosage:
                    ms["dosage"] = [dosage]
                self.add(ms)
        if f.get("riskLevel") in RISK_CODE:
            self.add({"resourceType": "RiskAssessment", "id": "ra-" + nid, "status": "final",
                      "subject": {"reference": subject}, "encounter": {"reference": "Encounter/" + enc},
                      "prediction": [{"qualitativeRisk": {"coding": [{"system": RISK, "code": RISK_CODE[f["riskLevel"]]}]}}]})
        goals = f.get("goals")
        if isinstance(goals, list):
            refs = []
            for i, g in enumerate(goals):
                gid = "go-%s-%d" % (nid, i + 1)
                goal = {"resourceType": "Goal", "id": gid, "lifecycleStatus": "active", "subject": {"reference": subject},
                        "description": {"text": g.get("text") or ""}}
                if g.get("id"):
                    goal["identifier"] = [{"value": str(g["id"])}]
                self.add(goal)
                refs.append({"reference": "Goal/" + gid})
            plan = {"resourceType": "CarePlan", "id": "cp-" + nid, "status": "active", "intent": "plan",
                    "subject": {"reference": subject}, "encounter": {"reference": "Encounter/" + enc}}
            if refs:
                plan["goal"] = refs
            self.add(plan)
        self.add(doc)

    def write(self, out_dir, gz):
        os.makedirs(out_dir, exist_ok=True)
        output = []
        for t in TYPES:
            if not self.out[t]:
                continue
            name = t + ".ndjson" + (".gz" if gz else "")
            lines = "".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n" for r in self.out[t].values())
            data = lines.encode("utf-8")
            path = os.path.join(out_dir, name)
            if gz:
                with open(path, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as z:
                    z.write(data)
            else:
                with open(path, "wb") as fh:
                    fh.write(data)
            output.append({"type": t, "url": name, "count": len(self.out[t])})
        manifest = {"transactionTime": "2026-01-01T00:00:00Z", "request": "$export", "requiresAccessToken": False,
                    "output": output, "error": []}
        with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as fh:
            json.dump(manifest, fh, indent=2, sort_keys=True)
            fh.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--gzip", action="store_true")
    ap.add_argument("--shared-clients", action="store_true")
    a = ap.parse_args()
    export = Export()
    n = 0
    for path in a.inputs:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                note = rec.get("note", rec) if isinstance(rec, dict) else None
                if not isinstance(note, dict) or not isinstance(note.get("text"), str):
                    continue
                n += 1
                f = note.get("fields") or {}
                key = f.get("clientId") if a.shared_clients and f.get("clientId") else "n-" + str(note.get("id"))
                subject = "Patient/" + fhir_id("pt-" + key)
                export.add({"resourceType": "Patient", "id": subject.split("/")[1]})
                history = note.get("history") or []
                # history is most recent first: the oldest gets the earliest lastUpdated
                for i, h in enumerate(reversed(history)):
                    if isinstance(h, dict) and isinstance(h.get("text"), str):
                        export.note(h, subject, "2000-01-01T00:%02d:%02dZ" % (i // 60 % 60, i % 60))
                export.note(note, subject, "2000-01-02T00:00:00Z")
    export.write(a.out, a.gzip)
    print("%d notes -> %s" % (n, a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
