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

    /**
     * Expands every {@code (a|b|c)} group of a phrase, in order (the first group's alternatives vary
     * slowest); groups do not nest. The phrase is cut into text and groups once and the expansions are
     * written into one buffer, so a family of thousands of phrases makes no intermediate strings.
     */
    static List<String> expand(String phrase) {
        int open = phrase.indexOf('(');
        if (open < 0) {
            return List.of(collapseSpaces(phrase).strip());
        }
        List<String> texts = new ArrayList<>();
        List<String[]> groups = new ArrayList<>();
        int at = 0;
        while (open >= 0) {
            int close = phrase.indexOf(')', open);
            if (close < 0) {
                throw new IllegalArgumentException("unbalanced '(' in lexicon phrase");
            }
            String group = phrase.substring(open + 1, close);
            if (group.indexOf('(') >= 0) {
                throw new IllegalArgumentException("a '(' inside a group of alternatives; groups do not nest");
            }
            texts.add(phrase.substring(at, open));
            groups.add(group.split("\\|", -1));
            at = close + 1;
            open = phrase.indexOf('(', at);
        }
        texts.add(phrase.substring(at));
        List<String> out = new ArrayList<>();
        expandInto(texts, groups, 0, new StringBuilder(phrase.length() * 2), out);
        return out;
    }

    /** Appends text {@code i}, then each alternative of group {@code i} in turn with the rest after it. */
    private static void expandInto(List<String> texts, List<String[]> groups, int i, StringBuilder sb, List<String> out) {
        int mark = sb.length();
        sb.append(texts.get(i));
        if (i == groups.size()) {
            String phrase = collapseSpaces(sb).strip();
            if (!phrase.isEmpty()) {
                out.add(phrase);
            }
        } else {
            int afterText = sb.length();
            for (String alt : groups.get(i)) {
                sb.append(alt);
                expandInto(texts, groups, i + 1, sb, out);
                sb.setLength(afterText);
            }
        }
        sb.setLength(mark);
    }

    /**
     * Runs of {@code \\s} (space, tab, line breaks) as one space: {@code replaceAll("\\s+", " ")} without
     * compiling a pattern for each of the ~80,000 expanded phrases.
     */
    private static String collapseSpaces(CharSequence phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        boolean inRun = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
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
