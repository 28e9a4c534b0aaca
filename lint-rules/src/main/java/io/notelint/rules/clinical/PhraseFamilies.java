package io.notelint.rules.clinical;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.lexicon.WordKeys;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /**
     * A lexicon from a resource next to this class; {@code valueOf} receives the columns after the phrase.
     * The same lexicon as expanding every family ({@link #expand}) and keying each phrase, built without
     * either: the families are walked depth first, each word keyed once when the walk reaches it, so the
     * tens of thousands of phrases of risk-mentions.tsv share their prefixes' keys and trie nodes
     * (ClinicalHelpersTest holds the two ways equal on every phrase file).
     */
    static <T> PhraseLexicon<T> load(String resource, Function<String[], T> valueOf) {
        PhraseLexicon.Builder<T> builder = new PhraseLexicon.Builder<>();
        FamilyWalk<T> walk = new FamilyWalk<>(WordKeys.normalForms(TextToolkit.standard().tokenizer()));
        for (String[] row : ResourceLines.tsv(PhraseFamilies.class, resource, 1)) {
            walk.add(row[0], valueOf.apply(Arrays.copyOfRange(row, 1, row.length)), builder);
        }
        return builder.build();
    }

    /**
     * Adds the phrases of families to a lexicon as it walks them: the phrase so far in one buffer, and
     * {@link At} the trie position after its last whole word and where the word being written starts. A
     * word is keyed when white space ends it, so a word that runs across a group ({@code (suicid|homicid)al})
     * is keyed whole, as in the expanded phrase. Used for one file, on one thread.
     */
    private static final class FamilyWalk<T> {
        private final WordKeys keys;
        private final StringBuilder text = new StringBuilder();

        /** Where the walk is: the trie after the whole words so far; the unfinished word's start in text (-1: none). */
        private record At<T>(PhraseLexicon.Builder.Path<T> path, int wordStart) {
        }

        FamilyWalk(WordKeys keys) {
            this.keys = keys;
        }

        void add(String family, T value, PhraseLexicon.Builder<T> builder) {
            List<String> texts = new ArrayList<>();
            List<String[]> groups = new ArrayList<>();
            split(family, texts, groups);
            text.setLength(0);
            walk(texts, groups, 0, new At<>(builder.root(), -1), value);
        }

        /** Appends text {@code i}, then each alternative of group {@code i} in turn with the rest after it. */
        private void walk(List<String> texts, List<String[]> groups, int i, At<T> at, T value) {
            int mark = text.length();
            at = append(texts.get(i), at);
            if (i == groups.size()) {
                PhraseLexicon.Builder.Path<T> path = at.wordStart() < 0 ? at.path()
                        : then(at.path(), text.substring(at.wordStart()));
                // text is kept collapsed as it is written (see append): at most a trailing space to strip
                String phrase = text.toString().strip();
                if (!phrase.isEmpty()) {
                    path.end(phrase, value);
                }
            } else {
                int afterText = text.length();
                for (String alt : groups.get(i)) {
                    walk(texts, groups, i + 1, append(alt, at), value);
                    text.setLength(afterText);
                }
            }
            text.setLength(mark);
        }

        /**
         * Appends a piece of the family, keying each word that white space ends. The text is written as
         * {@link #collapseSpaces} would leave it (a run of white space as one space, none at the start), so
         * each of the tens of thousands of phrases is one {@code toString} instead of a second pass over it.
         */
        private At<T> append(String piece, At<T> at) {
            PhraseLexicon.Builder.Path<T> path = at.path();
            int wordStart = at.wordStart();
            for (int k = 0; k < piece.length(); k++) {
                char c = piece.charAt(k);
                if (isSpace(c)) {
                    if (wordStart >= 0) {
                        path = then(path, text.substring(wordStart));
                        wordStart = -1;
                    }
                    int n = text.length();
                    if (n > 0 && text.charAt(n - 1) != ' ') {
                        text.append(' ');
                    }
                } else {
                    if (wordStart < 0) {
                        wordStart = text.length();
                    }
                    text.append(c);
                }
            }
            return new At<>(path, wordStart);
        }

        private PhraseLexicon.Builder.Path<T> then(PhraseLexicon.Builder.Path<T> path, String word) {
            for (String key : keys.keysOf(word)) {
                path = path.then(key);
            }
            return path;
        }
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
        if (phrase.indexOf('(') < 0) {
            return List.of(collapseSpaces(phrase).strip());
        }
        List<String> texts = new ArrayList<>();
        List<String[]> groups = new ArrayList<>();
        split(phrase, texts, groups);
        List<String> out = new ArrayList<>();
        expandInto(texts, groups, 0, new StringBuilder(phrase.length() * 2), out);
        return out;
    }

    /** Cuts a family into its texts and groups of alternatives: texts has one more element than groups. */
    private static void split(String phrase, List<String> texts, List<String[]> groups) {
        int at = 0;
        int open = phrase.indexOf('(');
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
            boolean space = isSpace(c);
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
    }

    /** The white space of {@code \\s}, which {@link #collapseSpaces} turns into one space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
