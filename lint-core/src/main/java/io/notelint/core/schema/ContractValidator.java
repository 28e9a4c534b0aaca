package io.notelint.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.notelint.core.text.DidYouMean;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * Validates documents against the contract's JSON Schemas (draft 2020-12, networknt). The schemas are
 * read once from the class path, where the build copies them from {@code docs/schema/} (one source of
 * truth), and resolve their references to one another offline. Immutable and thread-safe. Its messages
 * never quote the document's values (a hint names the allowed word nearest to the one written).
 */
public final class ContractValidator {

    /** Where the build puts the schema files on the class path. */
    static final String RESOURCE_FOLDER = "/io/notelint/schema/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Contract, Schema> schemas;
    private final Map<String, String> enumWords;

    private ContractValidator(Map<Contract, Schema> schemas, Map<String, String> enumWords) {
        this.schemas = schemas;
        this.enumWords = enumWords;
    }

    /**
     * Every word a schema lists as an allowed value ({@code enum}), by its lower-case form: the readers
     * take these words in any letter case ({@code severity: Warning}), so the gate folds a document's
     * words to the schema's spelling before validating (see {@code config.ContractGate}). A lower-case
     * form two words share is left out: it could not be folded to one of them.
     */
    public Map<String, String> enumWords() {
        return enumWords;
    }

    private static Map<String, String> enumWords(Iterable<String> schemaTexts) {
        Map<String, String> words = new java.util.TreeMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (String text : schemaTexts) {
            collectEnums(JSON.readTree(text), words, ambiguous);
        }
        ambiguous.forEach(words::remove);
        return java.util.Collections.unmodifiableMap(words);
    }

    private static void collectEnums(JsonNode node, Map<String, String> words, java.util.Set<String> ambiguous) {
        if (node.isObject()) {
            JsonNode values = node.get("enum");
            if (values != null && values.isArray()) {
                for (JsonNode v : values.values()) {
                    if (v.isString()) {
                        String lower = v.asString().toLowerCase(java.util.Locale.ROOT);
                        String before = words.putIfAbsent(lower, v.asString());
                        if (before != null && !before.equals(v.asString())) {
                            ambiguous.add(lower);
                        }
                    }
                }
            }
        }
        for (JsonNode child : node.values()) {
            collectEnums(child, words, ambiguous);
        }
    }

    /** The validator of the shipped schemas; loaded on first use, then shared (it holds no mutable state). */
    public static ContractValidator shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final ContractValidator INSTANCE = load();
    }

    private static ContractValidator load() {
        Map<String, String> byId = new LinkedHashMap<>();
        for (Contract c : Contract.values()) {
            byId.put(c.id(), resource(c.fileName()));
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(byId));
        Map<Contract, Schema> schemas = new EnumMap<>(Contract.class);
        for (Contract c : Contract.values()) {
            Schema s = registry.getSchema(SchemaLocation.of(c.id()));
            s.initializeValidators(); // resolve every reference now, not on the first document
            schemas.put(c, s);
        }
        return new ContractValidator(schemas, enumWords(byId.values()));
    }

    private static String resource(String fileName) {
        try (InputStream in = ContractValidator.class.getResourceAsStream(RESOURCE_FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + fileName + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How {@code document} breaks the contract, in document order; empty when it keeps it. */
    public List<Violation> validate(Contract contract, JsonNode document) {
        JsonNode doc = document == null || document.isMissingNode() ? NullNode.getInstance() : document;
        List<Violation> out = new ArrayList<>();
        for (Error e : schemas.get(contract).validate(doc)) {
            Violation v = plain(e);
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The same for a document read as plain Java values (maps, lists, strings, numbers, booleans), as
     * the YAML readers hold it.
     */
    public List<Violation> validateValue(Contract contract, Object document) {
        return validate(contract, JSON.valueToTree(document));
    }

    /** An error of the validator in plain words, without the offending value. */
    static Violation plain(Error e) {
        String path = path(e.getInstanceLocation());
        String property = e.getProperty();
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        return switch (keyword) {
            case "required" -> new Violation(join(path, property), "required key is missing");
            case "additionalProperties", "unevaluatedProperties" ->
                    new Violation(join(path, property), "unknown key");
            case "propertyNames" -> new Violation(join(path, property), "unknown key");
            case "type" -> new Violation(path, "has the wrong type: expected " + expected(e.getSchemaNode()));
            case "enum" -> new Violation(path, oneOf(e.getSchemaNode(), e.getInstanceNode()));
            case "const" -> new Violation(path, "is not the allowed value");
            case "pattern", "format" -> new Violation(path, "is not in the expected form");
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> new Violation(path, "is out of range");
            case "minItems", "minLength", "minProperties" -> new Violation(path, "must not be empty");
            case "maxItems", "maxLength", "maxProperties" -> new Violation(path, "has too many entries");
            case "uniqueItems" -> new Violation(path, "lists an entry twice");
            default -> new Violation(path, "does not have the form the schema allows here");
        };
    }

    /**
     * "must be one of a, b, c", with the allowed word nearest to the one written (the same word in another
     * letter case first).
     */
    private static String oneOf(JsonNode enumNode, JsonNode instance) {
        JsonNode values = enumNode != null && enumNode.isObject() ? enumNode.get("enum") : enumNode;
        if (values == null || !values.isArray()) {
            return "is not one of the allowed values";
        }
        List<String> allowed = new ArrayList<>();
        values.values().forEach(v -> allowed.add(v.asString()));
        return DidYouMean.mustBeOneOf(instance != null && instance.isString() ? instance.asString() : null, allowed);
    }

    private static String expected(JsonNode typeNode) {
        if (typeNode == null) {
            return "another type";
        }
        if (typeNode.isArray()) {
            List<String> names = new ArrayList<>();
            typeNode.values().forEach(t -> names.add(word(t.asString())));
            return String.join(" or ", names);
        }
        return word(typeNode.asString());
    }

    private static String word(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true/false";
            case "null" -> "nothing";
            default -> type;
        };
    }

    /** A validator's path as the readers write key paths: {@code rules[2].terms}. */
    static String path(NodePath p) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < p.getNameCount(); i++) {
            Object element = p.getElement(i);
            if (element instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(element);
            }
        }
        return out.toString();
    }

    private static String join(String path, String key) {
        if (key == null || key.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? key : path + "." + key;
    }
}
