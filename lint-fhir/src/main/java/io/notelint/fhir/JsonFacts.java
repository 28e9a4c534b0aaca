package io.notelint.fhir;

import io.notelint.core.model.Clinician;
import io.notelint.core.model.Diagnosis;
import io.notelint.core.model.Goal;
import io.notelint.core.model.Medication;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The first pass's reading of each resource, from its JSON: a note's index entry, and the
 * {@link Facts} of every resource around the notes (the FHIR paths are in docs/fhir.md).
 */
final class JsonFacts {

    static final String CPT = "http://www.ama-assn.org/go/cpt";
    static final String SNOMED = "http://snomed.info/sct";
    /** SNOMED CT "No known medications" (the International Patient Summary's way of saying none). */
    static final String NO_KNOWN_MEDICATIONS = "787481004";

    private final FhirIndex index;

    JsonFacts(FhirIndex index) {
        this.index = index;
    }

    private String ref(JsonNode reference) {
        return index.resolve(Json.ref(reference));
    }

    private String str(JsonNode node, String... path) {
        return Json.str(node, path);
    }

    Facts.NoteEntry noteEntry(JsonNode r, String ref, Location where) {
        long fallback = HistoryOrder.millis(Json.str(r, "date"));
        if (fallback == Facts.NO_TIME) {
            fallback = HistoryOrder.millis(Json.str(r, "meta", "lastUpdated"));
        }
        if ("DocumentReference".equals(Json.str(r, "resourceType"))) {
            List<JsonNode> encounters = Json.list(r, "context", "encounter");
            return new Facts.NoteEntry(ref, where, ref(Json.at(r, "subject")),
                    encounters.isEmpty() ? null : ref(encounters.get(0)),
                    HistoryOrder.millis(Json.str(r, "context", "period", "start")), fallback);
        }
        List<JsonNode> events = Json.list(r, "event");
        return new Facts.NoteEntry(ref, where, ref(Json.at(r, "subject")), ref(Json.at(r, "encounter")),
                events.isEmpty() ? Facts.NO_TIME : HistoryOrder.millis(Json.str(events.get(0), "period", "start")), fallback);
    }

    void accept(String type, JsonNode r, String resourceRef) {
        if (resourceRef == null) {
            return; // nothing can refer to a resource without an id
        }
        String ref = resourceRef;
        switch (type) {
            case "Encounter" -> index.putEncounter(ref, encounter(r));
            case "Practitioner" -> index.putPractitioner(ref, new Facts.Practitioner(clinician(r)));
            case "PractitionerRole" -> {
                String p = ref(Json.at(r, "practitioner"));
                if (p != null) {
                    index.putRole(ref, p);
                }
            }
            case "Patient" -> index.putPatient(ref, new Facts.Patient(firstIdentifier(r)));
            case "Condition" -> condition(ref, r);
            case "MedicationStatement" -> medication(medication(r, Json.list(r, "dosage")), Json.at(r, "context"), Json.at(r, "subject"));
            case "MedicationRequest" -> medication(medication(r, Json.list(r, "dosageInstruction")), Json.at(r, "encounter"), Json.at(r, "subject"));
            case "Medication" -> {
                String name = Json.words(Json.at(r, "code"));
                if (name != null) {
                    index.putMedicationName(ref, name);
                }
            }
            case "RiskAssessment" -> risk(r);
            case "Goal" -> goal(ref, r);
            case "CarePlan" -> carePlan(r);
            case "Claim" -> claim(r);
            case "ChargeItem" -> chargeItem(r);
            default -> {
                // Binary and the notes are kept by the indexer
            }
        }
    }

    private Facts.Encounter encounter(JsonNode e) {
        Integer minutes = null;
        JsonNode length = Json.at(e, "length");
        JsonNode value = Json.at(length, "value");
        if (value != null && value.isNumber()) {
            String unit = Json.str(length, "code") != null ? Json.str(length, "code") : Json.str(length, "unit");
            minutes = minutes(value.decimalValue(), unit);
        }
        String cpt = null;
        for (JsonNode type : Json.list(e, "type")) {
            cpt = cpt != null ? cpt : Json.code(type, CPT);
        }
        List<String> diagnoses = new ArrayList<>();
        for (JsonNode d : Json.list(e, "diagnosis")) {
            String c = ref(Json.at(d, "condition"));
            if (c != null) {
                diagnoses.add(c);
            }
        }
        return new Facts.Encounter(ref(Json.at(e, "subject")),
                new Facts.When(Json.str(e, "period", "start"), Json.str(e, "period", "end")), minutes,
                str(e, "class", "code"), str(e, "class", "display"), cpt,
                diagnoses.isEmpty() ? null : List.copyOf(diagnoses));
    }

    static Integer minutes(BigDecimal value, String unit) {
        String u = unit == null ? "min" : unit.toLowerCase(Locale.ROOT);
        BigDecimal m = switch (u) {
            case "h", "hr", "hour", "hours" -> value.multiply(BigDecimal.valueOf(60));
            case "s", "sec", "second", "seconds" -> value.divide(BigDecimal.valueOf(60), RoundingMode.HALF_UP);
            default -> value;
        };
        try {
            return m.setScale(0, RoundingMode.HALF_UP).intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** {@code Practitioner}: {@code name[0].text} (else given and family names) and each qualification's code in words. */
    static Clinician clinician(JsonNode p) {
        String name = null;
        List<JsonNode> names = Json.list(p, "name");
        if (!names.isEmpty()) {
            JsonNode n = names.get(0);
            if (Json.str(n, "text") != null) {
                name = Json.str(n, "text").trim();
            } else {
                List<String> parts = new ArrayList<>();
                for (JsonNode g : Json.list(n, "given")) {
                    if (g.isString() && !g.stringValue().isBlank()) {
                        parts.add(g.stringValue().trim());
                    }
                }
                if (Json.str(n, "family") != null) {
                    parts.add(Json.str(n, "family").trim());
                }
                name = parts.isEmpty() ? null : String.join(" ", parts);
            }
        }
        List<String> credentials = new ArrayList<>();
        for (JsonNode q : Json.list(p, "qualification")) {
            JsonNode code = Json.at(q, "code");
            String c = Json.str(code, "text");
            if (c == null) {
                List<JsonNode> codings = Json.list(code, "coding");
                c = codings.isEmpty() ? null : Json.str(codings.get(0), "code");
            }
            if (c != null) {
                credentials.add(c.trim());
            }
        }
        if (name == null && credentials.isEmpty()) {
            return null;
        }
        return new Clinician(name, credentials.isEmpty() ? null : String.join(", ", credentials));
    }

    private static String firstIdentifier(JsonNode r) {
        for (JsonNode id : Json.list(r, "identifier")) {
            if (Json.str(id, "value") != null) {
                return Json.str(id, "value");
            }
        }
        return null;
    }

    private void condition(String ref, JsonNode c) {
        JsonNode code = Json.at(c, "code");
        List<JsonNode> codings = Json.list(code, "coding");
        JsonNode coding = codings.isEmpty() ? null : codings.get(0);
        String value = Json.str(coding, "code");
        String display = Json.str(code, "text") != null ? Json.str(code, "text") : Json.str(coding, "display");
        if (value == null && display == null) {
            return;
        }
        Diagnosis diagnosis = new Diagnosis(value, display);
        index.putCondition(ref, diagnosis);
        String encounter = ref(Json.at(c, "encounter"));
        if (encounter != null) {
            index.addConditionOfEncounter(encounter, diagnosis);
        } else {
            index.addConditionOfSubject(ref(Json.at(c, "subject")), diagnosis);
        }
    }

    /** The medication named; null for "no known medications"; a Medication reference is named when mapped. */
    private Medication medication(JsonNode r, List<JsonNode> dosage) {
        String name = null;
        JsonNode concept = Json.at(r, "medicationCodeableConcept");
        if (concept != null) {
            if (NO_KNOWN_MEDICATIONS.equals(Json.code(concept, SNOMED))) {
                return null;
            }
            name = Json.words(concept);
        } else if (Json.at(r, "medicationReference") != null) {
            name = "ref:" + ref(Json.at(r, "medicationReference"));
        }
        String dose = null;
        String frequency = null;
        if (!dosage.isEmpty()) {
            JsonNode d = dosage.get(0);
            List<JsonNode> rates = Json.list(d, "doseAndRate");
            JsonNode q = rates.isEmpty() ? null : Json.at(rates.get(0), "doseQuantity");
            JsonNode value = Json.at(q, "value");
            if (value != null && value.isNumber()) {
                dose = value.decimalValue().stripTrailingZeros().toPlainString() + (Json.str(q, "unit") != null ? " " + Json.str(q, "unit") : "");
            }
            if (dose == null) {
                dose = Json.str(d, "text");
            }
            frequency = Json.words(Json.at(d, "timing", "code"));
        }
        return new Medication(name == null ? "" : name, dose, frequency);
    }

    private void medication(Medication med, JsonNode encounter, JsonNode subject) {
        String enc = ref(encounter);
        if (enc != null) {
            index.addMedicationOfEncounter(enc, med);
        } else {
            index.addMedicationOfSubject(ref(subject), med);
        }
    }

    private void risk(JsonNode a) {
        String level = null;
        for (JsonNode p : Json.list(a, "prediction")) {
            String l = RiskLevels.of(Json.at(p, "qualitativeRisk"));
            if (l != null && (level == null || RiskLevels.rank(l) > RiskLevels.rank(level))) {
                level = l;
            }
        }
        String encounter = ref(Json.at(a, "encounter"));
        if (level != null && encounter != null) {
            index.addRisk(encounter, level);
        }
    }

    private void goal(String ref, JsonNode g) {
        String text = Json.words(Json.at(g, "description"));
        if (text == null) {
            return;
        }
        String id = firstIdentifier(g);
        Facts.GoalFact fact = new Facts.GoalFact(ref, new Goal(id != null ? id : Refs.idPart(ref), text));
        index.putGoal(ref, fact);
        index.addGoalOfSubject(ref(Json.at(g, "subject")), fact);
    }

    private void carePlan(JsonNode p) {
        List<String> goals = new ArrayList<>();
        for (JsonNode g : Json.list(p, "goal")) {
            String r = ref(g);
            if (r != null) {
                goals.add(r);
            }
        }
        String encounter = ref(Json.at(p, "encounter"));
        if (encounter != null) {
            index.addCarePlanOfEncounter(encounter, goals);
            goals.forEach(index::addGoalOfEncounters);
        } else {
            index.addCarePlanOfSubject(ref(Json.at(p, "subject")), goals);
        }
    }

    private void claim(JsonNode c) {
        for (JsonNode item : Json.list(c, "item")) {
            String cpt = Json.code(Json.at(item, "productOrService"), CPT);
            for (JsonNode e : Json.list(item, "encounter")) {
                String enc = ref(e);
                if (cpt != null && enc != null) {
                    index.addCpt(enc, cpt);
                }
            }
        }
    }

    private void chargeItem(JsonNode c) {
        String cpt = Json.code(Json.at(c, "code"), CPT);
        String enc = ref(Json.at(c, "context"));
        if (cpt != null && enc != null) {
            index.addCpt(enc, cpt);
        }
    }
}
