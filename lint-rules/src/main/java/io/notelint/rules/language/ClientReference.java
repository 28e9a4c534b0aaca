package io.notelint.rules.language;

import io.notelint.core.analysis.Token;
import io.notelint.core.lexicon.ResourceLines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whom a word describes: the client, someone (or something) else, or nobody named. Reads the
 * clause leftwards from the word and takes the first person reference it meets, so "her employer
 * refused leave" is about the employer, "staff described him as drug-seeking" about him, and the
 * telegraphic "Refused UDS." about nobody named, which in a progress note means the client.
 * Coreference is out of reach without a parser: a "he" that means the client's father counts as the
 * client. Immutable and shared.
 */
final class ClientReference {

    /** Who a reference points at. */
    enum Who { CLIENT, OTHER, UNNAMED }

    private static final class Holder {
        static final ClientReference STANDARD = new ClientReference();
    }

    private static final Set<String> PREPOSITIONS = Lexicons.wordList(
            "with|to|at|for|from|by|about|toward|towards|against|around|near|like|than|in|on|into|onto|among|between|of");
    private static final Set<String> CLAUSE_BREAKS = Lexicons.wordList(",|and|but|or|so|while|whereas");
    private static final Set<String> DETERMINERS = Lexicons.wordList("the|a|an|her|his|their|my|our|your|its|this|that");

    private final Map<String, Who> words;

    private ClientReference() {
        Map<String, Who> map = new HashMap<>();
        for (String[] row : ResourceLines.tsv(ClientReference.class, "person-references.tsv", 2)) {
            map.put(Lexicons.normalizer().normalize(row[0]), row[1].equals("client") ? Who.CLIENT : Who.OTHER);
        }
        this.words = Map.copyOf(map);
    }

    static ClientReference standard() {
        return Holder.STANDARD;
    }

    /** Whom the words starting at token {@code at} describe, read from the tokens before it. */
    Who before(List<Token> tokens, int at) {
        boolean clauseBreak = false;
        for (int i = at - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.text().equals(";")) {
                break;
            }
            if (CLAUSE_BREAKS.contains(t.norm())) {
                clauseBreak = true;
            }
            Who who = words.get(t.norm());
            if (who != null && !(who == Who.OTHER && clauseBreak && afterPreposition(tokens, i))) {
                return who;
            }
        }
        return Who.UNNAMED;
    }

    /**
     * "is manipulative with staff and the calls are ...": a person after a preposition (possibly with a
     * determiner), in an earlier clause, is an object there, not the subject the later words describe.
     * In the same phrase it still counts ("for families of alcoholics").
     */
    private static boolean afterPreposition(List<Token> tokens, int i) {
        int j = i - 1;
        if (j >= 0 && DETERMINERS.contains(tokens.get(j).norm())) {
            j--;
        }
        return j >= 0 && PREPOSITIONS.contains(tokens.get(j).norm());
    }

    /** The reference a single token makes, or UNNAMED. */
    Who of(Token t) {
        return words.getOrDefault(t.norm(), Who.UNNAMED);
    }
}
