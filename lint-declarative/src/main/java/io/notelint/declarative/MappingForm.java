package io.notelint.declarative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a field predicate in the old mapping form ({@code {field: durationMinutes, min: 16, max: 37}})
 * as the expressions that say the same ({@code durationMinutes >= 16}, {@code durationMinutes <= 37}),
 * for the error that refuses the old form. Only reads; never validates (the expressions are parsed
 * when the user writes them).
 */
final class MappingForm {

    private MappingForm() {
    }

    /** The expressions, in the order the mapping's keys are written; empty when there is nothing to rewrite. */
    static List<String> rewrite(Map<?, ?> map) {
        if (!(map.get("field") instanceof String field) || field.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            Object v = e.getValue();
            String expression = switch (String.valueOf(e.getKey())) {
                case "present" -> v instanceof Boolean b ? field + (b ? " present" : " absent") : null;
                case "equals" -> v instanceof List<?> l ? field + " in " + list(l) : field + " = " + v;
                case "notEquals" -> v instanceof List<?> l ? field + " not in " + list(l) : field + " != " + v;
                case "in" -> field + " in " + list(v);
                case "notIn" -> field + " not in " + list(v);
                case "matches" -> field + " matches " + v;
                case "min" -> field + " >= " + v;
                case "max" -> field + " <= " + v;
                default -> null;
            };
            if (expression != null) {
                out.add(expression);
            }
        }
        return out;
    }

    private static String list(Object v) {
        List<?> items = v instanceof List<?> l ? l : List.of(v);
        return "[" + String.join(", ", items.stream().map(String::valueOf).toList()) + "]";
    }
}
