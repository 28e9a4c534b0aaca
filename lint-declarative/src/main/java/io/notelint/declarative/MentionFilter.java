package io.notelint.declarative;

import io.notelint.core.text.DidYouMean;
import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.assertion.Assertion;
import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which mentions a rule ignores: quoted client speech, and mentions the sentence negates, makes
 * hypothetical or historical, or attributes to someone else (decided by the shared assertion
 * classifier, {@link AnalyzedNote#assertion(Span)}, which is only asked when a match exists).
 */
record MentionFilter(boolean quoted, Set<Assertion> assertions) {

    /** The default: quoted speech is the client's own words and is skipped; nothing else is. */
    static final MentionFilter DEFAULT = new MentionFilter(true, Set.of());

    /** Keeps every mention. */
    static final MentionFilter NONE = new MentionFilter(false, Set.of());

    private static final Map<String, Set<Assertion>> WORDS = words();

    private static Map<String, Set<Assertion>> words() {
        Map<String, Set<Assertion>> m = new LinkedHashMap<>();
        m.put("quoted", Set.of());
        for (Assertion a : Assertion.values()) {
            if (a != Assertion.AFFIRMED) {
                m.put(a.id(), Set.of(a));
            }
        }
        m.put("not-affirmed", EnumSet.complementOf(EnumSet.of(Assertion.AFFIRMED)));
        return m;
    }

    static MentionFilter parse(Node node, String key) {
        if (!node.has(key)) {
            return DEFAULT;
        }
        Object raw = node.raw(key);
        if (raw instanceof List<?> l && l.isEmpty() || "none".equals(raw)) {
            return NONE;
        }
        boolean quoted = false;
        Set<Assertion> skip = EnumSet.noneOf(Assertion.class);
        List<String> values = node.stringList(key);
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i).trim();
            Set<Assertion> meant = WORDS.get(v);
            if (meant == null) {
                String itemKey = node.path(key) + (raw instanceof List ? "[" + i + "]" : "");
                String hint = DidYouMean.nearestKey(v, WORDS.keySet()).map(k -> " (did you mean '" + k + "'?)").orElse("");
                throw new RuleFileException(Node.where(node.tree(), itemKey), itemKey, "unknown value '" + v + "'" + hint
                        + "; allowed: " + String.join(", ", WORDS.keySet()) + ", or none");
            }
            quoted |= v.equals("quoted");
            skip.addAll(meant);
        }
        return new MentionFilter(quoted, Set.copyOf(skip));
    }

    /** True when the mention at {@code span} counts. */
    boolean keep(AnalyzedNote note, Span span) {
        if (quoted && note.inQuote(span)) {
            return false;
        }
        return assertions.isEmpty() || !assertions.contains(note.assertion(span));
    }

    String describe() {
        List<String> parts = new ArrayList<>();
        if (quoted) {
            parts.add("quoted speech");
        }
        assertions.stream().sorted().forEach(a -> parts.add(a.id() + " mentions"));
        return parts.isEmpty() ? "" : "Ignores " + String.join(", ", parts) + ".";
    }
}
