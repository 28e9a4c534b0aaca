package io.notelint.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * HAPI FHIR's R4 JSON parser. The context is costly to build (it reads the whole R4 model), so it is
 * made once, when the first FHIR input is opened; a parser is cheap and not thread-safe, so each use
 * makes its own.
 */
final class FhirParsing {

    private FhirParsing() {
    }

    private static final class Holder {
        static final FhirContext R4 = FhirContext.forR4();
    }

    /** The resource in {@code json}; throws {@link ca.uhn.fhir.parser.DataFormatException} when it is none. */
    static Resource parse(String json) {
        IBaseResource r = parser().parseResource(json);
        if (!(r instanceof Resource resource)) {
            throw new ca.uhn.fhir.parser.DataFormatException("not an R4 resource");
        }
        return resource;
    }

    static String encode(Resource r) {
        return parser().encodeResourceToString(r);
    }

    private static final java.util.regex.Pattern ELEMENT = java.util.regex.Pattern.compile("\\[element=\"([A-Za-z0-9_]{1,64})\"\\]");

    /**
     * Why HAPI refused the resource {@code ref}, in words. HAPI's message quotes the bad value (which may
     * be note text), so only the element's name is taken from it.
     */
    static MappingException problem(String ref, RuntimeException e) {
        java.util.regex.Matcher m = ELEMENT.matcher(String.valueOf(e.getMessage()));
        String element = m.find() ? m.group(1) : null;
        if ("data".equals(element)) {
            return new MappingException("invalid-attachment", ref + ": the attachment's data is not valid base64");
        }
        if (element != null) {
            return new MappingException("invalid-fhir", ref + ": the value of '" + element + "' is not valid for its FHIR type");
        }
        return new MappingException("invalid-fhir", ref + ": not a FHIR R4 resource NoteLint can read (a value of the wrong shape)");
    }

    private static IParser parser() {
        return Holder.R4.newJsonParser();
    }
}
