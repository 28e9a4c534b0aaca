package io.notelint.nlp.opennlp;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's {@link TokenizerME}, remembering where it cut each piece of text it has seen. TokenizerME
 * splits a sentence at white space, then decides the cuts inside each piece from that piece alone: its
 * context generator sees the piece and a position in it, its abbreviation list is fixed, nothing of the
 * pieces around it. So the cuts of a piece seen before ("goals.", "(PHQ-9)", "client's") are looked up
 * instead of asking the model again at every character; {@code RememberingTokenizerTest} holds the result
 * to TokenizerME's own on whole corpora. Pieces repeat from note to note, and the tagger that needs these
 * tokens is the costliest step of the default backend.
 *
 * <p>Used by one session at a time, like the TokenizerME it wraps. It remembers at most
 * {@link #MAX_PIECES} pieces (by default), then forgets them all and starts again, so a long batch of unusual words
 * cannot grow it; what it remembers changes only the cost, never a token.
 */
final class RememberingTokenizer {

    /** About half a megabyte of short strings and arrays for each pooled tagger. */
    static final int MAX_PIECES = 4096;

    private final TokenizerME model;
    private final int capacity;
    /** Piece to the end offsets of its tokens inside it (the last is the piece's length). */
    private final Map<String, int[]> cuts = new HashMap<>();

    RememberingTokenizer(TokenizerME model) {
        this(model, MAX_PIECES);
    }

    RememberingTokenizer(TokenizerME model, int capacity) {
        this.model = model;
        this.capacity = capacity;
    }

    /** The same spans as {@code model.tokenizePos(text)}. */
    Span[] tokenizePos(String text) {
        Span[] pieces = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        int count = 0;
        int[][] ends = new int[pieces.length][];
        for (int i = 0; i < pieces.length; i++) {
            Span p = pieces[i];
            if (p.length() < 2) {
                continue; // TokenizerME never cuts a single character
            }
            ends[i] = cutsOf(text.substring(p.getStart(), p.getEnd()));
            count += ends[i].length - 1;
        }
        Span[] out = new Span[pieces.length + count];
        int k = 0;
        for (int i = 0; i < pieces.length; i++) {
            Span p = pieces[i];
            if (ends[i] == null || ends[i].length == 1) {
                out[k++] = p;
                continue;
            }
            int start = p.getStart();
            for (int end : ends[i]) {
                out[k++] = new Span(start, p.getStart() + end);
                start = p.getStart() + end;
            }
        }
        return out;
    }

    private int[] cutsOf(String piece) {
        int[] known = cuts.get(piece);
        if (known != null) {
            return known;
        }
        Span[] tokens = model.tokenizePos(piece);
        int[] ends = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            ends[i] = tokens[i].getEnd();
        }
        if (cuts.size() >= capacity) {
            cuts.clear();
        }
        cuts.put(piece, ends);
        return ends;
    }
}
