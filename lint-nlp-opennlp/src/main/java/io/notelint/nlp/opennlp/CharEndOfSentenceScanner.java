package io.notelint.nlp.opennlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * OpenNLP's {@code DefaultEndOfSentenceScanner} without its boxing: the default looks every character of a
 * segment up in a {@code HashSet<Character>} (a boxed Character and a hash probe a character, 2.5% of the
 * linting worker's time with the client compiler); this one compares the character with the model's few
 * end-of-sentence characters. The same positions in the same order ({@code CharEndOfSentenceScannerTest});
 * a detector gets it from a model made by {@link #withCharScanner}. Immutable and thread-safe.
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
     * {@code model} with a factory that hands sentence detectors this scanner, over the model's own
     * end-of-sentence characters; everything else (context generator, abbreviations, token-end setting,
     * the maxent model itself) is the model's. A model whose factory is a subclass of OpenNLP's is returned
     * as it is: its scanner may be its own.
     */
    static SentenceModel withCharScanner(SentenceModel model) {
        return model.getFactory().getClass() == SentenceDetectorFactory.class ? new Model(model) : model;
    }

    /**
     * The model, with {@link Factory} as its factory. OpenNLP makes a model's factory again from its class
     * name, through an allow-list of packages (a process-wide setting), so the factory is handed out by
     * overriding {@code getFactory}, OpenNLP's public way in, instead. Private: OpenNLP types stay out of
     * NoteLint's public classes (ArchitectureTest).
     */
    private static final class Model extends SentenceModel {
        private static final long serialVersionUID = 1L;
        private final transient SentenceDetectorFactory factory;

        Model(SentenceModel stock) {
            super(stock.getLanguage(), stock.getMaxentModel(), Map.of(), stock.getFactory());
            this.factory = new Factory(stock.getFactory());
        }

        @Override
        public SentenceDetectorFactory getFactory() {
            // null only while OpenNLP's constructor checks the model, which its own factory does
            return factory == null ? super.getFactory() : factory;
        }
    }

    /** OpenNLP's factory with the same settings, but this scanner. */
    private static final class Factory extends SentenceDetectorFactory {
        private final char[] eos;

        Factory(SentenceDetectorFactory stock) {
            super(stock.getLanguageCode(), stock.isUseTokenEnd(), stock.getAbbreviationDictionary(),
                    stock.getEOSCharacters());
            this.eos = toChars(stock.getEndOfSentenceScanner().getEOSCharacters());
        }

        @Override
        public EndOfSentenceScanner getEndOfSentenceScanner() {
            return new CharEndOfSentenceScanner(eos);
        }
    }

    private static char[] toChars(Set<Character> set) {
        char[] out = new char[set.size()];
        int i = 0;
        for (char c : set) {
            out[i++] = c;
        }
        return out;
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
