package io.notelint.rules.language;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.text.Normalizer;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads this package's resource files with the shared tokenizer and normaliser, so that an entry and
 * the words of a note reduce to the same normal form ("talked about things" hits "talk about thing").
 */
final class Lexicons {

    private Lexicons() {
    }

    static Normalizer normalizer() {
        return TextToolkit.standard().normalizer();
    }

    /** A phrase lexicon from a TSV resource; {@code valueOf} gets the columns after the phrase. */
    static <T> PhraseLexicon<T> phrases(String resource, Function<String[], T> valueOf) {
        return PhraseLexicon.load(Lexicons.class, resource, TextToolkit.standard().tokenizer(), valueOf);
    }

    /** A phrase lexicon whose value is the first extra column, or "" when there is none. */
    static PhraseLexicon<String> phrases(String resource) {
        return phrases(resource, cols -> cols.length > 0 ? cols[0] : "");
    }

    /** The normal forms of the single words listed one a line (the first column) in a resource. */
    static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String[] row : ResourceLines.tsv(Lexicons.class, resource, 1)) {
            out.add(normalizer().normalize(row[0]));
        }
        return Set.copyOf(out);
    }

    /** Normal forms of a '|' separated word list written in a resource column. */
    static Set<String> wordList(String bars) {
        Set<String> out = new HashSet<>();
        for (String w : bars.split("\\|")) {
            if (!w.isBlank()) {
                out.add(normalizer().normalize(w.strip()));
            }
        }
        return Set.copyOf(out);
    }

    /** The normal forms of a phrase's tokens joined by single spaces: a key for option lists. */
    static String key(String phrase) {
        List<Token> tokens = TextToolkit.standard().tokenizer().tokenize(phrase, new Span(0, phrase.length()));
        return key(tokens, 0, tokens.size());
    }

    static String key(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).norm());
        }
        return sb.toString();
    }
}
