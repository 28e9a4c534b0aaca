package io.notelint.nlp.opennlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * OpenNLP's {@code DefaultEndOfSentenceScanner} without its boxing: the default looks every character of a
 * segment up in a {@code HashSet<Character>} (a boxed Character and a hash probe a character, 2.5% of the
 * linting worker's time with the client compiler); this one compares the character with the model's few
 * end-of-sentence characters. The same positions in the same order ({@code CharEndOfSentenceScannerTest});
 * a detector gets it from {@link #detector}. Immutable and thread-safe.
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
     * A sentence detector for {@code model} whose end-of-sentence scanner is this one, over the model's own
     * characters. OpenNLP takes the scanner from the model's factory when the detector is made and offers
     * no way to give another; overriding the factory would put OpenNLP types in public methods of ours
     * (ArchitectureTest), so the detector's private field is set instead. Should a later OpenNLP rename or
     * seal the field, the detector keeps OpenNLP's own scanner: the same positions, found more slowly
     * ({@code CharEndOfSentenceScannerTest} fails then, so the loss is seen).
     */
    static SentenceDetectorME detector(SentenceModel model) {
        SentenceDetectorME detector = new SentenceDetectorME(model);
        try {
            java.lang.reflect.Field field = SentenceDetectorME.class.getDeclaredField("scanner");
            field.setAccessible(true);
            Object stock = field.get(detector);
            if (stock instanceof EndOfSentenceScanner s) {
                field.set(detector, new CharEndOfSentenceScanner(toChars(s.getEOSCharacters())));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // OpenNLP's own scanner stays: the same answers
        }
        return detector;
    }

    private static char[] toChars(Set<Character> set) {
        char[] out = new char[set.size()];
        int i = 0;
        for (char c : set) {
            out[i++] = c;
        }
        return out;
    }

    /** The scanner a detector uses (for the test that the swap took place). */
    static Object scannerOf(SentenceDetectorME detector) throws ReflectiveOperationException {
        java.lang.reflect.Field field = SentenceDetectorME.class.getDeclaredField("scanner");
        field.setAccessible(true);
        return field.get(detector);
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
