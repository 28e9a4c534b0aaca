package io.notelint.fhir;

import io.notelint.core.model.Clinician;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;

/** Values of HAPI's model read the same way {@link JsonFacts} reads them from JSON (docs/fhir.md). */
final class ModelValues {

    private ModelValues() {
    }

    static Facts.When when(Period p) {
        return p == null ? new Facts.When(null, null) : new Facts.When(text(p.getStartElement()), text(p.getEndElement()));
    }

    static String text(BaseDateTimeType t) {
        return t == null || !t.hasValue() ? null : t.getValueAsString();
    }

    /** A contained {@code Practitioner}: as {@link JsonFacts#clinician}. */
    static Clinician clinician(Practitioner p) {
        String name = null;
        if (p.hasName()) {
            HumanName n = p.getNameFirstRep();
            String whole = n.hasText() ? n.getText() : n.getNameAsSingleString();
            name = whole == null || whole.isBlank() ? null : whole.trim();
        }
        List<String> credentials = new ArrayList<>();
        for (Practitioner.PractitionerQualificationComponent q : p.getQualification()) {
            String c = !q.hasCode() ? null : q.getCode().hasText() ? q.getCode().getText()
                    : q.getCode().hasCoding() ? q.getCode().getCodingFirstRep().getCode() : null;
            if (c != null && !c.isBlank()) {
                credentials.add(c.trim());
            }
        }
        if (name == null && credentials.isEmpty()) {
            return null;
        }
        return new Clinician(name, credentials.isEmpty() ? null : String.join(", ", credentials));
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
}
