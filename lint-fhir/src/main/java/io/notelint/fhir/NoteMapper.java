package io.notelint.fhir;

import io.notelint.core.model.Clinician;
import io.notelint.core.model.Diagnosis;
import io.notelint.core.model.Goal;
import io.notelint.core.model.Medication;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFields;
import io.notelint.core.model.NoteFormat;
import io.notelint.core.model.NoteKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A {@code DocumentReference} or {@code Composition}, with what the input holds around it, as a NoteLint
 * note (without history: {@link FhirReader} adds it). Every path is listed in docs/fhir.md.
 */
final class NoteMapper {

    /** The code system NoteLint reads a declared note format (SOAP, DAP, ...) from, in {@code content.format}. */
    static final String FORMAT_SYSTEM = "https://notelint.io/fhir/note-format";

    private final FhirIndex index;
    private final ResourceStore store;

    NoteMapper(FhirIndex index, ResourceStore store) {
        this.index = index;
        this.store = store;
    }

    Note map(Resource r, Facts.NoteEntry entry) throws MappingException {
        String ref = entry.ref();
        String text;
        NoteFormat format = null;
        NoteKind kind;
        Facts.When period;
        List<Reference> authors;
        Reference authenticator;
        String signed;
        if (r instanceof DocumentReference d) {
            List<Attachment> attachments = new ArrayList<>();
            for (DocumentReference.DocumentReferenceContentComponent c : d.getContent()) {
                if (c.hasAttachment()) {
                    attachments.add(c.getAttachment());
                }
                if (c.hasFormat() && FORMAT_SYSTEM.equals(c.getFormat().getSystem())) {
                    format = NoteFormat.parse(c.getFormat().getCode()).orElse(null);
                }
            }
            text = AttachmentText.of(ref, attachments, url -> binary(d, url));
            kind = NoteKinds.of(d.getType()).orElse(null);
            period = d.getContext().hasPeriod() ? ModelValues.when(d.getContext().getPeriod()) : null;
            authors = d.getAuthor();
            authenticator = d.hasAuthenticator() ? d.getAuthenticator() : null;
            signed = d.hasDate() ? d.getDateElement().getValueAsString() : null;
        } else {
            Composition c = (Composition) r;
            text = CompositionText.of(c);
            if (text.isBlank()) {
                throw new MappingException("missing-text", ref + ": the Composition has no section with text");
            }
            kind = NoteKinds.of(c.getType()).orElse(null);
            period = c.getEvent().isEmpty() || !c.getEventFirstRep().hasPeriod() ? null
                    : ModelValues.when(c.getEventFirstRep().getPeriod());
            authors = c.getAuthor();
            authenticator = null;
            signed = c.hasDate() ? c.getDateElement().getValueAsString() : null;
            for (Composition.CompositionAttesterComponent a : c.getAttester()) {
                if (a.hasParty()) {
                    authenticator = a.getParty();
                }
                if (a.hasTime()) {
                    signed = a.getTimeElement().getValueAsString();
                }
                if (authenticator != null) {
                    break;
                }
            }
        }
        return new Note(ref, text, format, fields(r, entry, period, authors, authenticator, signed), List.of(), Map.of(),
                kind, Map.of());
    }

    private NoteFields fields(Resource r, Facts.NoteEntry entry, Facts.When ownPeriod, List<Reference> authors,
                              Reference authenticator, String signed) throws MappingException {
        String ref = entry.ref();
        NoteFields.Builder b = NoteFields.builder();
        Map<String, String> invalid = new LinkedHashMap<>();
        b.clientId(clientId(r, entry.subject()));
        Facts.Encounter enc = null;
        String encRef = entry.encounter();
        if (encRef != null) {
            enc = index.encounter(encRef);
            if (enc == null && index.typesSeen.contains("Encounter")) {
                throw new MappingException("unresolved-reference", ref + ": its encounter " + encRef + " is not in this input");
            }
        }
        Facts.When period = ownPeriod != null && !ownPeriod.isEmpty() ? ownPeriod : enc != null ? enc.period() : null;
        if (period != null) {
            session(period, b, invalid);
        }
        if (enc != null) {
            b.durationMinutes(enc.lengthMinutes());
            b.modality(modality(enc));
            b.cptCode(enc.cpt() != null ? enc.cpt() : index.cpt(encRef));
        } else if (encRef != null) {
            b.cptCode(index.cpt(encRef));
        }
        b.diagnoses(diagnoses(enc, encRef, entry.subject()));
        b.medications(medications(encRef, entry.subject()));
        String risk = encRef == null ? null : index.risk(encRef);
        if (risk != null) {
            b.riskLevel(io.notelint.core.model.RiskLevel.parse(risk).orElse(null));
        }
        b.goals(goals(encRef, entry.subject()));
        Reference signer = authenticator != null ? authenticator : authors.isEmpty() ? null : authors.get(0);
        if (signer != null) {
            b.clinician(clinician(ref, r, signer));
        }
        if (signed != null) {
            try {
                b.signedAt(instant(signed));
            } catch (DateTimeParseException e) {
                invalid.put("signedAt", "the date " + signed + " has no time of day");
            }
        }
        b.invalid(invalid);
        return b.build();
    }

    /**
     * The client id: the {@code subject}'s identifier when the reference carries one, else the Patient's
     * first identifier; a Patient without one has no client id NoteLint can show (its resource id is the
     * server's, not the clinic's). With no Patient in the input, the reference's id is all there is.
     */
    private String clientId(Resource r, String subject) {
        Reference s = r instanceof DocumentReference d ? d.getSubject() : ((Composition) r).getSubject();
        if (s.hasIdentifier() && s.getIdentifier().hasValue()) {
            return s.getIdentifier().getValue();
        }
        if (subject == null) {
            return null;
        }
        Facts.Patient p = index.patient(subject);
        if (p != null) {
            return p.clientId();
        }
        return index.typesSeen.contains("Patient") ? null : Refs.idPart(subject);
    }

    private static void session(Facts.When period, NoteFields.Builder b, Map<String, String> invalid) {
        String start = period.start();
        String end = period.end();
        String day = start != null ? start : end;
        if (day != null && day.length() >= 10) {
            try {
                b.sessionDate(LocalDate.parse(day.substring(0, 10)));
            } catch (DateTimeParseException e) {
                invalid.put("sessionDate", "not a date");
            }
        }
        b.startTime(clock(start));
        b.endTime(clock(end));
    }

    /** The wall-clock time as written ({@code 19:00} of {@code 2026-02-24T19:00:00-05:00}): the clinician's time. */
    private static LocalTime clock(String dateTime) {
        if (dateTime == null || dateTime.length() < 16 || dateTime.charAt(10) != 'T') {
            return null;
        }
        try {
            return LocalTime.parse(dateTime.substring(11, 16));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Instant instant(String dateTime) {
        if (dateTime.length() <= 10) {
            throw new DateTimeParseException("a date alone", dateTime, 0);
        }
        return OffsetDateTime.parse(dateTime).toInstant();
    }

    /** {@code Encounter.class}: its display as written, else the HL7 ActCode in words. */
    private static String modality(Facts.Encounter enc) {
        if (enc.classDisplay() != null && !enc.classDisplay().isBlank()) {
            return enc.classDisplay();
        }
        if (enc.classCode() == null) {
            return null;
        }
        return switch (enc.classCode()) {
            case "VR" -> "telehealth";
            case "HH" -> "home visit";
            case "IMP", "ACUTE", "NONAC" -> "inpatient";
            case "FLD" -> "community";
            case "EMER" -> "emergency";
            default -> null; // AMB says nothing NoteLint's fields do not already assume
        };
    }

    private List<Diagnosis> diagnoses(Facts.Encounter enc, String encRef, String subject) {
        List<Diagnosis> out = new ArrayList<>();
        if (enc != null && enc.diagnosisConditions() != null) {
            for (String c : enc.diagnosisConditions()) {
                Diagnosis d = index.condition(c);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        if (out.isEmpty() && encRef != null) {
            out.addAll(index.conditionsOfEncounter(encRef));
        }
        if (out.isEmpty() && subject != null) {
            out.addAll(index.conditionsOfSubject(subject));
        }
        return out.isEmpty() ? null : out;
    }

    /** The session's medications; the client's standing list when none is tied to the encounter; null when unknown. */
    private List<Medication> medications(String encRef, String subject) {
        List<Medication> uses = encRef == null ? null : index.medicationsOfEncounter(encRef);
        if (uses == null && subject != null) {
            uses = index.medicationsOfSubject(subject);
        }
        if (uses == null) {
            return null;
        }
        List<Medication> out = new ArrayList<>();
        for (Medication m : uses) {
            if (m == null) {
                continue; // "no known medications": the list is there, and empty
            }
            if (m.name().startsWith("ref:")) {
                String name = index.medicationName(m.name().substring(4));
                m = new Medication(name == null ? "" : name, m.dose(), m.frequency());
            }
            out.add(m);
        }
        return out;
    }

    private List<Goal> goals(String encRef, String subject) {
        List<List<String>> plans = encRef == null ? null : index.carePlansOfEncounter(encRef);
        if (plans == null && subject != null) {
            plans = index.carePlansOfSubject(subject);
        }
        List<Goal> out = new ArrayList<>();
        if (plans != null) {
            for (List<String> plan : plans) {
                for (String g : plan) {
                    Facts.GoalFact fact = index.goal(g);
                    if (fact != null) {
                        out.add(fact.goal());
                    }
                }
            }
            return out;
        }
        if (subject != null) {
            for (Facts.GoalFact g : index.goalsOfSubject(subject)) {
                if (!index.isGoalOfEncounters(g.ref())) {
                    out.add(g.goal());
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    private Clinician clinician(String ref, Resource note, Reference who) throws MappingException {
        String target = index.resolve(Refs.of(who));
        if (target == null) {
            return who.hasDisplay() ? new Clinician(who.getDisplay(), null) : null;
        }
        if (target.startsWith("#")) {
            for (Resource c : ((org.hl7.fhir.r4.model.DomainResource) note).getContained()) {
                if (c instanceof Practitioner p && target.substring(1).equals(c.getIdElement().getIdPart())) {
                    return ModelValues.clinician(p);
                }
            }
            return null;
        }
        String role = target.startsWith("PractitionerRole/") ? index.role(target) : null;
        if (role != null) {
            target = role;
        }
        Facts.Practitioner p = index.practitioner(target);
        if (p == null) {
            if (index.typesSeen.contains(Refs.type(target))) {
                throw new MappingException("unresolved-reference", ref + ": its author " + target + " is not in this input");
            }
            return who.hasDisplay() ? new Clinician(who.getDisplay(), null) : null;
        }
        return p.clinician();
    }

    private Binary binary(Resource note, String ref) {
        if (ref == null) {
            return null;
        }
        if (ref.startsWith("#")) {
            for (Resource c : ((org.hl7.fhir.r4.model.DomainResource) note).getContained()) {
                if (c instanceof Binary b && ref.substring(1).equals(c.getIdElement().getIdPart())) {
                    return b;
                }
            }
            return null;
        }
        Location at = index.binary(index.resolve(ref));
        if (at == null) {
            return null;
        }
        Resource r = FhirParsing.parse(store.read(at));
        return r instanceof Binary b ? b : null;
    }

    /** The format code a note declares, for the converter's round trip ({@code SOAP}). */
    static Coding formatCoding(NoteFormat format) {
        return new Coding(FORMAT_SYSTEM, format.name(), null);
    }
}
