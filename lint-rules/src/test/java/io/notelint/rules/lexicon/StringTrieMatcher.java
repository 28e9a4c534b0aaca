package io.notelint.rules.lexicon;

import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The string matcher the lexicons used before they matched over token keys, kept as the reference the
 * key matcher must agree with: a trie whose edges are the words themselves, looked up by string.
 */
public final class StringTrieMatcher<V> {

    /** The longest entry at a token: its end (exclusive), span and value. */
    public record Hit<V>(int end, Span span, V value) {
    }

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        V value;
    }

    private final Node<V> root = new Node<>();
    private final Function<Token, String> reading;

    /** @param reading which form of a token the words are (its norm, its folded text) */
    public StringTrieMatcher(Function<Token, String> reading) {
        this.reading = reading;
    }

    /** Adds an entry; a later entry with the same words replaces the earlier one. */
    public void put(List<String> words, V value) {
        Node<V> node = root;
        for (String w : words) {
            node = node.next.computeIfAbsent(w, k -> new Node<>());
        }
        node.value = value;
    }

    public Hit<V> longestAt(List<Token> tokens, int i) {
        Node<V> node = root;
        Hit<V> best = null;
        for (int j = i; j < tokens.size(); j++) {
            node = node.next.get(reading.apply(tokens.get(j)));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Hit<>(j + 1, new Span(tokens.get(i).start(), tokens.get(j).end()), node.value);
            }
        }
        return best;
    }

    /** True when some entry begins with the token's word. */
    public boolean startsWith(Token t) {
        return root.next.containsKey(reading.apply(t));
    }

    /** The value of the one-word entry {@code w}, or null. */
    public V word(String w) {
        Node<V> n = root.next.get(w);
        return n == null ? null : n.value;
    }
}
