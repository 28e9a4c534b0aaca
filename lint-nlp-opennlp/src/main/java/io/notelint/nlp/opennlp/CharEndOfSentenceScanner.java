package io.notelint.nlp.opennlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * OpenNLP's {@code DefaultEndOfSentenceScanner} without its boxing: the default looks every character of a
 * segment up in a {@code HashSet<Character>} (a boxed Character and a hash probe a character, 2.5% of the
 * linting worker's time with the client compiler); this one compares the character with the model's few
 * end-of-sentence characters. The same positions in the same order ({@code CharEndOfSentenceScannerTest});
 * the sentence model is the loaded one with only its factory's scanner replaced ({@link Model}).
 * Immutable and thread-safe.
 */
final class CharEndOfSentenceScanner implements EndOfSentenceScanner {

    private final char[] eos;
    private final Set<Character> eosSet;

    CharEndOfSentenceScanner(char[] eos) {
        this.eos = eos.clone();
        Set<Character> set = new LinkedHashSet<>();
        for (char c : eos) {
            set.add(c);
        }
        this.eosSet = Collections.unmodifiableSet(set);
    }

    /**
     * A sentence model read as OpenNLP reads it, whose factory gives this scanner: the same language,
     * maximum-entropy model, end-of-sentence characters, abbreviations and token-end setting, and the same
     * context generator. (The factory is swapped after loading, not written into the model: OpenNLP would
     * instantiate a factory named there only from packages registered with its extension loader.) A model
     * whose factory is not OpenNLP's own (none of the bundled ones) keeps it.
     */
    static final class Model extends SentenceModel {
        private final SentenceDetectorFactory factory;

        Model(java.io.InputStream in) throws java.io.IOException {
            super(in);
            SentenceDetectorFactory f = super.getFactory();
            this.factory = f.getClass() != SentenceDetectorFactory.class ? null
                    : new Factory(f.getLanguageCode(), f.isUseTokenEnd(), f.getAbbreviationDictionary(), f.getEOSCharacters());
        }

        @Override
        public SentenceDetectorFactory getFactory() {
            // null only while OpenNLP's constructor runs
            return factory != null ? factory : super.getFactory();
        }
    }

    /** OpenNLP's factory but for the scanner. */
    static final class Factory extends SentenceDetectorFactory {
        Factory(String language, boolean useTokenEnd, opennlp.tools.dictionary.Dictionary abbreviations, char[] eos) {
            super(language, useTokenEnd, abbreviations, eos);
        }

        @Override
        public EndOfSentenceScanner getEndOfSentenceScanner() {
            return new CharEndOfSentenceScanner(getEOSCharacters());
        }
    }

    @Override
    public Set<Character> getEOSCharacters() {
        return eosSet;
    }

    @Override
    public List<Integer> getPositions(CharSequence s) {
        if (s instanceof String str) {
            return positions(str);
        }
        List<Integer> out = new ArrayList<>();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (isEos(s.charAt(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /** As the String's: OpenNLP's own scanner reads a StringBuffer as the String it holds. */
    @Override
    public List<Integer> getPositions(StringBuffer buf) {
        return getPositions((CharSequence) buf.toString());
    }

    @Override
    public List<Integer> getPositions(char[] chars) {
        return getPositions((CharSequence) new String(chars));
    }

    /**
     * The positions in a String by {@link String#indexOf(int, int)} for each end-of-sentence character,
     * merged in text order (a position once, as the default's set look-up gives it): the JDK's own loop,
     * not a String.charAt call a character.
     */
    private List<Integer> positions(String s) {
        List<Integer> out = new ArrayList<>();
        int[] next = new int[eos.length];
        for (int j = 0; j < eos.length; j++) {
            next[j] = s.indexOf(eos[j]);
        }
        while (true) {
            int p = Integer.MAX_VALUE;
            for (int q : next) {
                if (q >= 0 && q < p) {
                    p = q;
                }
            }
            if (p == Integer.MAX_VALUE) {
                return out;
            }
            out.add(p);
            for (int j = 0; j < eos.length; j++) {
                if (next[j] == p) {
                    next[j] = s.indexOf(eos[j], p + 1);
                }
            }
        }
    }

    private boolean isEos(char c) {
        for (char e : eos) {
            if (c == e) {
                return true;
            }
        }
        return false;
    }
}
