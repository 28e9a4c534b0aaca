package io.notelint.declarative;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a rule applies: a field predicate, text found in a scope, or all/any/not of other conditions.
 * Written under {@code when:} as a field expression string, a mapping (text or all/any/not), or a list
 * (all must hold).
 */
sealed interface Condition {

    /**
     * Whether the condition holds, and what made it hold: the text match (its span) or the field
     * predicate, for messages ({@code {trigger}}) and for pointing a finding at the trigger.
     */
    record Outcome(boolean holds, Span span, String trigger) {
        static final Outcome NO = new Outcome(false, null, "");
    }

    Outcome test(AnalyzedNote note);

    String describe();

    /** A field predicate. */
    record OnField(FieldPredicate predicate) implements Condition {
        public Outcome test(AnalyzedNote note) {
            return predicate.holds(note) ? new Outcome(true, null, predicate.field().name() + " "
                    + predicate.actual(note)) : Outcome.NO;
        }

        public String describe() {
            return predicate.text();
        }
    }

    /** Text (terms or patterns) found in a scope; the first kept match is the trigger. */
    record OnText(TextMatcher matcher, Scope scope) implements Condition {
        public Outcome test(AnalyzedNote note) {
            Scope.Regions regions = scope.regions(note);
            if (regions == null) {
                return Outcome.NO;
            }
            List<TextMatcher.Hit> hits = matcher.find(note, regions.spans());
            return hits.isEmpty() ? Outcome.NO : new Outcome(true, hits.get(0).span(), hits.get(0).text());
        }

        public String describe() {
            return scope.describe() + " mentions " + matcher.describe();
        }
    }

    record All(List<Condition> parts) implements Condition {
        public Outcome test(AnalyzedNote note) {
            Outcome first = null;
            for (Condition c : parts) {
                Outcome o = c.test(note);
                if (!o.holds()) {
                    return Outcome.NO;
                }
                if (first == null || first.span() == null && o.span() != null) {
                    first = o;
                }
            }
            return first == null ? new Outcome(true, null, "") : first;
        }

        public String describe() {
            return String.join(" and ", parts.stream().map(Condition::describe).toList());
        }
    }

    record Any(List<Condition> parts) implements Condition {
        public Outcome test(AnalyzedNote note) {
            for (Condition c : parts) {
                Outcome o = c.test(note);
                if (o.holds()) {
                    return o;
                }
            }
            return Outcome.NO;
        }

        public String describe() {
            return "(" + String.join(" or ", parts.stream().map(Condition::describe).toList()) + ")";
        }
    }

    record Not(Condition inner) implements Condition {
        public Outcome test(AnalyzedNote note) {
            return inner.test(note).holds() ? Outcome.NO : new Outcome(true, null, "not " + inner.describe());
        }

        public String describe() {
            return "not " + inner.describe();
        }
    }

    Set<String> TEXT_KEYS = Set.of("terms", "patterns", "exceptions", "ignoreCase", "inflections", "skip", "scope",
            "missingScope", "unlessSentence");

    /** Parses the condition written at {@code at}. */
    static Condition parse(At at, Object raw) {
        if (raw instanceof String) {
            return new OnField(FieldPredicate.parse(at, raw));
        }
        if (raw instanceof List<?> list) {
            return new All(parseAll(at, list));
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw at.error("a condition must be a field expression, a mapping or a list, not " + Node.kind(raw));
        }
        Node node = Node.of(at.tree(), at.path(), raw, "a condition");
        if (map.containsKey("field")) {
            throw FieldPredicate.oldMappingForm(at, map);
        }
        for (String combinator : List.of("all", "any", "not")) {
            if (map.containsKey(combinator)) {
                if (map.size() != 1) {
                    throw node.error("'" + combinator + "' must stand alone in its condition mapping");
                }
                At inner = at.key(combinator);
                Object value = map.get(combinator);
                if (combinator.equals("not")) {
                    return new Not(parse(inner, value));
                }
                if (!(value instanceof List<?> list) || list.isEmpty()) {
                    throw inner.error("must be a non-empty list of conditions");
                }
                List<Condition> parts = parseAll(inner, list);
                return combinator.equals("all") ? new All(parts) : new Any(parts);
            }
        }
        node.allowOnly(TEXT_KEYS, "a condition (a text condition takes terms or patterns; a field condition is an"
                + " expression string; or use all, any, not)");
        TextMatcher matcher = TextMatcher.parse(node, null);
        if (matcher == null) {
            throw node.error("a text condition needs 'terms' or 'patterns'");
        }
        return new OnText(matcher, Scope.parse(node, "scope", "missingScope"));
    }

    private static List<Condition> parseAll(At at, List<?> list) {
        List<Condition> parts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            parts.add(parse(at.item(i), list.get(i)));
        }
        return List.copyOf(parts);
    }
}
