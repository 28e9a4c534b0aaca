package io.notelint.io;

import java.util.ArrayList;
import java.util.List;
import io.notelint.core.json.NoteJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts one text cell into a note's JSON tree at a mapped target ({@link CsvMapping}), with the CSV
 * conventions for structured fields: JSON when the cell starts with {@code [} or <code>{</code>; else
 * {@code diagnoses} are codes separated by {@code ;} (a code may be followed by its display text),
 * {@code medications} names separated by {@code ;}, {@code goals} texts separated by {@code ;}
 * ({@code G1: text} names the goal), and {@code clinician} the clinician's name. One place for these
 * conventions: the CSV reader and the Spark column mapping (lint-spark) both put cells through it.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * Puts {@code cell} at {@code target} ({@code id}, {@code text}, {@code fields.NAME}, {@code fields.NAME.PART}, ...).
     *
     * @throws tools.jackson.core.JacksonException when a cell that must be JSON (history, or a structured field
     *                                             starting with a bracket) is not
     */
    public static void put(ObjectNode note, String target, String cell) {
        String[] path = target.split("\\.");
        ObjectNode parent = note;
        for (int k = 0; k < path.length - 1; k++) {
            JsonNode child = parent.get(path[k]);
            parent = child instanceof ObjectNode o ? o : parent.putObject(path[k]);
        }
        String name = path[path.length - 1];
        boolean field = path.length == 2 && path[0].equals("fields");
        String trimmed = cell.trim();
        if (target.equals("history") || field && (trimmed.startsWith("[") || trimmed.startsWith("{"))
                && structured(name)) {
            parent.set(name, NoteJson.mapper().readTree(trimmed));
        } else if (field && name.equals("diagnoses")) {
            ArrayNode list = parent.putArray(name);
            for (String part : parts(cell)) {
                int space = indexOfSpace(part);
                ObjectNode d = list.addObject().put("code", space < 0 ? part : part.substring(0, space));
                if (space > 0) {
                    d.put("display", part.substring(space + 1).replaceFirst("^[\\s\\-:]+", ""));
                }
            }
        } else if (field && name.equals("medications")) {
            ArrayNode list = parent.putArray(name);
            parts(cell).forEach(p -> list.addObject().put("name", p));
        } else if (field && name.equals("goals")) {
            ArrayNode list = parent.putArray(name);
            List<String> goals = parts(cell);
            for (int g = 0; g < goals.size(); g++) {
                String p = goals.get(g);
                int colon = p.indexOf(':');
                boolean named = colon > 0 && colon <= 12 && p.substring(0, colon).strip().matches("[\\p{L}\\p{N}.\\-]+");
                list.addObject().put("id", named ? p.substring(0, colon).strip() : "G" + (g + 1))
                        .put("text", named ? p.substring(colon + 1).strip() : p);
            }
        } else if (field && name.equals("clinician")) {
            parent.putObject(name).put("name", cell.strip());
        } else {
            parent.put(name, cell);
        }
    }

    private static boolean structured(String field) {
        return field.equals("diagnoses") || field.equals("medications") || field.equals("goals")
                || field.equals("clinician");
    }

    private static List<String> parts(String cell) {
        List<String> out = new ArrayList<>();
        for (String p : cell.split(";")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
