package io.notelint.declarative;

import io.notelint.core.text.DidYouMean;
import com.google.re2j.Pattern;
import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.model.RiskLevel;
import io.notelint.core.pattern.GuardedPattern;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A test on one structured field: present or absent, equal to or one of some values, matching a
 * pattern (the whole value), or an ordered comparison. Written as one expression
 * ({@code "riskLevel in [high, imminent]"}, {@code "cptCode = 90837"}, {@code "startTime present"},
 * {@code "durationMinutes >= 53"}): every operator has one spelling, and the schema checks its grammar.
 * Values are checked against the field's type when the file loads.
 */
record FieldPredicate(FieldRef field, List<Test> tests, String text) {

    /** One part of a predicate. */
    sealed interface Test permits Present, OneOf, Matches, Compare {
        boolean holds(Object value, FieldRef.Type type);
    }

    record Present(boolean wanted) implements Test {
        public boolean holds(Object value, FieldRef.Type type) {
            return (value != null) == wanted;
        }
    }

    /** Equal to one of the values (each already parsed to the field's type); negated for notIn. */
    record OneOf(List<Object> values, boolean negated) implements Test {
        public boolean holds(Object value, FieldRef.Type type) {
            boolean hit = false;
            if (value instanceof List<?> l) {
                for (Object item : l) {
                    hit |= anyEqual(item);
                }
            } else if (value != null) {
                hit = anyEqual(value);
            }
            return hit != negated;
        }

        private boolean anyEqual(Object v) {
            for (Object want : values) {
                if (same(v, want)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The whole value (or, for a list, any item) matches an RE2/J pattern. */
    record Matches(Pattern pattern) implements Test {
        public boolean holds(Object value, FieldRef.Type type) {
            if (value instanceof List<?> l) {
                return l.stream().anyMatch(o -> pattern.matches(format(o)));
            }
            return value != null && pattern.matches(format(value));
        }
    }

    /** An ordered comparison; lists compare by their number of items. */
    record Compare(String op, Object bound) implements Test {
        public boolean holds(Object value, FieldRef.Type type) {
            Comparable<Object> v = comparable(value instanceof List<?> l ? Integer.valueOf(l.size()) : value, bound);
            if (v == null) {
                return false;
            }
            int c = v.compareTo(bound);
            return switch (op) {
                case ">=" -> c >= 0;
                case ">" -> c > 0;
                case "<=" -> c <= 0;
                default -> c < 0;
            };
        }
    }

    boolean holds(AnalyzedNote note) {
        Object value = field.value(note);
        for (Test t : tests) {
            if (!t.holds(value, field.type())) {
                return false;
            }
        }
        return true;
    }

    /** The field's value in a note, for messages ("absent" when it has none). */
    String actual(AnalyzedNote note) {
        Object v = field.value(note);
        return v == null ? "absent" : format(v);
    }

    // ---- parsing ----------------------------------------------------------------------------------

    /**
     * Parses the predicate written at {@code at}: one expression string. The mapping form
     * ({@code {field: durationMinutes, min: 16}}) that older rule files used is refused with the
     * expressions that replace it, so that a rule file has one way to say each thing.
     */
    static FieldPredicate parse(At at, Object raw) {
        if (raw instanceof String s) {
            return parseExpression(at, s);
        }
        if (raw instanceof Map<?, ?> map && map.containsKey("field")) {
            throw oldMappingForm(at, map);
        }
        throw at.error("must be a field expression such as \"riskLevel in [high, imminent]\", not " + Node.kind(raw));
    }

    /** The error for a predicate written as a mapping, with the expressions to write instead. */
    static RuleFileException oldMappingForm(At at, Map<?, ?> map) {
        List<String> rewritten = MappingForm.rewrite(map);
        String hint = rewritten.isEmpty() ? ""
                : rewritten.size() == 1 ? " (did you mean \"" + rewritten.get(0) + "\"?)"
                : " (did you mean a list of " + String.join(", ", rewritten.stream().map(e -> "\"" + e + "\"").toList())
                        + "?)";
        return at.error("a field predicate is one expression string, no longer a mapping with 'field'" + hint);
    }

    /** {@code NAME present|absent}, {@code NAME (=|!=|<|<=|>|>=) VALUE}, {@code NAME [not] in [A, B]}, {@code NAME matches RE}. */
    static FieldPredicate parseExpression(At at, String expression) {
        String s = expression.strip();
        int i = 0;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '_'
                || s.charAt(i) == '-')) {
            i++;
        }
        String name = s.substring(0, i);
        if (name.isEmpty()) {
            throw at.error("field expression must start with a field name, e.g. \"cptCode = 90837\"");
        }
        FieldRef ref = field(at, name);
        String rest = s.substring(i).strip();
        String lower = rest.toLowerCase(Locale.ROOT);
        Test test;
        if (lower.equals("present") || lower.equals("is present")) {
            test = new Present(true);
        } else if (lower.equals("absent") || lower.equals("is absent") || lower.equals("missing")) {
            test = new Present(false);
        } else if (lower.startsWith("in ") || lower.startsWith("in[") || lower.startsWith("not in")) {
            boolean negated = lower.startsWith("not");
            String list = rest.substring(negated ? "not in".length() : "in".length()).strip();
            if (!list.startsWith("[") || !list.endsWith("]")) {
                throw at.error("'" + (negated ? "not in" : "in") + "' needs a list in brackets, e.g. [high, imminent]");
            }
            List<Object> values = new ArrayList<>();
            for (String v : list.substring(1, list.length() - 1).split(",")) {
                if (!unquote(v).isEmpty()) {
                    values.add(typed(ref, unquote(v), at));
                }
            }
            if (values.isEmpty()) {
                throw at.error("the list after 'in' is empty");
            }
            test = new OneOf(values, negated);
        } else if (lower.startsWith("matches ")) {
            String source = unquote(rest.substring("matches".length()));
            if (source.length() >= 2 && source.startsWith("/") && source.endsWith("/")) {
                source = source.substring(1, source.length() - 1);
            }
            test = new Matches(compile(at, source));
        } else {
            String op = rest.startsWith("==") || rest.startsWith("!=") || rest.startsWith(">=") || rest.startsWith("<=")
                    ? rest.substring(0, 2) : rest.isEmpty() ? "" : rest.substring(0, 1);
            if (!Set.of("=", "==", "!=", "<", "<=", ">", ">=").contains(op)) {
                throw at.error("cannot read field expression '" + expression + "': after the field name write present,"
                        + " absent, = VALUE, != VALUE, < <= > >= VALUE, in [A, B], not in [A, B] or matches PATTERN");
            }
            String value = unquote(rest.substring(op.length()));
            if (value.isEmpty()) {
                throw at.error("'" + op + "' needs a value");
            }
            test = switch (op) {
                case "=", "==" -> new OneOf(List.of(typed(ref, value, at)), false);
                case "!=" -> new OneOf(List.of(typed(ref, value, at)), true);
                default -> new Compare(op, orderedBound(ref, value, at));
            };
        }
        return new FieldPredicate(ref, List.of(test), s);
    }

    private static FieldRef field(At at, String name) {
        FieldRef ref = FieldRef.resolve(name);
        if (ref == null) {
            String hint = DidYouMean.nearestKey(name, FieldRef.knownNames()).map(k -> " (did you mean '" + k + "'?)").orElse("");
            throw at.error("unknown field '" + name + "'" + hint + "; known fields: " + String.join(", ", FieldRef.knownNames())
                    + "; write custom.NAME for a custom field");
        }
        return ref;
    }

    private static Pattern compile(At at, String source) {
        try {
            return GuardedPattern.compile(source, Pattern.CASE_INSENSITIVE);
        } catch (com.google.re2j.PatternSyntaxException e) {
            throw at.error("invalid regular expression: " + (e.getDescription() == null ? "syntax error" : e.getDescription()));
        } catch (GuardedPattern.Refused e) {
            throw at.error(e.getMessage());
        }
    }

    /** A value for equality, parsed to the field's type so that a typo fails at load. */
    private static Object typed(FieldRef ref, String value, At at) {
        return switch (ref.type()) {
            case LEVEL -> RiskLevel.parse(value).orElseThrow(() -> at.error("'" + value
                    + "' is not a risk level; use none, low, moderate, high or imminent"));
            case NUMBER -> number(value, at);
            case DATE, TIME, INSTANT -> temporal(ref.type(), value, at);
            default -> value;
        };
    }

    /** A bound for min/max or an ordered comparison; text fields have no order. */
    private static Object orderedBound(FieldRef ref, String value, At at) {
        return switch (ref.type()) {
            case TEXT -> throw at.error("field " + ref.name() + " is text: compare it with =, in or matches, not by order");
            case LIST, ANY, NUMBER -> number(value, at);
            default -> typed(ref, value, at);
        };
    }

    private static Double number(String value, At at) {
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw at.error("'" + value + "' is not a number");
        }
    }

    private static Object temporal(FieldRef.Type type, String value, At at) {
        try {
            return switch (type) {
                case DATE -> LocalDate.parse(value.strip());
                case TIME -> LocalTime.parse(value.strip().length() == 4 ? "0" + value.strip() : value.strip());
                default -> Instant.parse(value.strip());
            };
        } catch (DateTimeParseException e) {
            throw at.error("'" + value + "' is not " + (type == FieldRef.Type.DATE ? "a date (YYYY-MM-DD)"
                    : type == FieldRef.Type.TIME ? "a time (HH:MM)" : "an ISO-8601 instant (2026-01-31T09:00:00Z)"));
        }
    }

    private static String unquote(String v) {
        String s = v.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    // ---- comparing ----------------------------------------------------------------------------------

    static boolean same(Object value, Object want) {
        if (want instanceof Double d) {
            Double v = asNumber(value);
            return v != null && v.doubleValue() == d.doubleValue();
        }
        if (want instanceof String s) {
            return format(value).strip().equalsIgnoreCase(s.strip());
        }
        return want.equals(value);
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> comparable(Object value, Object bound) {
        if (value == null) {
            return null;
        }
        if (bound instanceof Double) {
            Double v = asNumber(value);
            return v == null ? null : (Comparable<Object>) (Comparable<?>) v;
        }
        return bound.getClass().isInstance(value) ? (Comparable<Object>) value : null;
    }

    private static Double asNumber(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.valueOf(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static String format(Object v) {
        if (v instanceof RiskLevel r) {
            return r.id();
        }
        if (v instanceof LocalTime t) {
            return t.toString();
        }
        if (v instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d.longValue());
        }
        if (v instanceof List<?> l) {
            return String.join(", ", l.stream().map(FieldPredicate::format).toList());
        }
        return String.valueOf(v);
    }
}
