package io.notelint.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON value against a schema of an OpenAPI 3.1 document: the JSON Schema keywords the
 * document uses ($ref, type, required, properties, additionalProperties: false, items, enum, minimum,
 * minLength, minItems, pattern). An unknown keyword fails the check, so the document cannot outgrow the test.
 */
final class SchemaCheck {

    private static final List<String> KNOWN = List.of("$ref", "type", "required", "properties", "additionalProperties",
            "items", "enum", "minimum", "minLength", "minItems", "pattern", "description", "title", "uniqueItems", "examples");

    private final JsonNode document;

    SchemaCheck(JsonNode document) {
        this.document = document;
    }

    /** The problems of {@code value} against {@code schema}, each with its JSON path; empty when it conforms. */
    List<String> problems(JsonNode value, JsonNode schema) {
        List<String> out = new ArrayList<>();
        check(value, schema, "$", out);
        return out;
    }

    private void check(JsonNode value, JsonNode schema, String path, List<String> out) {
        for (Map.Entry<String, JsonNode> k : schema.properties()) {
            if (!KNOWN.contains(k.getKey())) {
                out.add(path + ": the schema uses '" + k.getKey() + "', which this check does not know");
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                out.add(path + ": dangling $ref " + ref);
                return;
            }
            check(value, target, path, out);
            return;
        }
        if (schema.has("type") && !typeMatches(value, schema.get("type"))) {
            out.add(path + ": " + kind(value) + " where the schema says " + schema.get("type"));
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                out.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("minimum") && value.isNumber() && value.asDouble() < schema.get("minimum").asDouble()) {
            out.add(path + ": below the minimum");
        }
        if (schema.has("minLength") && value.isString() && value.asString().length() < schema.get("minLength").asInt()) {
            out.add(path + ": shorter than minLength");
        }
        if (schema.has("pattern") && value.isString()
                && !java.util.regex.Pattern.compile(schema.get("pattern").asString()).matcher(value.asString()).find()) {
            out.add(path + ": does not match the pattern " + schema.get("pattern"));
        }
        if (value.isObject()) {
            for (JsonNode r : schema.path("required")) {
                if (!value.has(r.asString())) {
                    out.add(path + ": missing required '" + r.asString() + "'");
                }
            }
            JsonNode props = schema.path("properties");
            for (Map.Entry<String, JsonNode> p : value.properties()) {
                if (props.has(p.getKey())) {
                    check(p.getValue(), props.get(p.getKey()), path + "." + p.getKey(), out);
                } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean(true)) {
                    out.add(path + ": '" + p.getKey() + "' is not in the schema");
                }
            }
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                out.add(path + ": fewer items than minItems");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), schema.get("items"), path + "[" + i + "]", out);
                }
            }
        }
    }

    private static boolean typeMatches(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(value, t)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asString()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
