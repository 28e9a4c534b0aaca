package io.notelint.fhir;

import io.notelint.core.model.Clinician;
import io.notelint.core.model.Diagnosis;
import io.notelint.core.model.Goal;
import io.notelint.core.model.Medication;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.ChargeItem;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.Type;

/** Reduces each supporting resource to its {@link Facts}, and a note resource to its index entry. */
final class FactExtractor {

    static final String CPT = "http://www.ama-assn.org/go/cpt";
    /** SNOMED CT "No known medications" (the International Patient Summary's way of saying none). */
    static final String NO_KNOWN_MEDICATIONS = "787481004";

    private final FhirIndex index;

    FactExtractor(FhirIndex index) {
        this.index = index;
    }

    Facts.NoteEntry noteEntry(Resource r, String ref, Location where) {
        String lastUpdated = r.hasMeta() && r.getMeta().hasLastUpdated() ? r.getMeta().getLastUpdatedElement().getValueAsString() : null;
        if (r instanceof DocumentReference d) {
            String encounter = d.getContext().getEncounter().isEmpty() ? null : index.resolve(Refs.of(d.getContext().getEncounterFirstRep()));
            String start = d.getContext().hasPeriod() ? text(d.getContext().getPeriod().getStartElement()) : null;
            return new Facts.NoteEntry(ref, where, index.resolve(Refs.of(d.getSubject())), encounter, start,
                    d.hasDate() ? d.getDateElement().getValueAsString() : null, lastUpdated);
        }
        Composition c = (Composition) r;
        String start = c.getEvent().isEmpty() || !c.getEventFirstRep().hasPeriod() ? null
                : text(c.getEventFirstRep().getPeriod().getStartElement());
        return new Facts.NoteEntry(ref, where, index.resolve(Refs.of(c.getSubject())), index.resolve(Refs.of(c.getEncounter())),
                start, c.hasDate() ? c.getDateElement().getValueAsString() : null, lastUpdated);
    }

    void accept(Resource r, String ref) {
        if (ref == null) {
            return; // nothing can refer to a resource without an id
        }
        if (r instanceof Encounter e) {
            index.encounters.put(ref, encounter(e));
        } else if (r instanceof Practitioner p) {
            index.practitioners.put(ref, new Facts.Practitioner(clinician(p)));
        } else if (r instanceof PractitionerRole role) {
            if (role.hasPractitioner()) {
                index.roles.put(ref, index.resolve(Refs.of(role.getPractitioner())));
            }
        } else if (r instanceof Patient p) {
            index.patients.put(ref, new Facts.Patient(clientId(p)));
        } else if (r instanceof Condition c) {
            condition(ref, c);
        } else if (r instanceof MedicationStatement m) {
            medication(statement(m), m.getContext(), m.getSubject());
        } else if (r instanceof MedicationRequest m) {
            medication(request(m), m.getEncounter(), m.getSubject());
        } else if (r instanceof org.hl7.fhir.r4.model.Medication m) {
            String name = conceptText(m.getCode());
            if (name != null) {
                index.medicationNames.put(ref, name);
            }
        } else if (r instanceof RiskAssessment a) {
            risk(a);
        } else if (r instanceof org.hl7.fhir.r4.model.Goal g) {
            goal(ref, g);
        } else if (r instanceof CarePlan p) {
            carePlan(p);
        } else if (r instanceof Claim c) {
            claim(c);
        } else if (r instanceof ChargeItem c) {
            chargeItem(c);
        }
    }

    private Facts.Encounter encounter(Encounter e) {
        Integer minutes = null;
        if (e.hasLength() && e.getLength().hasValue()) {
            minutes = minutes(e.getLength().getValue(), e.getLength().hasCode() ? e.getLength().getCode() : e.getLength().getUnit());
        }
        String cpt = null;
        for (CodeableConcept type : e.getType()) {
            cpt = cpt != null ? cpt : code(type, CPT);
        }
        List<String> diagnoses = new ArrayList<>();
        for (Encounter.DiagnosisComponent d : e.getDiagnosis()) {
            if (d.hasCondition()) {
                diagnoses.add(index.resolve(Refs.of(d.getCondition())));
            }
        }
        return new Facts.Encounter(index.resolve(Refs.of(e.getSubject())), when(e.hasPeriod() ? e.getPeriod() : null), minutes,
                e.hasClass_() ? e.getClass_().getCode() : null, e.hasClass_() ? e.getClass_().getDisplay() : null,
                cpt, diagnoses.isEmpty() ? null : List.copyOf(diagnoses));
    }

    private static Integer minutes(BigDecimal value, String unit) {
        String u = unit == null ? "min" : unit.toLowerCase(Locale.ROOT);
        BigDecimal m = switch (u) {
            case "h", "hr", "hour", "hours" -> value.multiply(BigDecimal.valueOf(60));
            case "s", "sec", "second", "seconds" -> value.divide(BigDecimal.valueOf(60), java.math.RoundingMode.HALF_UP);
            default -> value;
        };
        try {
            return m.setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static Facts.When when(Period p) {
        if (p == null) {
            return new Facts.When(null, null);
        }
        return new Facts.When(text(p.getStartElement()), text(p.getEndElement()));
    }

    static String text(BaseDateTimeType t) {
        return t == null || !t.hasValue() ? null : t.getValueAsString();
    }

    static Clinician clinician(Practitioner p) {
        String name = null;
        if (p.hasName()) {
            HumanName n = p.getNameFirstRep();
            name = n.hasText() ? n.getText() : blankToNull(n.getNameAsSingleString());
        }
        List<String> credentials = new ArrayList<>();
        for (Practitioner.PractitionerQualificationComponent q : p.getQualification()) {
            String c = q.hasCode() ? (q.getCode().hasText() ? q.getCode().getText()
                    : q.getCode().hasCoding() ? q.getCode().getCodingFirstRep().getCode() : null) : null;
            if (c != null && !c.isBlank()) {
                credentials.add(c.trim());
            }
        }
        if (name == null && credentials.isEmpty()) {
            return null;
        }
        return new Clinician(name, credentials.isEmpty() ? null : String.join(", ", credentials));
    }

    private static String clientId(Patient p) {
        for (Identifier id : p.getIdentifier()) {
            if (id.hasValue()) {
                return id.getValue();
            }
        }
        return null;
    }

    private void condition(String ref, Condition c) {
        String code = null;
        String display = null;
        if (c.hasCode()) {
            Coding coding = c.getCode().getCodingFirstRep();
            code = coding.hasCode() ? coding.getCode() : null;
            display = c.getCode().hasText() ? c.getCode().getText() : coding.hasDisplay() ? coding.getDisplay() : null;
        }
        if (code == null && display == null) {
            return;
        }
        Facts.Condition fact = new Facts.Condition(new Diagnosis(code, display),
                index.resolve(Refs.of(c.getEncounter())), index.resolve(Refs.of(c.getSubject())));
        index.conditions.put(ref, fact);
        if (fact.encounter() != null) {
            FhirIndex.add(index.conditionsByEncounter, fact.encounter(), fact);
        } else {
            FhirIndex.add(index.conditionsBySubject, fact.subject(), fact);
        }
    }

    /** The medication a statement names; null for "no known medications"; a medication reference resolved later. */
    private Medication statement(MedicationStatement m) {
        return medication(m.getMedication(), m.getDosage());
    }

    private Medication request(MedicationRequest m) {
        return medication(m.getMedication(), m.getDosageInstruction());
    }

    private Medication medication(Type medication, List<Dosage> dosage) {
        String name;
        if (medication instanceof CodeableConcept cc) {
            if (NO_KNOWN_MEDICATIONS.equals(code(cc, "http://snomed.info/sct"))) {
                return null;
            }
            name = conceptText(cc);
        } else if (medication instanceof Reference ref) {
            name = "ref:" + index.resolve(Refs.of(ref)); // Medication resources may come later: named when mapped
        } else {
            name = null;
        }
        String dose = null;
        String frequency = null;
        if (!dosage.isEmpty()) {
            Dosage d = dosage.get(0);
            if (d.hasDoseAndRate() && d.getDoseAndRateFirstRep().hasDoseQuantity()) {
                var q = d.getDoseAndRateFirstRep().getDoseQuantity();
                dose = q.getValue().stripTrailingZeros().toPlainString() + (q.hasUnit() ? " " + q.getUnit() : "");
            }
            if (dose == null && d.hasText()) {
                dose = d.getText();
            }
            if (d.hasTiming() && d.getTiming().hasCode()) {
                frequency = conceptText(d.getTiming().getCode());
            }
        }
        return new Medication(name == null ? "" : name, dose, frequency);
    }

    private void medication(Medication med, Reference encounter, Reference subject) {
        Facts.MedicationUse use = new Facts.MedicationUse(med, index.resolve(Refs.of(encounter)), index.resolve(Refs.of(subject)));
        if (use.encounter() != null) {
            FhirIndex.add(index.medsByEncounter, use.encounter(), use);
        } else {
            FhirIndex.add(index.medsBySubject, use.subject(), use);
        }
    }

    private void risk(RiskAssessment a) {
        String level = null;
        for (RiskAssessment.RiskAssessmentPredictionComponent p : a.getPrediction()) {
            String l = RiskLevels.of(p.getQualitativeRisk());
            if (l != null && (level == null || RiskLevels.rank(l) > RiskLevels.rank(level))) {
                level = l;
            }
        }
        if (level != null) {
            FhirIndex.add(index.risksByEncounter, index.resolve(Refs.of(a.getEncounter())),
                    new Facts.Risk(level, index.resolve(Refs.of(a.getEncounter())), index.resolve(Refs.of(a.getSubject()))));
        }
    }

    private void goal(String ref, org.hl7.fhir.r4.model.Goal g) {
        String id = null;
        for (Identifier i : g.getIdentifier()) {
            if (i.hasValue()) {
                id = i.getValue();
                break;
            }
        }
        String text = conceptText(g.getDescription());
        if (text == null) {
            return;
        }
        Facts.GoalFact fact = new Facts.GoalFact(ref, new Goal(id != null ? id : Refs.idPart(ref), text),
                index.resolve(Refs.of(g.getSubject())));
        index.goals.put(ref, fact);
        FhirIndex.add(index.goalsBySubject, fact.subject(), fact);
    }

    private void carePlan(CarePlan p) {
        List<String> goals = new ArrayList<>();
        for (Reference g : p.getGoal()) {
            goals.add(index.resolve(Refs.of(g)));
        }
        Facts.CarePlan plan = new Facts.CarePlan(List.copyOf(goals), index.resolve(Refs.of(p.getEncounter())),
                index.resolve(Refs.of(p.getSubject())));
        if (plan.encounter() != null) {
            FhirIndex.add(index.carePlansByEncounter, plan.encounter(), plan);
            index.goalsOfEncounters.addAll(goals);
        } else {
            FhirIndex.add(index.carePlansBySubject, plan.subject(), plan);
        }
    }

    private void claim(Claim c) {
        for (Claim.ItemComponent item : c.getItem()) {
            String cpt = code(item.getProductOrService(), CPT);
            for (Reference e : item.getEncounter()) {
                if (cpt != null) {
                    index.cptByEncounter.putIfAbsent(index.resolve(Refs.of(e)), cpt);
                }
            }
        }
    }

    private void chargeItem(ChargeItem c) {
        String cpt = code(c.getCode(), CPT);
        if (cpt != null && c.hasContext()) {
            index.cptByEncounter.putIfAbsent(index.resolve(Refs.of(c.getContext())), cpt);
        }
    }

    /** The code of the first coding in {@code system}, or null. */
    static String code(CodeableConcept cc, String system) {
        if (cc == null) {
            return null;
        }
        for (Coding c : cc.getCoding()) {
            if (system.equals(c.getSystem()) && c.hasCode()) {
                return c.getCode();
            }
        }
        return null;
    }

    /** What a concept says in words: its text, else its first coding's display, else that code. */
    static String conceptText(CodeableConcept cc) {
        if (cc == null || cc.isEmpty()) {
            return null;
        }
        if (cc.hasText()) {
            return cc.getText();
        }
        for (Coding c : cc.getCoding()) {
            if (c.hasDisplay()) {
                return c.getDisplay();
            }
        }
        return cc.getCodingFirstRep().hasCode() ? cc.getCodingFirstRep().getCode() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
