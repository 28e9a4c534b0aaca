package io.notelint.spark;

import io.notelint.io.CsvCells;
import io.notelint.io.CsvMapping;
import io.notelint.core.model.NoteFormatException;
import io.notelint.core.json.NoteJson;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a row of the notes' Dataset into a note in the JSON shape of note-format.md, so that it is then
 * decoded and checked exactly as the CLI decodes a JSON note. Columns map to the note's parts as the
 * CLI's CSV columns do ({@link CsvMapping}, the same defaults and the same {@code csv:} mapping); a text
 * cell goes through the CSV conventions ({@link CsvCells}: {@code "F41.1; F32.0"} is two diagnoses), a
 * typed value (a struct, an array, a number, a date) is taken as the JSON value it is. A column named
 * {@code fields} holding a struct is the note's fields object, as in a Dataset read from NoteLint's JSON.
 *
 * <p>The targets are resolved on the driver when the Dataset is defined, so a mapped column that is not
 * there fails the call with its name, before any task runs.
 */
final class NoteTrees implements Serializable {

    private static final long serialVersionUID = 1L;

    private final StructType schema;
    private final String[] targets;

    NoteTrees(StructType schema, Map<String, String> columns) {
        this.schema = schema;
        List<String> names = List.of(schema.fieldNames());
        List<String> resolved = new ArrayList<>(new CsvMapping(columns).resolve(names, "the notes' columns"));
        for (int i = 0; i < resolved.size(); i++) {
            StructField f = schema.fields()[i];
            boolean mappedByUser = columns.containsValue(f.name());
            if (!mappedByUser && f.name().equals("fields") && (f.dataType() instanceof StructType
                    || f.dataType() instanceof MapType)) {
                resolved.set(i, "fields");
            }
        }
        this.targets = resolved.toArray(String[]::new);
    }

    /**
     * The note's JSON tree.
     *
     * @throws NoteFormatException when a text cell that must be JSON is not (named by its column)
     */
    ObjectNode tree(Row row) {
        ObjectNode note = NoteJson.mapper().createObjectNode();
        StructField[] fields = schema.fields();
        for (int i = 0; i < targets.length; i++) {
            if (row.isNullAt(i)) {
                continue; // a null is an absent value
            }
            DataType type = fields[i].dataType();
            if (type instanceof StringType) {
                String cell = row.getString(i);
                if (cell.isEmpty() && !targets[i].equals("text")) {
                    continue; // an empty cell is an absent value, as in CSV
                }
                try {
                    CsvCells.put(note, targets[i], cell);
                } catch (tools.jackson.core.JacksonException e) {
                    throw new NoteFormatException("invalid-note", "column '" + fields[i].name() + "' (" + targets[i]
                            + ") is not valid JSON: " + NoteJson.reason(e));
                }
            } else {
                JsonNode value = json(row.get(i), type);
                if (value != null) {
                    set(note, targets[i], value);
                }
            }
        }
        return note;
    }

    private static void set(ObjectNode note, String target, JsonNode value) {
        String[] path = target.split("\\.");
        ObjectNode parent = note;
        for (int k = 0; k < path.length - 1; k++) {
            JsonNode child = parent.get(path[k]);
            parent = child instanceof ObjectNode o ? o : parent.putObject(path[k]);
        }
        parent.set(path[path.length - 1], value);
    }

    /** A Spark value as JSON; null for a null or a value JSON has no form for (binary). */
    static JsonNode json(Object value, DataType type) {
        JsonNodeFactory nodes = NoteJson.mapper().getNodeFactory();
        if (value == null) {
            return null;
        }
        if (type instanceof StructType struct) {
            Row r = (Row) value;
            ObjectNode o = nodes.objectNode();
            StructField[] fs = struct.fields();
            for (int i = 0; i < fs.length; i++) {
                JsonNode v = r.isNullAt(i) ? null : json(r.get(i), fs[i].dataType());
                if (v != null) {
                    o.set(fs[i].name(), v);
                }
            }
            return o;
        }
        if (type instanceof ArrayType array) {
            ArrayNode a = nodes.arrayNode();
            for (Object item : items(value)) {
                JsonNode v = json(item, array.elementType());
                a.add(v == null ? nodes.nullNode() : v);
            }
            return a;
        }
        if (type instanceof MapType map) {
            ObjectNode o = nodes.objectNode();
            scala.collection.Iterator<? extends scala.Tuple2<?, ?>> it = ((scala.collection.Map<?, ?>) value).iterator();
            java.util.Map<String, JsonNode> byKey = new java.util.TreeMap<>();
            while (it.hasNext()) {
                scala.Tuple2<?, ?> e = it.next();
                JsonNode v = json(e._2(), map.valueType());
                byKey.put(String.valueOf(e._1()), v == null ? nodes.nullNode() : v);
            }
            byKey.forEach(o::set); // a map has no order: sorted keys keep the tree the same on every run
            return o;
        }
        return scalar(value, nodes);
    }

    private static JsonNode scalar(Object value, JsonNodeFactory nodes) {
        if (value instanceof String s) {
            return nodes.stringNode(s);
        }
        if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return nodes.numberNode(((Number) value).intValue());
        }
        if (value instanceof Long l) {
            return nodes.numberNode(l);
        }
        if (value instanceof Double || value instanceof Float) {
            return nodes.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal d) {
            return nodes.numberNode(d);
        }
        if (value instanceof java.sql.Date d) {
            return nodes.stringNode(d.toLocalDate().toString());
        }
        if (value instanceof LocalDate d) {
            return nodes.stringNode(d.toString());
        }
        if (value instanceof java.sql.Timestamp t) {
            return nodes.stringNode(t.toInstant().toString());
        }
        if (value instanceof Instant t) {
            return nodes.stringNode(t.toString());
        }
        if (value instanceof LocalDateTime t) {
            return nodes.stringNode(t.toString());
        }
        return null;
    }

    private static Iterable<?> items(Object value) {
        if (value instanceof scala.collection.Seq<?> seq) {
            return scala.jdk.javaapi.CollectionConverters.asJava(seq);
        }
        if (value instanceof java.util.List<?> list) {
            return list;
        }
        if (value instanceof Object[] array) {
            return List.of(array);
        }
        return List.of();
    }
}
