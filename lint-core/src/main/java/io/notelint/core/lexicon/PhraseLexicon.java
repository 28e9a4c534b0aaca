package io.notelint.core.lexicon;

import io.notelint.core.text.Normalizer;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A lexicon of phrases matched on normal forms in one pass over the tokens: a trie keyed by
 * normalised token, so "talked about things" and "Talking about thing" both hit the entry "talk about
 * things", and each token is looked at once per active trie path rather than once per entry.
 * Immutable after construction and safe to share between threads.
 *
 * @param <T> what an entry carries (a suggestion, a family, a category)
 */
public final class PhraseLexicon<T> {

    /** One hit: which tokens matched (first inclusive, last exclusive), their span, and the entry's value. */
    public record Match<T>(int firstToken, int endToken, Span span, String phrase, T value) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        String phrase;
        T value;
    }

    private final Node<T> root;
    private final int size;

    private PhraseLexicon(Node<T> root, int size) {
        this.root = root;
        this.size = size;
    }

    public int size() {
        return size;
    }

    /**
     * Builds a lexicon from phrases and their values; phrases are tokenised and normalised like note text.
     * The keys are made word by word ({@link WordKeys}): a lexicon expanded from alternatives repeats a few
     * hundred words in tens of thousands of phrases, and tokenising each phrase whole was most of start-up.
     */
    public static <T> PhraseLexicon<T> of(Map<String, T> entries, Tokenizer tokenizer) {
        return of(entries, WordKeys.normalForms(tokenizer)::keysOf);
    }

    /**
     * Builds a lexicon whose phrases are turned into match keys by {@code keysOf}, for callers that match
     * on their own view of the tokens (they then pass tokens whose {@code norm} is that view to
     * {@link #find}).
     */
    public static <T> PhraseLexicon<T> of(Map<String, T> entries, Function<String, List<String>> keysOf) {
        Builder<T> builder = new Builder<>();
        for (Map.Entry<String, T> e : entries.entrySet()) {
            Builder.Path<T> path = builder.root();
            for (String key : keysOf.apply(e.getKey())) {
                path = path.then(key);
            }
            path.end(e.getKey(), e.getValue());
        }
        return builder.build();
    }

    /**
     * Builds a lexicon one key at a time, for callers that generate their phrases: a family of phrases
     * made from alternatives shares its prefixes, so walking it depth first reaches each shared node once
     * instead of once per phrase. The result is what {@link #of(Map, Function)} gives for the same phrases
     * in the same order: a phrase added again keeps its first value, and of two different phrases with
     * the same keys the one added first time later wins. Used on one thread, then dropped.
     */
    public static final class Builder<T> {
        private final Node<T> root = new Node<>();
        /** Phrases a node held before a later phrase with the same keys replaced them (rare: kept aside). */
        private final Map<Node<T>, List<String>> replaced = new HashMap<>();
        private int size;

        /** Where every phrase starts: no key yet. */
        public Path<T> root() {
            return new Path<>(this, root);
        }

        /** The lexicon; the builder must not be used afterwards. */
        public PhraseLexicon<T> build() {
            return new PhraseLexicon<>(root, size);
        }

        /** A point in the lexicon being built: the keys so far. Immutable; go on from it as often as needed. */
        public static final class Path<T> {
            private final Builder<T> builder;
            private final Node<T> node;

            private Path(Builder<T> builder, Node<T> node) {
                this.builder = builder;
                this.node = node;
            }

            /** The path one key further. */
            public Path<T> then(String key) {
                return new Path<>(builder, node.next.computeIfAbsent(key, k -> new Node<>()));
            }

            /** A phrase ends here, with its value (a phrase of no keys is counted but never matches). */
            public void end(String phrase, T value) {
                if (node.phrase == null) {
                    node.phrase = phrase;
                    node.value = value;
                    builder.size++;
                } else if (!node.phrase.equals(phrase)) {
                    List<String> earlier = builder.replaced.computeIfAbsent(node, n -> new ArrayList<>());
                    if (!earlier.contains(phrase)) {
                        earlier.add(node.phrase);
                        node.phrase = phrase;
                        node.value = value;
                        builder.size++;
                    }
                }
            }
        }
    }

    /**
     * Loads a resource of phrase lines: {@code phrase} or {@code phrase<TAB>value...}; the value is made
     * from the columns after the phrase by {@code valueOf} (which receives them, possibly empty).
     */
    public static <T> PhraseLexicon<T> load(Class<?> anchor, String resource, Tokenizer tokenizer,
                                            Function<String[], T> valueOf) {
        Map<String, T> entries = new java.util.LinkedHashMap<>();
        for (String[] row : ResourceLines.tsv(anchor, resource, 1)) {
            String[] rest = java.util.Arrays.copyOfRange(row, 1, row.length);
            entries.put(row[0], valueOf.apply(rest));
        }
        return of(entries, tokenizer);
    }

    /** Longest non-overlapping matches, left to right. */
    public List<Match<T>> find(List<Token> tokens) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<T> best = longestAt(tokens, i);
            if (best != null) {
                out.add(best);
                i = best.endToken();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The longest entry starting at token {@code i}, or null. */
    public Match<T> longestAt(List<Token> tokens, int i) {
        Node<T> node = root;
        Match<T> best = null;
        for (int j = i; j < tokens.size(); j++) {
            node = node.next.get(tokens.get(j).norm());
            if (node == null) {
                break;
            }
            if (node.phrase != null) {
                best = new Match<>(i, j + 1, new Span(tokens.get(i).start(), tokens.get(j).end()), node.phrase, node.value);
            }
        }
        return best;
    }

    /** True when any entry occurs in the tokens. */
    public boolean any(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (longestAt(tokens, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Convenience for plain lists: every phrase maps to itself. */
    public static PhraseLexicon<String> ofPhrases(List<String> phrases, Tokenizer tokenizer) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        phrases.forEach(p -> m.put(p, p));
        return of(m, tokenizer);
    }

    /** Normal forms of a phrase, for callers that compare single words. */
    public static String normalForm(String word, Normalizer normalizer) {
        return normalizer.normalize(word);
    }
}
