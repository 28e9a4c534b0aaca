package io.notelint.core.assertion;

import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How the trigger matcher reads a token: by its normal form, except that plain numbers read "num",
 * years 1900-2099 read "yyyy", and words whose normal form collides with an "exact" word of the trigger
 * file are read by their case-folded surface form. The cheap normaliser maps "noted" and "notes" to
 * "not", "ruled" to "rule" and "declining" to "decline"; for assertion those differences are the
 * whole point ("noted to be febrile" is affirmed, "rule out MI" is hypothetical, "ruled out MI" negated).
 */
final class MatchForms {

    static final String YEAR = "yyyy";
    static final String NUMBER = "num";

    private final Set<String> guardedNorms;

    /** @param guardedNorms normal forms of the exact words: tokens with these read by surface form */
    MatchForms(Set<String> guardedNorms) {
        this.guardedNorms = Set.copyOf(guardedNorms);
    }

    /** Forms that guard the given single words (normalised with the tokenizer's normaliser). */
    static MatchForms exactWords(Set<String> words, Tokenizer tokenizer) {
        Set<String> norms = new java.util.HashSet<>();
        for (String w : words) {
            for (Token t : tokenizer.tokenize(w, new Span(0, w.length()))) {
                norms.add(t.norm());
            }
        }
        return new MatchForms(norms);
    }

    String of(Token t) {
        String number = numberForm(t.text());
        if (number != null) {
            return number;
        }
        return guardedNorms.contains(t.norm()) ? t.fold() : t.norm();
    }

    /** The match keys of a lexicon phrase. */
    List<String> keys(String phrase, Tokenizer tokenizer) {
        List<String> out = new ArrayList<>();
        for (Token t : tokenizer.tokenize(phrase, new Span(0, phrase.length()))) {
            out.add(of(t));
        }
        return out;
    }

    /** The tokens with their match key as norm (the same list when nothing changes). */
    List<Token> view(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String key = of(t);
            if (!key.equals(t.norm()) && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (out != null) {
                out.add(key.equals(t.norm()) ? t : t.withNorm(key));
            }
        }
        return out == null ? tokens : out;
    }

    private static String numberForm(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        if (s.length() == 4 && (s.startsWith("19") || s.startsWith("20"))) {
            return YEAR;
        }
        return NUMBER;
    }
}
