package io.notelint.core.lexicon;

import io.notelint.core.text.Token;
import java.util.Arrays;
import java.util.List;

/**
 * The one matcher the lexicons share: a trie of phrases over token keys. Each edge is a word's 64-bit
 * key ({@link Token#keyOf}), held in one open-addressing table keyed by (node, word key), so a look-up
 * reads numbers the token already carries and builds or hashes no string. The word itself is kept per
 * node and compared on a hit, so two words whose keys collide still never match each other: matches are
 * exactly those of a trie keyed by the strings. Immutable once built, and safe to share between threads.
 *
 * @param <V> what an entry carries
 */
public final class TokenTrie<V> {

    /** Which form of a token the trie's words are. */
    public enum Reading {
        /** {@link Token#norm()}: inflection stripped, the usual lexicon reading. */
        NORM,
        /** {@link Token#fold()}: case-folded surface words, tense and number kept. */
        FOLD
    }

    /** The longest entry found: tokens up to {@code end} (exclusive) and the entry's value. */
    public record Hit<V>(int end, V value) {
    }

    private static final int ROOT = 0;
    private static final int NONE = -1;

    private final Reading reading;
    /**
     * The edges, two longs a slot side by side: the word's key, then the parent node (high half) and the
     * child node (low half; 0 marks a free slot: the root is no node's child). One slot is one read of
     * adjacent memory: in the large lexicons (the risk phrases) three separate arrays cost three cache
     * misses a probe.
     */
    private final long[] edges;
    private final int mask;
    private final String[] word; // the word on the edge into each node
    private final Object[] value; // each node's entry, or null
    private final long[] firstWords; // a bit per first-word key: most tokens begin no entry, and say so here

    private TokenTrie(Builder<V> b) {
        this.reading = b.reading;
        this.edges = new long[b.edgeTo.length * 2];
        for (int slot = 0; slot < b.edgeTo.length; slot++) {
            edges[2 * slot] = b.edgeKey[slot];
            edges[2 * slot + 1] = (long) b.edgeFrom[slot] << 32 | b.edgeTo[slot] & 0xFFFFFFFFL;
        }
        this.mask = b.edgeTo.length - 1;
        this.word = Arrays.copyOf(b.word, b.nodes);
        this.value = Arrays.copyOf(b.value, b.nodes);
        this.firstWords = new long[Math.max(16, Integer.highestOneBit(Math.max(1, b.firstWordCount)) / 4)];
        for (int slot = 0; slot < b.edgeTo.length; slot++) {
            if (b.edgeTo[slot] != 0 && b.edgeFrom[slot] == ROOT) {
                long key = b.edgeKey[slot];
                firstWords[filterIndex(key)] |= 1L << key;
            }
        }
    }

    /** The word of this key may begin an entry (false: it surely begins none). 16 to 32 bits per first word. */
    private boolean mayStart(long key) {
        return (firstWords[filterIndex(key)] & (1L << key)) != 0; // a shift reads the key's low 6 bits
    }

    private int filterIndex(long key) {
        return (int) (key >>> 40) & (firstWords.length - 1);
    }

    /** The longest entry starting at token {@code i}, or null. */
    public Hit<V> longestAt(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (!mayStart(reading == Reading.NORM ? first.normKey() : first.foldKey())) {
            return null;
        }
        int node = ROOT;
        int end = NONE;
        int endNode = NONE;
        for (int j = i; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            node = reading == Reading.NORM ? child(node, t.normKey(), t.norm()) : child(node, t.foldKey(), t.fold());
            if (node == NONE) {
                break;
            }
            if (value[node] != null) {
                end = j + 1;
                endNode = node;
            }
        }
        return end == NONE ? null : new Hit<>(end, valueAt(endNode));
    }

    /** The value of the one-word entry {@code w} (whose key is {@code key}), or null. */
    public V word(long key, String w) {
        int node = mayStart(key) ? child(ROOT, key, w) : NONE;
        return node == NONE ? null : valueAt(node);
    }

    /** True when some entry begins with the word {@code w} (whose key is {@code key}). */
    public boolean startsWord(long key, String w) {
        return mayStart(key) && child(ROOT, key, w) != NONE;
    }

    @SuppressWarnings("unchecked")
    private V valueAt(int node) {
        return (V) value[node];
    }

    private int child(int node, long key, String w) {
        long[] e = edges;
        for (int slot = slot(node, key, mask); ; slot = (slot + 1) & mask) {
            long link = e[2 * slot + 1];
            int to = (int) link;
            if (to == 0) {
                return NONE;
            }
            if (e[2 * slot] == key && (int) (link >>> 32) == node && word[to].equals(w)) {
                return to;
            }
        }
    }

    private static int slot(int node, long key, int mask) {
        long h = (key ^ (node * 0x9e3779b97f4a7c15L)) * 0xbf58476d1ce4e5b9L;
        return (int) (h ^ (h >>> 31)) & mask;
    }

    /** Builds a trie on one thread; {@link #build()} freezes it. */
    public static final class Builder<V> {
        private final Reading reading;
        private long[] edgeKey = new long[64];
        private int[] edgeFrom = new int[64];
        private int[] edgeTo = new int[64];
        private int edges;
        private String[] word = new String[32];
        private Object[] value = new Object[32];
        private int nodes = 1;
        private int firstWordCount;

        public Builder(Reading reading) {
            this.reading = reading;
        }

        /** The node reached by the words {@code keys} from the root, made as needed (the root when empty). */
        public int node(List<String> keys) {
            int node = ROOT;
            for (String k : keys) {
                node = child(node, k);
            }
            return node;
        }

        /** The root: where every phrase starts. */
        public int root() {
            return ROOT;
        }

        /** The node one word {@code w} further than {@code node}, made as needed. */
        public int child(int node, String w) {
            return childOrNew(node, Token.keyOf(w), w);
        }

        /** Makes {@code node} an entry carrying {@code v} (replacing any value it had). */
        public void set(int node, V v) {
            value[node] = v;
        }

        /** The value an entry node carries so far, or null. */
        @SuppressWarnings("unchecked")
        public V get(int node) {
            return (V) value[node];
        }

        public TokenTrie<V> build() {
            return new TokenTrie<>(this);
        }

        private int childOrNew(int node, long key, String w) {
            int mask = edgeTo.length - 1;
            int slot = slot(node, key, mask);
            for (; edgeTo[slot] != 0; slot = (slot + 1) & mask) {
                if (edgeKey[slot] == key && edgeFrom[slot] == node && word[edgeTo[slot]].equals(w)) {
                    return edgeTo[slot];
                }
            }
            if (nodes == word.length) {
                word = Arrays.copyOf(word, nodes * 2);
                value = Arrays.copyOf(value, nodes * 2);
            }
            int child = nodes++;
            if (node == ROOT) {
                firstWordCount++;
            }
            word[child] = w;
            edgeKey[slot] = key;
            edgeFrom[slot] = node;
            edgeTo[slot] = child;
            if (++edges * 3 > edgeTo.length) {
                grow();
            }
            return child;
        }

        /**
         * Doubles the edge table, keeping it at most a third full: most look-ups are misses (a note's word
         * that begins no entry), and a miss under linear probing reads about 1.6 slots at a third full
         * against 2.5 at half full.
         */
        private void grow() {
            long[] oldKey = edgeKey;
            int[] oldFrom = edgeFrom;
            int[] oldTo = edgeTo;
            int size = oldTo.length * 2;
            edgeKey = new long[size];
            edgeFrom = new int[size];
            edgeTo = new int[size];
            int mask = size - 1;
            for (int s = 0; s < oldTo.length; s++) {
                if (oldTo[s] != 0) {
                    int slot = slot(oldFrom[s], oldKey[s], mask);
                    while (edgeTo[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    edgeKey[slot] = oldKey[s];
                    edgeFrom[slot] = oldFrom[s];
                    edgeTo[slot] = oldTo[s];
                }
            }
        }
    }
}
