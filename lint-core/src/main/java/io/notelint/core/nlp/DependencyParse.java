package io.notelint.core.nlp;

import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The dependency tree of one sentence: its tokens (exact spans, UPOS tags, lemmas) and, for each token,
 * the index of its governor ({@link #ROOT} for the root) and the relation to it (Universal Dependencies
 * names: nsubj, obj, advmod, conj, mark, nmod:poss...). Immutable.
 */
public record DependencyParse(List<TaggedToken> tokens, List<Arc> arcs) {

    /** The governor index of the sentence's root. */
    public static final int ROOT = -1;

    /** The edge from a token up to its governor. */
    public record Arc(int governor, String relation) {
        public Arc {
            Objects.requireNonNull(relation, "relation");
        }
    }

    public DependencyParse {
        tokens = List.copyOf(tokens);
        arcs = List.copyOf(arcs);
        if (tokens.size() != arcs.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + arcs.size() + " arcs");
        }
        for (Arc a : arcs) {
            if (a.governor() < ROOT || a.governor() >= tokens.size()) {
                throw new IllegalArgumentException("governor " + a.governor() + " out of range");
            }
        }
    }

    public int size() {
        return tokens.size();
    }

    public TaggedToken token(int i) {
        return tokens.get(i);
    }

    /** The governor of token {@code i}, or {@link #ROOT}. */
    public int governor(int i) {
        return arcs.get(i).governor();
    }

    public String relation(int i) {
        return arcs.get(i).relation();
    }

    /** Tokens governed directly by {@code i}, in text order. */
    public List<Integer> dependents(int i) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < arcs.size(); j++) {
            if (arcs.get(j).governor() == i) {
                out.add(j);
            }
        }
        return out;
    }

    /** True when {@code ancestor} is {@code node} or lies on its path to the root. */
    public boolean dominates(int ancestor, int node) {
        int steps = 0;
        for (int n = node; n != ROOT && steps <= arcs.size(); n = governor(n), steps++) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The index of the token containing {@code offset}, or -1 (white space, or outside the sentence). */
    public int indexAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().contains(offset)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The head of a phrase: the first token overlapping {@code span} whose governor lies outside it
     * (for "thoughts of self-harm", "thoughts"); -1 when no token overlaps.
     */
    public int headOf(Span span) {
        int first = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).span().overlaps(span)) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            int g = governor(i);
            if (g == ROOT || !tokens.get(g).span().overlaps(span)) {
                return i;
            }
        }
        return first;
    }
}
