package io.notelint.declarative;

import io.notelint.core.text.DidYouMean;
import io.notelint.core.files.LocatedTree;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.NoteFormatException;
import io.notelint.core.model.SectionKind;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Example;
import io.notelint.core.rule.ExampleNote;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one rule mapping of a rule file into a {@link DeclarativeRule}, validating every key as it
 * goes: each mistake fails with the file, line and key. Compiles every pattern once, here.
 */
final class RuleFileParser {

    static final List<String> TYPES = List.of("existence", "substitution", "occurrence", "requirement", "sections", "field");

    private static final Set<String> COMMON = Set.of("id", "type", "category", "severity", "message", "suggestion",
            "description", "rationale", "references", "when", "examples", "experimental", "kinds");
    private static final Set<String> TEXT = Set.of("scope", "missingScope", "terms", "patterns", "exceptions",
            "ignoreCase", "inflections", "skip", "unlessSentence");
    private static final Set<String> SECTION_KEYS = Set.of("name", "kind", "headers");
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    private RuleFileParser() {
    }

    static DeclarativeRule parse(LocatedTree tree, String path, Object raw) {
        Node node = Node.of(tree, path, raw, path.isEmpty() ? "a rule file" : "a rule");
        String type = node.requireString("type").trim().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            String hint = DidYouMean.nearestKey(type, TYPES).map(t -> " (did you mean '" + t + "'?)").orElse("");
            throw node.error("type", "unknown rule type '" + type + "'" + hint + "; one of " + String.join(", ", TYPES));
        }
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(keysOf(type));
        node.allowOnly(allowed, "a " + type + " rule");

        String id = node.requireString("id").trim();
        Category category = category(node);
        Severity severity = Severity.WARNING;
        if (node.has("severity")) {
            String written = node.string("severity", null);
            severity = Severity.parse(written).orElseThrow(() -> node.error("severity",
                    io.notelint.core.text.DidYouMean.mustBeOneOf(written, List.of("info", "warning", "error", "note", "warn"))));
        }
        String message = node.requireString("message");
        String suggestion = node.string("suggestion", null);

        Condition gate = node.has("when") ? Condition.parse(new At(tree, node.path("when")), node.raw("when")) : null;
        Check check = check(type, node, gate);
        if (type.equals("requirement")) {
            gate = null; // the requirement's own trigger
        }
        if (type.equals("substitution") && suggestion == null) {
            suggestion = SubstitutionCheck.DEFAULT_SUGGESTION;
        }
        if (category.kind() == Category.Kind.SPAN && !check.spanOnly()) {
            throw node.error("category", "'" + category.id() + "' is a span category (its findings must point at words),"
                    + " but a " + type + " rule" + (type.equals("occurrence") ? " with 'min'" : "")
                    + " reports note-level findings; choose a note category");
        }
        checkPlaceholders(node, "message", message, check.placeholders());
        if (node.has("suggestion")) {
            checkPlaceholders(node, "suggestion", suggestion, check.placeholders());
        }

        RuleMeta.Builder meta;
        try {
            meta = RuleMeta.builder(id, category);
            String description = node.string("description", null);
            String generated = (gate == null ? "" : "When " + gate.describe() + ": ") + check.describe();
            String filter = filterOf(check);
            meta.severity(severity)
                    .description(description != null ? description : generated + (filter.isEmpty() ? "" : " " + filter))
                    .rationale(node.string("rationale", ""))
                    .message(Check.MESSAGE, message);
            if (suggestion != null) {
                meta.suggestion(Check.SUGGESTION, suggestion);
            }
            node.stringList("references").forEach(meta::reference);
            if (node.bool("experimental", false)) {
                meta.experimental();
            }
            kinds(node, meta);
            examples(node, meta);
            RuleMeta built = meta.build();
            return new DeclarativeRule(built, type, Node.where(tree, path.isEmpty() ? "id" : path), gate, check, suggestion);
        } catch (RuleFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw node.error("id", e.getMessage());
        }
    }

    /** {@code kinds: [progress, group]} or {@code kinds: all}; a rule file that says nothing runs on every kind. */
    private static void kinds(Node node, RuleMeta.Builder meta) {
        if (!node.has("kinds")) {
            meta.appliesToAllKinds();
            return;
        }
        List<String> values = node.stringList("kinds");
        if (values.isEmpty() || values.size() == 1 && values.get(0).trim().equalsIgnoreCase("all")) {
            meta.appliesToAllKinds();
            return;
        }
        for (String v : values) {
            io.notelint.core.model.NoteKind kind = io.notelint.core.model.NoteKind.parse(v).orElseThrow(() -> node.error("kinds",
                    "unknown document kind '" + v + "'; one of progress, intake, evaluation, consult, crisis, group, "
                            + "discharge, or all"));
            meta.appliesTo(kind);
        }
    }

    private static Set<String> keysOf(String type) {
        return switch (type) {
            case "existence", "requirement" -> TEXT;
            case "substitution" -> union(TEXT, Set.of("swap"));
            case "occurrence" -> union(TEXT, Set.of("min", "max"));
            case "sections" -> Set.of("format", "sections", "minPresent", "allowEmpty");
            default -> Set.of("expect");
        };
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static Category category(Node node) {
        String value = node.requireString("category").trim().toLowerCase(Locale.ROOT);
        return Category.fromId(value).orElseThrow(() -> {
            List<String> ids = Arrays.stream(Category.values()).map(Category::id).toList();
            String hint = DidYouMean.nearestKey(value, ids).map(c -> " (did you mean '" + c + "'?)").orElse("");
            return node.error("category", "unknown category '" + value + "'" + hint + "; one of " + String.join(", ", ids));
        });
    }

    private static Check check(String type, Node node, Condition gate) {
        switch (type) {
            case "existence": {
                return new ExistenceCheck(matcher(node, null, "'terms' or 'patterns'"), Scope.parse(node, "scope", "missingScope"));
            }
            case "substitution": {
                if (node.has("terms") || node.has("patterns")) {
                    throw node.error(node.has("terms") ? "terms" : "patterns",
                            "a substitution rule lists its terms under 'swap' (term: preferred term)");
                }
                return new SubstitutionCheck(matcher(node, "swap", "'swap' (term: preferred term)"),
                        Scope.parse(node, "scope", "missingScope"));
            }
            case "occurrence": {
                Integer min = node.integer("min", 0);
                Integer max = node.integer("max", 0);
                if (min == null && max == null) {
                    throw node.error("an occurrence rule needs 'min', 'max' or both");
                }
                if (min != null && max != null && min > max) {
                    throw node.error("min", "is greater than max (" + max + ")");
                }
                return new OccurrenceCheck(matcher(node, null, "'terms' or 'patterns'"), Scope.parse(node, "scope", "missingScope"),
                        min, max);
            }
            case "requirement": {
                if (gate == null) {
                    throw node.error("when", "missing; a requirement rule needs the condition under which its text is required");
                }
                Scope scope = Scope.parse(node, "scope", "missingScope");
                if (!node.has("missingScope")) {
                    scope = new Scope(scope.wholeNote(), scope.kinds(), scope.labels(), scope.excludedKinds(),
                            scope.excludedLabels(), true, scope.headers());
                }
                return new RequirementCheck(gate, matcher(node, null, "'terms' or 'patterns' (the text that must appear)"), scope);
            }
            case "sections":
                return sections(node);
            default:
                return field(node);
        }
    }

    private static TextMatcher matcher(Node node, String swapKey, String needs) {
        TextMatcher m = TextMatcher.parse(node, swapKey);
        if (m == null) {
            throw node.error("a " + node.raw("type") + " rule needs " + needs);
        }
        return m;
    }

    private static Check sections(Node node) {
        String format = node.requireString("format");
        if (!node.has("sections")) {
            throw node.error("sections", "missing; list the sections the format requires");
        }
        List<Object> items = node.list("sections");
        if (items.isEmpty()) {
            throw node.error("sections", "must list at least one section");
        }
        List<SectionsCheck.Required> required = new ArrayList<>();
        List<String[]> labels = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        At at = new At(node.tree(), node.path("sections"));
        for (int i = 0; i < items.size(); i++) {
            At itemAt = node.raw("sections") instanceof List ? at.item(i) : at;
            Object item = items.get(i);
            SectionsCheck.Required r;
            if (item instanceof String s) {
                SectionKind kind = kind(s);
                if (kind == null) {
                    throw itemAt.error("'" + s + "' is not a section NoteLint detects (" + kindNames()
                            + "); for your own header label write {name: " + s + ", headers: [" + s + "]}");
                }
                r = new SectionsCheck.Required(kind.title(), kind, List.of());
            } else {
                Node n = Node.of(node.tree(), itemAt.path(), item, "a section");
                n.allowOnly(SECTION_KEYS, "a section");
                String name = n.requireString("name");
                List<String> headers = n.stringList("headers");
                SectionKind kind = null;
                if (n.has("kind")) {
                    kind = kind(n.string("kind", null));
                    if (kind == null) {
                        throw n.error("kind", "unknown section kind; one of " + kindNames());
                    }
                    if (!headers.isEmpty()) {
                        throw n.error("headers", "give either 'kind' (a section NoteLint detects) or 'headers', not both");
                    }
                } else if (headers.isEmpty()) {
                    throw n.error("headers", "missing; list the header labels that start this section, e.g. [Education, E]");
                }
                headers.forEach(h -> labels.add(new String[] {h, name}));
                r = new SectionsCheck.Required(name, kind, headers);
            }
            if (!names.add(r.name())) {
                throw itemAt.error("section '" + r.name() + "' is listed twice");
            }
            required.add(r);
        }
        Integer minPresent = node.integer("minPresent", 0);
        return new SectionsCheck(format, List.copyOf(required), minPresent == null ? 1 : minPresent,
                node.bool("allowEmpty", false), new HeaderScan(labels));
    }

    private static SectionKind kind(String name) {
        for (SectionKind k : SectionKind.values()) {
            if (k.name().equalsIgnoreCase(name.trim()) && k != SectionKind.PREAMBLE && k != SectionKind.OTHER) {
                return k;
            }
        }
        return null;
    }

    private static String kindNames() {
        return String.join(", ", Arrays.stream(SectionKind.values())
                .filter(k -> k != SectionKind.PREAMBLE && k != SectionKind.OTHER)
                .map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
    }

    private static Check field(Node node) {
        if (!node.has("expect")) {
            throw node.error("expect", "missing; list the field predicates a note must satisfy");
        }
        At at = new At(node.tree(), node.path("expect"));
        Object raw = node.raw("expect");
        List<FieldPredicate> out = new ArrayList<>();
        if (raw instanceof List<?> list) {
            if (list.isEmpty()) {
                throw at.error("must list at least one field predicate");
            }
            for (int i = 0; i < list.size(); i++) {
                out.add(FieldPredicate.parse(at.item(i), list.get(i)));
            }
        } else {
            out.add(FieldPredicate.parse(at, raw));
        }
        return new FieldCheck(List.copyOf(out));
    }

    private static void checkPlaceholders(Node node, String key, String template, Set<String> available) {
        java.util.regex.Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!available.contains(m.group(1))) {
                throw node.error(key, "unknown placeholder {" + m.group(1) + "}; this rule type fills "
                        + String.join(", ", available.stream().sorted().map(p -> "{" + p + "}").toList()));
            }
        }
    }

    private static String filterOf(Check check) {
        if (check instanceof ExistenceCheck e) {
            return e.matcher().filter().describe();
        }
        if (check instanceof SubstitutionCheck s) {
            return s.matcher().filter().describe();
        }
        if (check instanceof OccurrenceCheck o) {
            return o.matcher().filter().describe();
        }
        return "";
    }

    /** {@code examples: {bad: [...], good: [...]}}: note text (with [[span]] markers) or whole notes as mappings. */
    private static void examples(Node node, RuleMeta.Builder meta) {
        if (!node.has("examples")) {
            return;
        }
        Node ex = node.child("examples", "examples");
        ex.allowOnly(Set.of("bad", "good"), "examples");
        for (String kind : List.of("bad", "good")) {
            List<Object> items = ex.list(kind);
            At at = new At(node.tree(), ex.path(kind));
            for (int i = 0; i < items.size(); i++) {
                At itemAt = ex.raw(kind) instanceof List ? at.item(i) : at;
                ExampleNote note = example(itemAt, items.get(i));
                meta.example(kind.equals("bad") ? Example.bad(note) : Example.good(note));
            }
        }
    }

    private static ExampleNote example(At at, Object item) {
        if (item instanceof String s) {
            if (s.isBlank()) {
                throw at.error("an example must not be empty");
            }
            if (s.stripLeading().startsWith("{")) {
                checkedNote(at, s);
                return ExampleNote.fromTree(NoteJson.mapper().readValue(s, Map.class));
            }
            if (!markersClosed(s)) {
                throw at.error("unclosed [[ marker");
            }
            return ExampleNote.note(s);
        }
        if (item instanceof Map<?, ?> map) {
            if (!map.containsKey("text")) {
                throw at.error("a note example needs 'text'");
            }
            checkedNote(at, NoteJson.mapper().writeValueAsString(map));
            try {
                return ExampleNote.fromTree(map);
            } catch (IllegalArgumentException e) {
                throw at.error(e.getMessage());
            }
        }
        throw at.error("an example must be note text or a note mapping (text, fields, format, history), not " + Node.kind(item));
    }

    /** The same reading as RuleTester's: "[[" opens a span, the next "]]" closes it. */
    private static boolean markersClosed(String s) {
        boolean open = false;
        for (int i = 0; i + 1 < s.length(); i++) {
            if (!open && s.startsWith("[[", i)) {
                open = true;
                i++;
            } else if (open && s.startsWith("]]", i)) {
                open = false;
                i++;
            }
        }
        return !open;
    }

    private static void checkedNote(At at, String json) {
        try {
            NoteJson.parseNote(json, "example");
        } catch (NoteFormatException e) {
            throw at.error("not a valid note: " + e.getMessage());
        }
    }
}
