package io.notelint.fhir;

import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** References as {@code Type/id} strings, the form results are named by. */
final class Refs {

    private Refs() {
    }

    /** {@code DocumentReference/abc}; null when the resource has no id. */
    static String of(Resource r) {
        if (r == null || !r.hasIdElement() || r.getIdElement().getIdPart() == null) {
            return null;
        }
        return r.fhirType() + "/" + r.getIdElement().getIdPart();
    }

    /**
     * A reference's target as {@code Type/id} (a full URL is cut to its last two parts, a version dropped);
     * {@code #x} (contained) is kept as it is; null when there is no reference.
     */
    static String of(Reference ref) {
        return ref == null || !ref.hasReference() ? null : of(ref.getReference());
    }

    /** {@link #of(Reference)} for the reference's text. */
    static String of(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String r = reference.trim();
        if (r.startsWith("#") || r.startsWith("urn:")) {
            return r;
        }
        int history = r.indexOf("/_history/");
        if (history >= 0) {
            r = r.substring(0, history);
        }
        String[] parts = r.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : r;
    }

    /** The id part of {@code Type/id}. */
    static String idPart(String ref) {
        return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }

    static String type(String ref) {
        int slash = ref == null ? -1 : ref.indexOf('/');
        return slash < 0 ? null : ref.substring(0, slash);
    }
}
