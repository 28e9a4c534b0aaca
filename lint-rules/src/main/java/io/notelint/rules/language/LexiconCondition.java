package io.notelint.rules.language;

import io.notelint.core.text.Normalizer;
import io.notelint.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * A context condition on a lexicon entry (stigmatizing terms, vague status phrases), written in the
 * entry's last column, several separated by spaces:
 * {@code near:4:urine|uds} (a listed word within 4 words on either side, inside the clause);
 * {@code before:1:heroin|drug} and {@code after:3:treatment|trial} (one side only);
 * {@code notnear:3:...}; {@code notafter:to|on} (the next word); {@code notbefore:a|the} (the previous
 * word); {@code notsurface:addicted} (the matched words as written, before normalisation).
 * Words are compared by normal form; a clause ends at . ; , ( ) ! ? so "clean and well groomed, UDS
 * negative" keeps "clean" apart from "UDS".
 */
record LexiconCondition(Kind kind, int window, Set<String> words) {

    enum Kind { NEAR, BEFORE, AFTER, NOT_NEAR, NOT_AFTER, NOT_BEFORE, NOT_SURFACE }

    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ",", "(", ")", "!", "?");

    /** Parses one condition; throws naming the bad text, so a typo in a lexicon fails at load. */
    static LexiconCondition parse(String spec) {
        String[] parts = spec.split(":", -1);
        return switch (parts[0]) {
            case "near" -> new LexiconCondition(Kind.NEAR, Integer.parseInt(parts[1]), Lexicons.wordList(parts[2]));
            case "before" -> new LexiconCondition(Kind.BEFORE, Integer.parseInt(parts[1]), Lexicons.wordList(parts[2]));
            case "after" -> new LexiconCondition(Kind.AFTER, Integer.parseInt(parts[1]), Lexicons.wordList(parts[2]));
            case "notnear" -> new LexiconCondition(Kind.NOT_NEAR, Integer.parseInt(parts[1]), Lexicons.wordList(parts[2]));
            case "notafter" -> new LexiconCondition(Kind.NOT_AFTER, 1, Lexicons.wordList(parts[1]));
            case "notbefore" -> new LexiconCondition(Kind.NOT_BEFORE, 1, Lexicons.wordList(parts[1]));
            case "notsurface" -> new LexiconCondition(Kind.NOT_SURFACE, 0,
                    Set.of(parts[1].toLowerCase(java.util.Locale.ROOT).split("\\|")));
            default -> throw new IllegalArgumentException("unknown lexicon condition '" + parts[0] + "'");
        };
    }

    /** True when the condition holds for the match {@code tokens[first, end)}. */
    boolean holds(List<Token> tokens, int first, int end) {
        return switch (kind) {
            case NEAR -> within(tokens, first - 1, -1) || within(tokens, end, 1);
            case BEFORE -> within(tokens, first - 1, -1);
            case AFTER -> within(tokens, end, 1);
            case NOT_NEAR -> !within(tokens, first - 1, -1) && !within(tokens, end, 1);
            case NOT_AFTER -> end >= tokens.size() || !words.contains(tokens.get(end).norm());
            case NOT_BEFORE -> first == 0 || !words.contains(tokens.get(first - 1).norm());
            case NOT_SURFACE -> !surfaceListed(tokens, first, end);
        };
    }

    /**
     * Where the reported words start: a one-word {@code before} condition takes its word in ("heroin
     * user", not "user"); every other condition leaves {@code first} as it is.
     */
    int reportedStart(List<Token> tokens, int first) {
        boolean takesWordBefore = kind == Kind.BEFORE && window == 1 && first > 0
                && words.contains(tokens.get(first - 1).norm());
        return takesWordBefore ? first - 1 : first;
    }

    /** A listed word among the next {@code window} words from {@code from} in direction {@code step}. */
    private boolean within(List<Token> tokens, int from, int step) {
        int seen = 0;
        for (int i = from; i >= 0 && i < tokens.size() && seen < window; i += step) {
            Token t = tokens.get(i);
            if (CLAUSE_ENDS.contains(t.text())) {
                return false;
            }
            if (!t.isWord()) {
                continue;
            }
            seen++;
            if (words.contains(t.norm())) {
                return true;
            }
        }
        return false;
    }

    private boolean surfaceListed(List<Token> tokens, int first, int end) {
        for (int i = first; i < end; i++) {
            if (words.contains(Normalizer.fold(tokens.get(i).text()))) {
                return true;
            }
        }
        return false;
    }
}
