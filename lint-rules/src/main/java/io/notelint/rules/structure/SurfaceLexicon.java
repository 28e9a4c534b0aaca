package io.notelint.rules.structure;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.lexicon.TokenTrie;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases matched on case-folded surface words, each with one or more roles. Unlike the stem-based
 * {@code PhraseLexicon}, tense and number stay visible: "follow up" is not "followed up", and "session"
 * is not "sessions" unless both are listed. Immutable and thread-safe.
 */
final class SurfaceLexicon {

    /** A match: tokens {@code [first, end)} of the list given, and the roles of the phrase. */
    record Match(int first, int end, Span span, Set<String> roles) {
        boolean is(String role) {
            return roles.contains(role);
        }
    }

    private final TokenTrie<Set<String>> roles;

    private SurfaceLexicon(TokenTrie<Set<String>> roles) {
        this.roles = roles;
    }

    /** Loads {@code phrase<TAB>role} rows (or bare phrases, role "") from a resource next to this class. */
    static SurfaceLexicon load(String resource) {
        Tokenizer tokenizer = TextToolkit.standard().tokenizer();
        TokenTrie.Builder<Set<String>> trie = new TokenTrie.Builder<>(TokenTrie.Reading.FOLD);
        Map<Integer, Set<String>> rolesOf = new HashMap<>();
        for (String[] row : ResourceLines.tsv(SurfaceLexicon.class, resource, 1)) {
            List<String> keys = tokenizer.tokenize(row[0], new Span(0, row[0].length())).stream().map(Token::fold).toList();
            if (keys.isEmpty()) {
                continue;
            }
            rolesOf.computeIfAbsent(trie.node(keys), k -> new HashSet<>()).add(row.length > 1 ? row[1] : "");
        }
        rolesOf.forEach((node, r) -> trie.set(node, Set.copyOf(r)));
        return new SurfaceLexicon(trie.build());
    }

    /**
     * The longest phrase starting at token {@code i}, or null. A hyphenated word that is no entry itself
     * matches a one-word entry by its last part ("tele-session" as "session").
     */
    Match at(List<Token> tokens, int i) {
        TokenTrie.Hit<Set<String>> hit = roles.longestAt(tokens, i);
        if (hit != null) {
            return new Match(i, hit.end(), new Span(tokens.get(i).start(), tokens.get(hit.end() - 1).end()), hit.value());
        }
        if (roles.startsWord(tokens.get(i).foldKey(), tokens.get(i).fold())) {
            return null; // the word begins a phrase, so its last part is not looked at
        }
        Set<String> r = suffixRoles(tokens.get(i));
        return r == null ? null : new Match(i, i + 1, tokens.get(i).span(), r);
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
        Set<String> r = roles.word(token.foldKey(), token.fold());
        if (r == null) {
            r = suffixRoles(token);
        }
        return r != null && r.contains(role);
    }

    /** The roles of the one-word entry that is the token's last hyphenated part, or null. */
    private Set<String> suffixRoles(Token token) {
        String t = token.fold();
        int dash = t.lastIndexOf('-');
        if (dash <= 0 || dash >= t.length() - 1) {
            return null;
        }
        String suffix = t.substring(dash + 1);
        return roles.word(Token.keyOf(suffix), suffix);
    }

    /** The token's case-folded text, computed once by the tokenizer. */
    static String fold(Token t) {
        return t.fold();
    }
}
