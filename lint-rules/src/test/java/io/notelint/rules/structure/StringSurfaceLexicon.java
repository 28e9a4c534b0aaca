package io.notelint.rules.structure;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.text.Normalizer;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link SurfaceLexicon} as it was before it matched over token keys (joined strings looked up in a
 * map), kept as the reference it must agree with ({@code SurfaceLexiconAgreementTest}). Phrases matched
 * on case-folded surface words, each with one or more roles. Unlike the stem-based
 * {@code PhraseLexicon}, tense and number stay visible: "follow up" is not "followed up", and "session"
 * is not "sessions" unless both are listed. Immutable and thread-safe.
 */
final class StringSurfaceLexicon {

    /** A match: tokens {@code [first, end)} of the list given, and the roles of the phrase. */
    record Match(int first, int end, Span span, Set<String> roles) {
        boolean is(String role) {
            return roles.contains(role);
        }
    }

    private final Map<String, Set<String>> roles;
    private final Set<String> firstWords;
    private final int longest;

    private StringSurfaceLexicon(Map<String, Set<String>> roles) {
        this.roles = Map.copyOf(roles);
        Set<String> first = new HashSet<>();
        int max = 1;
        for (String key : roles.keySet()) {
            String[] words = key.split(" ");
            first.add(words[0]);
            max = Math.max(max, words.length);
        }
        this.firstWords = Set.copyOf(first);
        this.longest = max;
    }

    /** Loads {@code phrase<TAB>role} rows (or bare phrases, role "") from a resource next to this class. */
    static StringSurfaceLexicon load(String resource) {
        Map<String, Set<String>> map = new HashMap<>();
        for (String[] row : ResourceLines.tsv(SurfaceLexicon.class, resource, 1)) {
            String key = key(row[0]);
            if (key.isEmpty()) {
                continue;
            }
            map.computeIfAbsent(key, k -> new HashSet<>()).add(row.length > 1 ? row[1] : "");
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new StringSurfaceLexicon(frozen);
    }

    /**
     * The longest phrase starting at token {@code i}, or null. A hyphenated word that is no entry itself
     * matches a one-word entry by its last part ("tele-session" as "session").
     */
    Match at(List<Token> tokens, int i) {
        if (!firstWords.contains(fold(tokens.get(i)))) {
            String suffix = hyphenSuffix(tokens.get(i));
            Set<String> r = suffix == null ? null : roles.get(suffix);
            return r == null ? null : new Match(i, i + 1, tokens.get(i).span(), r);
        }
        Match best = null;
        StringBuilder key = new StringBuilder();
        for (int j = i; j < tokens.size() && j - i < longest; j++) {
            if (j > i) {
                key.append(' ');
            }
            key.append(fold(tokens.get(j)));
            Set<String> r = roles.get(key.toString());
            if (r != null) {
                best = new Match(i, j + 1, new Span(tokens.get(i).start(), tokens.get(j).end()), r);
            }
        }
        return best;
    }

    /** Longest non-overlapping matches, left to right. */
    List<Match> find(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = at(tokens, i);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** True when the single token is a one-word entry with {@code role} (or its last hyphenated part is). */
    boolean wordHas(Token token, String role) {
        Set<String> r = roles.get(fold(token));
        if (r == null) {
            String suffix = hyphenSuffix(token);
            r = suffix == null ? null : roles.get(suffix);
        }
        return r != null && r.contains(role);
    }

    private static String hyphenSuffix(Token token) {
        String t = fold(token);
        int dash = t.lastIndexOf('-');
        return dash > 0 && dash < t.length() - 1 ? t.substring(dash + 1) : null;
    }

    static String fold(Token t) {
        return Normalizer.fold(t.text());
    }

    private static String key(String phrase) {
        List<Token> tokens = TextToolkit.standard().tokenizer().tokenize(phrase, new Span(0, phrase.length()));
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(fold(t));
        }
        return sb.toString();
    }
}
