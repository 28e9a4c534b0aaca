package io.notelint.core.assertion;

import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the trigger file (format in its header): expands the phrase notation, merges the effects of
 * phrases that read alike ("denies" and "denied"), and checks every row when loading, so that a mistake
 * in the file fails at start-up with its line rather than misclassifying notes later.
 *
 * @param lexicon   phrase -> effects, matched on {@link MatchForms} keys
 * @param forms     how tokens are read for matching
 * @param followers     match keys of the words that may follow a final post-trigger
 * @param objectMarkers per category, match keys of the prepositions that make a following trigger an object
 * @param determiners   match keys of the words that may stand between an object marker and its trigger
 */
record TriggerFile(PhraseLexicon<Trigger> lexicon, MatchForms forms, Set<String> followers,
                   Map<Assertion, Set<String>> objectMarkers, Set<String> determiners) {

    private record Row(String where, List<String> phrases, Trigger.Effect effect) {
    }

    static TriggerFile load(Class<?> anchor, String resource, Tokenizer tokenizer) {
        Map<String, List<String>> macros = new HashMap<>();
        PhraseExpander expander = new PhraseExpander(macros);
        List<Row> rows = new ArrayList<>();
        Map<String, List<String>> wordLists = new HashMap<>();
        Map<Assertion, List<String>> markerWords = new EnumMap<>(Assertion.class);
        Set<String> exactWords = new HashSet<>();
        int n = 0;
        for (String[] cols : ResourceLines.tsv(anchor, resource, 2)) {
            n++;
            String where = resource + " content line " + n;
            try {
                if (cols.length == 2 && cols[0].matches("@\\w+")) {
                    String name = cols[0].substring(1);
                    if (macros.putIfAbsent(name, List.copyOf(expander.expandAlternatives(cols[1]))) != null) {
                        throw new IllegalArgumentException("macro @" + name + " defined twice");
                    }
                    continue;
                }
                if (cols.length < 3) {
                    throw new IllegalArgumentException("needs phrase, category and role");
                }
                List<String> phrases = expander.expand(cols[0]);
                String role = cols[2].strip().toLowerCase(Locale.ROOT);
                if (WORD_ROLES.contains(role)) {
                    for (String p : phrases) {
                        if (p.contains(" ")) {
                            throw new IllegalArgumentException("a " + role + " entry must be one word");
                        }
                    }
                    if (role.equals("exact")) {
                        exactWords.addAll(phrases);
                    } else if (role.equals("object-marker")) {
                        Assertion category = category(cols[1]);
                        if (category == null) {
                            throw new IllegalArgumentException("an object marker needs a category");
                        }
                        markerWords.computeIfAbsent(category, k -> new ArrayList<>()).addAll(phrases);
                    } else {
                        wordLists.computeIfAbsent(role, k -> new ArrayList<>()).addAll(phrases);
                    }
                    continue;
                }
                rows.add(new Row(where, phrases, effect(cols)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
        MatchForms forms = MatchForms.exactWords(exactWords, tokenizer);
        Map<List<String>, Trigger> byKeys = new LinkedHashMap<>();
        Map<List<String>, String> phraseOf = new HashMap<>();
        for (Row row : rows) {
            for (String phrase : row.phrases()) {
                List<String> keys = forms.keys(phrase, tokenizer);
                if (keys.isEmpty()) {
                    throw new IllegalStateException(row.where() + ": phrase has no tokens");
                }
                byKeys.merge(keys, new Trigger(List.of(row.effect())), Trigger::plus);
                phraseOf.putIfAbsent(keys, phrase);
            }
        }
        Map<String, Trigger> entries = new LinkedHashMap<>();
        Map<String, List<String>> keysOf = new HashMap<>();
        byKeys.forEach((keys, t) -> {
            String phrase = phraseOf.get(keys);
            checkConsistent(resource, phrase, t);
            checkNotHiding(resource, phrase, keys, t, byKeys);
            entries.put(phrase, t);
            keysOf.put(phrase, keys);
        });
        Map<Assertion, Set<String>> markers = new EnumMap<>(Assertion.class);
        markerWords.forEach((c, words) -> markers.put(c, keySet(words, forms, tokenizer)));
        return new TriggerFile(PhraseLexicon.of(entries, keysOf::get), forms,
                keySet(wordLists.getOrDefault("follower", List.of()), forms, tokenizer), Map.copyOf(markers),
                keySet(wordLists.getOrDefault("determiner", List.of()), forms, tokenizer));
    }

    private static final Set<String> WORD_ROLES = Set.of("follower", "exact", "object-marker", "determiner");

    private static Set<String> keySet(List<String> words, MatchForms forms, Tokenizer tokenizer) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.addAll(forms.keys(w, tokenizer));
        }
        return Set.copyOf(out);
    }

    private static Assertion category(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "all" -> null;
            case "negated" -> Assertion.NEGATED;
            case "hypothetical" -> Assertion.HYPOTHETICAL;
            case "historical" -> Assertion.HISTORICAL;
            case "other-person" -> Assertion.OTHER_PERSON;
            default -> throw new IllegalArgumentException("unknown category '" + name + "'");
        };
    }

    /** A phrase cannot be both a trigger and a pseudo-trigger of one category (two rows contradict). */
    private static void checkConsistent(String resource, String phrase, Trigger t) {
        for (Trigger.Effect e : t.effects()) {
            for (Trigger.Effect f : t.effects()) {
                if (e.role() == Trigger.Role.TRIGGER && f.role() == Trigger.Role.PSEUDO && e.category() == f.category()) {
                    throw new IllegalStateException(resource + ": '" + phrase + "' is both a trigger and a pseudo-trigger");
                }
            }
        }
    }

    /**
     * The longest match wins, so "not demonstrated" (a post-trigger) would hide the forward "not" of "does
     * not demonstrate any evidence of X" unless it also reaches forward. A multi-word trigger that starts
     * with a one-word forward trigger of its category must reach forward too.
     */
    private static void checkNotHiding(String resource, String phrase, List<String> keys, Trigger t,
                                       Map<List<String>, Trigger> byKeys) {
        if (keys.size() < 2) {
            return;
        }
        Trigger head = byKeys.get(List.of(keys.get(0)));
        if (head == null) {
            return;
        }
        for (Trigger.Effect h : head.effects()) {
            if (h.role() != Trigger.Role.TRIGGER || !h.forward()) {
                continue;
            }
            for (Trigger.Effect e : t.effects()) {
                if (e.role() == Trigger.Role.TRIGGER && e.category() == h.category() && !e.forward()) {
                    throw new IllegalStateException(resource + ": '" + phrase + "' hides the forward trigger '"
                            + keys.get(0) + "'; let it reach forward too");
                }
            }
        }
    }

    private static Trigger.Effect effect(String[] cols) {
        Assertion category = category(cols[1]);
        int window = cols.length > 3 && !cols[3].isEmpty() ? Integer.parseInt(cols[3]) : -1;
        boolean forward = false;
        Trigger.Backward backward = Trigger.Backward.NONE;
        Trigger.Role role = Trigger.Role.TRIGGER;
        boolean weak = false;
        for (String part : cols[2].toLowerCase(Locale.ROOT).split(",")) {
            switch (part.strip()) {
                case "forward" -> forward = true;
                case "backward" -> backward = Trigger.Backward.ANY;
                case "final" -> backward = backward == Trigger.Backward.ANY ? backward : Trigger.Backward.FINAL;
                case "pseudo" -> role = Trigger.Role.PSEUDO;
                case "terminate" -> role = Trigger.Role.TERMINATE;
                case "affirm" -> role = Trigger.Role.AFFIRM;
                case "weak" -> weak = true;
                default -> throw new IllegalArgumentException("unknown role '" + part.strip() + "'");
            }
        }
        boolean directed = forward || backward != Trigger.Backward.NONE;
        if (role == Trigger.Role.TRIGGER && (!directed || category == null)) {
            throw new IllegalArgumentException("a trigger needs a category and a direction");
        }
        if (role != Trigger.Role.TRIGGER && directed) {
            throw new IllegalArgumentException("only triggers have a direction");
        }
        if (role == Trigger.Role.PSEUDO && category == null) {
            throw new IllegalArgumentException("a pseudo-trigger needs a category");
        }
        if (weak && (category != Assertion.HYPOTHETICAL || role != Trigger.Role.TRIGGER)) {
            throw new IllegalArgumentException("only hypothetical triggers can be weak");
        }
        return new Trigger.Effect(category, role, forward, backward, window, weak);
    }
}
