package io.notelint.rules.language;

import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Token;
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
    /** Relative pronouns: the clause after one is about the person just before it ("her father, who drinks"). */
    private static final Set<String> RELATIVES = Lexicons.wordList("who|whom|whose");
    private static final String BY = Lexicons.normalizer().normalize("by");
    private static final String OTHER_WORD = Lexicons.normalizer().normalize("other");
    private static final String THAT_WORD = Lexicons.normalizer().normalize("that");
    /** Words after an institution that show it is the actor: "the clinic refused", "the court has ordered". */
    private static final Set<String> FUNCTION_NEXT = Lexicons.wordList(
            "is|was|are|were|has|have|had|will|would|did|does|do|can|could|and|or|that|who|to|in|on|at|for|with|as|of|by");
    /** How far back from a person word "by" may stand and still make that person a passive's agent. */
    private static final int AGENT_WINDOW = 3;

    private final Map<String, Who> words;
    /** Institutions, which modify a following noun as often as they name an actor ("ER visits"). */
    private final Set<String> institutions;

    private ClientReference() {
        Map<String, Who> map = new HashMap<>();
        Set<String> inst = new java.util.HashSet<>();
        for (String[] row : ResourceLines.tsv(ClientReference.class, "person-references.tsv", 2)) {
            String word = Lexicons.normalizer().normalize(row[0]);
            map.put(word, row[1].equals("client") ? Who.CLIENT : Who.OTHER);
            if (row.length > 2 && row[2].equals("institution")) {
                inst.add(word);
            }
        }
        this.words = Map.copyOf(map);
        this.institutions = Set.copyOf(inst);
    }

    static ClientReference standard() {
        return Holder.STANDARD;
    }

    /** Whom the words starting at token {@code at} describe, read from the tokens before it. */
    Who before(List<Token> tokens, int at) {
        boolean clauseBreak = false;
        boolean relative = false;
        for (int i = at - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.text().equals(";")) {
                break;
            }
            if (RELATIVES.contains(t.norm()) && !relative) {
                relative = true;
                continue;
            }
            if (CLAUSE_BREAKS.contains(t.norm())) {
                clauseBreak = true;
            }
            if (t.norm().equals(THAT_WORD) && !relative) {
                return Who.UNNAMED; // "it is clear that Connor has ...": the that-clause has its own subject
            }
            Who who = words.get(t.norm());
            if (who == null || i + 1 < at && determinerOther(tokens, i)) {
                continue;
            }
            if (relative) {
                return who; // "lives with her father, who is an alcoholic": the father
            }
            if (who == Who.OTHER && (clauseBreak && afterPreposition(tokens, i) || passiveAgent(tokens, i))) {
                continue;
            }
            return who;
        }
        return Who.UNNAMED;
    }

    /**
     * A person word used as a modifier, not a reference: "other" before a noun ("other issues"), and an
     * institution before a noun ("6 ER visits", "clinic hours", "school work").
     */
    private boolean determinerOther(List<Token> tokens, int i) {
        String w = tokens.get(i).norm();
        boolean modifier = w.equals(OTHER_WORD) || institutions.contains(w);
        return modifier && i + 1 < tokens.size() && tokens.get(i + 1).isWord()
                && !words.containsKey(tokens.get(i + 1).norm()) && !FUNCTION_NEXT.contains(tokens.get(i + 1).norm());
    }

    /**
     * "was reported by his case manager as noncompliant", "described by staff as hostile": the person
     * after "by" is the one reporting; the words describe the passive's subject, further left.
     */
    private static boolean passiveAgent(List<Token> tokens, int i) {
        for (int j = i - 1; j >= Math.max(0, i - AGENT_WINDOW); j--) {
            Token t = tokens.get(j);
            if (t.norm().equals(BY)) {
                return true;
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
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

    /**
     * The subject of the clause that ends at {@code at}: the nearest person reference before it that is
     * not the object of a preposition ("The friend with her states ...": the friend).
     */
    Who subjectBefore(List<Token> tokens, int at) {
        for (int i = at - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.text().equals(";") || t.text().equals(",")) {
                break;
            }
            Who who = words.get(t.norm());
            if (who != null && !afterPreposition(tokens, i) && !(i + 1 < at && determinerOther(tokens, i))) {
                return who;
            }
        }
        return Who.UNNAMED;
    }

    /** The reference a single token makes, or UNNAMED. */
    Who of(Token t) {
        return words.getOrDefault(t.norm(), Who.UNNAMED);
    }
}
