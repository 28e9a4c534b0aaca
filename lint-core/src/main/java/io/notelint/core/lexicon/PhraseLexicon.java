package io.notelint.core.lexicon;

import io.notelint.core.text.Normalizer;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A lexicon of phrases matched on normal forms in one pass over the tokens: a trie keyed by
 * normalised token ({@link TokenTrie}, over the keys each token carries), so "talked about things" and "Talking about thing" both hit the entry "talk about
 * things", and each token is looked at once per active trie path rather than once per entry.
 * Immutable after construction and safe to share between threads.
 *
 * @param <T> what an entry carries (a suggestion, a family, a category)
 */
public final class PhraseLexicon<T> {

    /** One hit: which tokens matched (first inclusive, last exclusive), their span, and the entry's value. */
    public record Match<T>(int firstToken, int endToken, Span span, String phrase, T value) {
    }

    /** What a trie entry carries: the phrase as written (last of those reading alike) and its value. */
    private record Entry<T>(String phrase, T value) {
    }

    private final TokenTrie<Entry<T>> trie;
    private final int size;

    private PhraseLexicon(TokenTrie<Entry<T>> trie, int size) {
        this.trie = trie;
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
        TokenTrie.Builder<Entry<T>> trie = new TokenTrie.Builder<>(TokenTrie.Reading.NORM);
        for (Map.Entry<String, T> e : entries.entrySet()) {
            List<String> keys = keysOf.apply(e.getKey());
            if (keys.isEmpty()) {
                continue;
            }
            trie.set(trie.node(keys), new Entry<>(e.getKey(), e.getValue()));
        }
        return new PhraseLexicon<>(trie.build(), entries.size());
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
        TokenTrie.Hit<Entry<T>> hit = trie.longestAt(tokens, i);
        if (hit == null) {
            return null;
        }
        Span span = new Span(tokens.get(i).start(), tokens.get(hit.end() - 1).end());
        return new Match<>(i, hit.end(), span, hit.value().phrase(), hit.value().value());
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
