package io.notelint.cli;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The schemas of docs/schema/, loaded from the checkout by their {@code $id}, so that their references to
 * one another resolve offline: the validator never fetches anything.
 */
final class ContractSchemas {

    /** Where the schemas are published; each file's {@code $id} is this plus its file name. */
    public static final String BASE = "https://github.com/notelint/notelint/raw/main/docs/schema/";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final Path folder;
    private final Map<String, JsonNode> trees;
    private final SchemaRegistry registry;

    private ContractSchemas(Path folder, Map<String, JsonNode> trees, SchemaRegistry registry) {
        this.folder = folder;
        this.trees = trees;
        this.registry = registry;
    }

    /** Every {@code *.schema.json} of the folder. */
    public static ContractSchemas load(Path folder) {
        Map<String, String> byId = new LinkedHashMap<>();
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".schema.json")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                JsonNode tree = JSON.readTree(text);
                String name = f.getFileName().toString();
                String id = tree.path("$id").asString();
                if (!id.equals(BASE + name)) {
                    throw new IllegalStateException(name + ": $id must be " + BASE + name + ", not " + id);
                }
                byId.put(id, text);
                trees.put(name, tree);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(byId));
        return new ContractSchemas(folder, Map.copyOf(trees), registry);
    }

    /** The schema files by name (note.schema.json, ...), as JSON trees. */
    public Map<String, JsonNode> trees() {
        return trees;
    }

    /** One schema file as a JSON tree. */
    public JsonNode tree(String fileName) {
        JsonNode t = trees.get(fileName);
        if (t == null) {
            throw new IllegalArgumentException("no schema " + fileName + " in " + folder);
        }
        return t;
    }

    /** Validation errors of {@code document} against the named schema ("note", "result", ...); empty when valid. */
    public List<String> validate(String schema, JsonNode document) {
        Schema s = registry.getSchema(SchemaLocation.of(BASE + schema + ".schema.json"));
        return s.validate(document).stream().map(Error::toString).toList();
    }

    /** Validation errors of a schema file against the draft 2020-12 meta-schema. */
    public List<String> validateAgainstMetaSchema(String fileName) {
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        return meta.validate(trees.get(fileName)).stream().map(Error::toString).toList();
    }

    /** A YAML or JSON file (by extension) as a tree. */
    public static JsonNode read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return parse(text, file.getFileName().toString().endsWith(".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** YAML or JSON text as a tree; an empty document is null, as the readers take it. */
    public static JsonNode parse(String text, boolean json) {
        JsonNode tree = json ? JSON.readTree(text) : YAML.readTree(text);
        return tree == null || tree.isMissingNode() ? tools.jackson.databind.node.NullNode.getInstance() : tree;
    }
}
