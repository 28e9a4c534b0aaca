package io.notelint.rules.clinical;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads the clinical rules' phrase lists. A phrase may hold alternatives in parentheses,
 * {@code (thoughts|urges) of (hurting|harming) (him|her)}, expanded when loaded, so a resource file
 * states a family of phrasings on one line instead of listing every combination; an empty
 * alternative, {@code (the|)}, makes a word optional.
 */
final class PhraseFamilies {

    private PhraseFamilies() {
    }

    /** A lexicon from a resource next to this class; {@code valueOf} receives the columns after the phrase. */
    static <T> PhraseLexicon<T> load(String resource, Function<String[], T> valueOf) {
        Map<String, T> entries = new LinkedHashMap<>();
        for (String[] row : ResourceLines.tsv(PhraseFamilies.class, resource, 1)) {
            T value = valueOf.apply(Arrays.copyOfRange(row, 1, row.length));
            for (String phrase : expand(row[0])) {
                entries.putIfAbsent(phrase, value);
            }
        }
        return PhraseLexicon.of(entries, TextToolkit.standard().tokenizer());
    }

    /** A lexicon whose entries carry no value beyond their phrase. */
    static PhraseLexicon<String> phrases(String resource) {
        return load(resource, cols -> "");
    }

    /** Expands every {@code (a|b|c)} group of a phrase; groups do not nest. */
    static List<String> expand(String phrase) {
        int open = phrase.indexOf('(');
        if (open < 0) {
            return List.of(phrase.replaceAll("\\s+", " ").strip());
        }
        int close = phrase.indexOf(')', open);
        if (close < 0) {
            throw new IllegalArgumentException("unbalanced '(' in lexicon phrase");
        }
        List<String> out = new ArrayList<>();
        String head = phrase.substring(0, open);
        String tail = phrase.substring(close + 1);
        for (String alt : phrase.substring(open + 1, close).split("\\|", -1)) {
            for (String rest : expand(head + alt + tail)) {
                if (!rest.isEmpty()) {
                    out.add(rest);
                }
            }
        }
        return out;
    }

    /**
     * True when every upper-case word of the phrase as written (an abbreviation such as SI, HI, ER)
     * is upper case in the note too: "SI" is the abbreviation, "si" and "Hi" are not.
     */
    static boolean caseMatches(String phrase, List<Token> matched) {
        List<Token> want = TextToolkit.standard().tokenizer().tokenize(phrase, new Span(0, phrase.length()));
        if (want.size() != matched.size()) {
            return false;
        }
        for (int i = 0; i < want.size(); i++) {
            String w = want.get(i).text();
            if (isUpperWord(w) && !w.equals(matched.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpperWord(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
