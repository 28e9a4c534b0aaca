#!/usr/bin/env python3
"""Writes examples/fhir/: a small synthetic FHIR R4 Bulk Data export (invented people, invented notes).

    python3 scripts/fhir-example.py [OUT_DIR]      # default: examples/fhir

Three clients with three sessions each (their notes listed out of date order on purpose: NoteLint orders
each client's history by date), their encounters, clinicians, diagnoses, medications, risk assessments
and goals, made by scripts/notes-to-fhir.py; then one note as a Composition, one as a text/html
attachment and one whose text is a Binary the attachment's url names; and one broken record of each
kind NoteLint reports (docs/fhir.md, Errors). Deterministic: running it again gives the same files.
"""
import base64
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("notes_to_fhir", os.path.join(HERE, "notes-to-fhir.py"))
n2f = importlib.util.module_from_spec(spec)
spec.loader.exec_module(n2f)

OKAFOR = {"name": "Lena Okafor", "credentials": "LCSW"}
BRANDT = {"name": "Tomas Brandt", "credentials": "PsyD"}

NOTES = [
    # client A (generalised anxiety), sessions 3, 1, 2 in file order
    ("a-3", "cl-a", "2026-03-17", "10:00", "10:53", 53, "90837", OKAFOR, "low",
     "S: Client reports worry time down to about 40 minutes a day; used the postponement window on 5 of 7 days. "
     "GAD-7 today 9, down from 12.\nO: Calm, organised speech, smiled when describing her weekend hike.\n"
     "A: Generalised anxiety improving; progress toward G1 (worry under 30 minutes a day). Denies SI/HI.\n"
     "P: Continue the worry window; add one exposure (sending an email without re-reading it). Next session 3/24 at 10:00."),
    ("a-1", "cl-a", "2026-03-03", "10:00", "10:53", 53, "90837", OKAFOR, "low",
     "S: Client reports worrying most of the day about work deadlines, sleeping 5 hours. GAD-7 today 15.\n"
     "O: Restless, picked at her sleeve, speech fast but coherent.\n"
     "A: Generalised anxiety, moderate. Goal G1 set: worry under 30 minutes a day. Denies SI/HI.\n"
     "P: Introduce worry postponement; log worry minutes daily. Next session 3/10 at 10:00."),
    ("a-2", "cl-a", "2026-03-10", "10:00", "10:51", 51, "90837", OKAFOR, "low",
     "S: Client logged worry on 6 of 7 days, averaging 70 minutes. GAD-7 today 12.\n"
     "O: Less restless than last week, good eye contact.\n"
     "A: Early response to postponement; G1 not yet met. Denies SI/HI.\n"
     "P: Keep the log; move the worry window to 18:00. Next session 3/17 at 10:00."),
    # client B (alcohol use disorder)
    ("b-2", "cl-b", "2026-04-09", "15:00", "15:45", 45, "90834", BRANDT, "low",
     "D: Client reports two drinking days this week, down from five; attended two mutual-help meetings.\n"
     "A: Alcohol use disorder, moderate; progress toward G1 (2 or fewer drinking days a week) met this week. Denies SI/HI.\n"
     "P: Continue naltrexone as prescribed; plan for the family party on Saturday. Next session 4/16 at 15:00."),
    ("b-1", "cl-b", "2026-04-02", "15:00", "15:46", 46, "90834", BRANDT, "low",
     "D: Client reports drinking on five days, up to six drinks; missed one shift after a heavy night.\n"
     "A: Alcohol use disorder, moderate. Denies SI/HI.\n"
     "P: Start a drink log; discuss naltrexone with the prescriber. Next session 4/9 at 15:00."),
    ("b-3", "cl-b", "2026-04-16", "15:00", "15:44", 44, "90834", BRANDT, "moderate",
     "D: Client drank at the family party and reports feeling hopeless the next morning, with passing thoughts "
     "that his family would be better off without him; no plan or intent.\n"
     "A: Alcohol use disorder, moderate; passive suicidal ideation after a lapse.\n"
     "P: Safety plan reviewed and signed; crisis line number in his phone; brother agreed to check in daily. "
     "Next session 4/20 at 15:00."),
    # client C (depression), one of them a crisis-free telehealth session
    ("c-1", "cl-c", "2026-05-05", "09:00", "09:54", 54, "90837", OKAFOR, "none",
     "S: Client reports low mood most days and stopped going to the gym. PHQ-9 today 16.\n"
     "O: Flat affect, slowed speech, casually dressed.\n"
     "A: Major depressive disorder, recurrent, moderate. Goal G1 set: gym twice weekly. Denies SI/HI.\n"
     "P: Behavioural activation: schedule two gym visits. Next session 5/12 at 09:00."),
    ("c-2", "cl-c", "2026-05-12", "09:00", "09:55", 55, "90837", OKAFOR, "none",
     "S: Client went to the gym once and walked twice. PHQ-9 today 13.\n"
     "O: Brighter affect, more spontaneous speech.\n"
     "A: Depressive symptoms easing; partial progress toward G1. Denies SI/HI.\n"
     "P: Keep the activity schedule; add a call with a friend. Next session 5/19 at 09:00."),
]
DIAGNOSES = {"cl-a": [{"code": "F41.1", "display": "Generalized anxiety disorder"}],
             "cl-b": [{"code": "F10.20", "display": "Alcohol use disorder, moderate"}],
             "cl-c": [{"code": "F33.1", "display": "Major depressive disorder, recurrent, moderate"}]}
GOALS = {"cl-a": [{"id": "G1", "text": "Worry under 30 minutes a day"}],
         "cl-b": [{"id": "G1", "text": "2 or fewer drinking days a week"}],
         "cl-c": [{"id": "G1", "text": "Go to the gym twice weekly"}]}
MEDS = {"cl-b": [{"name": "naltrexone", "dose": "50 mg", "frequency": "daily"}]}


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "examples", "fhir")
    export = n2f.Export()
    for i, (nid, client, day, start, end, minutes, cpt, clinician, risk, text) in enumerate(NOTES):
        subject = "Patient/" + client
        export.add({"resourceType": "Patient", "id": client, "identifier": [{"system": "urn:example:clinic", "value": client.upper()}]})
        fields = {"sessionDate": day, "startTime": start, "endTime": end, "durationMinutes": minutes, "cptCode": cpt,
                  "modality": "telehealth" if nid == "c-2" else "individual", "diagnoses": DIAGNOSES[client],
                  "riskLevel": risk, "goals": GOALS[client], "clinician": clinician, "signedAt": day + "T" + end + ":00Z"}
        if client in MEDS and nid != "b-1":
            fields["medications"] = MEDS[client]
        export.note({"id": nid, "format": "SOAP" if text.startswith("S:") else "DAP", "kind": "progress",
                     "text": text, "fields": fields}, subject, "2026-06-01T00:00:%02dZ" % i)
    docs = export.out["DocumentReference"]

    # client C's third session as a Composition (sections with narrative), its fields on its encounter
    export.add({"resourceType": "Encounter", "id": "en-c-3", "status": "finished", "subject": {"reference": "Patient/cl-c"},
                "class": {"system": n2f.ACT, "code": "AMB"}, "period": {"start": "2026-05-19T09:00:00Z", "end": "2026-05-19T09:53:00Z"},
                "length": {"value": 53, "unit": "min", "system": "http://unitsofmeasure.org", "code": "min"},
                "type": [{"coding": [{"system": n2f.CPT, "code": "90837"}]}]})
    def section(title, html):
        return {"title": title, "text": {"status": "generated", "div": '<div xmlns="http://www.w3.org/1999/xhtml">' + html + "</div>"}}
    composition = {"resourceType": "Composition", "id": "c-3", "status": "final",
                   "type": {"coding": [{"system": n2f.LOINC, "code": "34904-3", "display": "Mental health Progress note"}]},
                   "subject": {"reference": "Patient/cl-c"}, "encounter": {"reference": "Encounter/en-c-3"},
                   "date": "2026-05-19T10:05:00Z", "author": [{"reference": "Practitioner/" + export.practitioner(OKAFOR).split("/")[1]}],
                   "title": "Progress note",
                   "attester": [{"mode": "legal", "time": "2026-05-19T10:05:00Z", "party": {"reference": export.practitioner(OKAFOR)}}],
                   "section": [
                       section("Subjective", "<p>Client went to the gym twice and called a friend. PHQ-9 today 10.</p>"),
                       section("Objective", "<p>Euthymic affect, good eye contact, on time.</p>"),
                       section("Assessment", "<p>Depression improving; G1 met this week. Denies SI/HI.</p>"),
                       section("Plan", "<ul><li>Keep the activity schedule.</li><li>Next session 5/26 at 09:00.</li></ul>")]}

    # client A's intake as text/html, and client B's discharge whose text is a Binary
    intake = dict(docs["a-1"])
    intake = json.loads(json.dumps(intake))
    intake["id"] = "a-0"
    intake["type"] = {"coding": [{"system": n2f.LOINC, "code": "78306-8", "display": "Mental health History and physical note"}]}
    intake["date"] = "2026-02-24T11:00:00Z"
    intake["context"] = {"period": {"start": "2026-02-24T10:00:00Z", "end": "2026-02-24T10:58:00Z"}}
    intake["content"] = [{"attachment": {"contentType": "text/html", "data": b64(
        "<h3>Presenting problem</h3><p>Client describes constant worry and poor sleep since starting a new job.</p>"
        "<h3>History</h3><p>Worry since university; no prior treatment; no substance use.</p>"
        "<h3>Risk</h3><p>Denies SI/HI, no history of self-harm.</p>"
        "<h3>Plan</h3><ul><li>Weekly CBT for anxiety.</li><li>First session 3/3 at 10:00.</li></ul>")}}]
    discharge_text = ("Discharge summary. Client completed 8 sessions for alcohol use disorder; drinking days fell from 5 "
                      "to 1 a week; safety plan in place and reviewed at the last session. Referred to a weekly "
                      "mutual-help group; may return at any time.")
    binary = {"resourceType": "Binary", "id": "bin-b-9", "contentType": "text/plain", "data": b64(discharge_text)}
    discharge = {"resourceType": "DocumentReference", "id": "b-9", "status": "current", "subject": {"reference": "Patient/cl-b"},
                 "type": {"coding": [{"system": n2f.LOINC, "code": "78263-1", "display": "Mental health Discharge summary note"}]},
                 "date": "2026-06-04T16:00:00Z", "author": [{"reference": export.practitioner(BRANDT)}],
                 "context": {"period": {"start": "2026-06-04T15:00:00Z", "end": "2026-06-04T15:30:00Z"}},
                 "content": [{"attachment": {"contentType": "text/plain", "url": "Binary/bin-b-9"}}]}

    # one broken record of each kind
    def doc(i, content, **more):
        d = {"resourceType": "DocumentReference", "id": i, "status": "current", "subject": {"reference": "Patient/cl-a"},
             "date": "2026-03-31T10:00:00Z", "content": content}
        d.update(more)
        return d
    broken = [
        doc("x-pdf", [{"attachment": {"contentType": "application/pdf", "data": b64("%PDF-1.7 (not a real PDF)")}}]),
        doc("x-image", [{"attachment": {"contentType": "image/png", "data": "iVBORw0KGgo="}}]),
        doc("x-no-attachment", []),
        doc("x-bad-base64", [{"attachment": {"contentType": "text/plain", "data": "not*base64*at*all"}}]),
        doc("x-missing-binary", [{"attachment": {"contentType": "text/plain", "url": "Binary/does-not-exist"}}]),
        doc("x-missing-encounter", [{"attachment": {"contentType": "text/plain", "data": b64("S: short note.\nP: none.")}}],
            context={"encounter": [{"reference": "Encounter/does-not-exist"}]}),
        {"resourceType": "Observation", "id": "x-observation", "status": "final", "code": {"text": "PHQ-9 total"}},
    ]

    export.write(out, False)
    with open(os.path.join(out, "DocumentReference.ndjson"), "a", encoding="utf-8") as fh:
        for r in [intake, discharge] + broken:
            fh.write(json.dumps(r, sort_keys=True) + "\n")
        fh.write('{"resourceType": "DocumentReference", "id": "x-not-json", "status": \n')
    with open(os.path.join(out, "Composition.ndjson"), "w", encoding="utf-8") as fh:
        fh.write(json.dumps(composition, sort_keys=True) + "\n")
    with open(os.path.join(out, "Binary.ndjson"), "w", encoding="utf-8") as fh:
        fh.write(json.dumps(binary, sort_keys=True) + "\n")
    with open(os.path.join(out, "Encounter.ndjson"), "w", encoding="utf-8") as fh:
        for _, r in sorted(export.out["Encounter"].items()):
            fh.write(json.dumps(r, sort_keys=True) + "\n")
    with open(os.path.join(out, "manifest.json"), encoding="utf-8") as fh:
        manifest = json.load(fh)
    manifest["output"] += [{"type": "Composition", "url": "Composition.ndjson", "count": 1},
                           {"type": "Binary", "url": "Binary.ndjson", "count": 1}]
    for o in manifest["output"]:
        if o["type"] == "DocumentReference":
            o["count"] += 2 + len(broken) + 1
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=2, sort_keys=True)
        fh.write("\n")


if __name__ == "__main__":
    main()
