package io.notelint.fhir;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reading the few values the first pass needs straight from JSON (Jackson's tree, as lint-core's readers
 * do): far cheaper than building HAPI's model of every encounter and condition of an export, which is
 * kept for the notes themselves. A value of the wrong shape reads as absent.
 */
final class Json {

    private Json() {
    }

    /** The string at {@code path} ({@code "period", "start"}), or null. */
    static String str(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        return n != null && n.isString() && !n.stringValue().isBlank() ? n.stringValue() : null;
    }

    static JsonNode at(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            if (n == null || !n.isObject()) {
                return null;
            }
            n = n.get(p);
        }
        return n;
    }

    /** The elements of the array at {@code path}; a single object is taken as a list of one. */
    static List<JsonNode> list(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            return List.of(n);
        }
        List<JsonNode> out = new ArrayList<>();
        n.forEach(out::add);
        return out;
    }

    /** A Reference's target as {@code Type/id} (see {@link Refs#of(String)}), or null. */
    static String ref(JsonNode reference) {
        return Refs.of(str(reference, "reference"));
    }

    /** The id of a resource as {@code Type/id}, or null. */
    static String resourceRef(JsonNode resource) {
        String type = str(resource, "resourceType");
        String id = str(resource, "id");
        return type == null || id == null ? null : type + "/" + id;
    }

    /** The code of the first coding in {@code system}, or null. */
    static String code(JsonNode concept, String system) {
        for (JsonNode c : list(concept, "coding")) {
            if (system.equals(str(c, "system")) && str(c, "code") != null) {
                return str(c, "code");
            }
        }
        return null;
    }

    /** What a CodeableConcept says in words: its text, else a coding's display, else the first code. */
    static String words(JsonNode concept) {
        if (concept == null || !concept.isObject()) {
            return null;
        }
        if (str(concept, "text") != null) {
            return str(concept, "text");
        }
        for (JsonNode c : list(concept, "coding")) {
            if (str(c, "display") != null) {
                return str(c, "display");
            }
        }
        List<JsonNode> codings = list(concept, "coding");
        return codings.isEmpty() ? null : str(codings.get(0), "code");
    }
}
