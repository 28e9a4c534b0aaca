package io.notelint.rules.language;

import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds an activity verb with an empty object in a sentence's fast tokens, in both word orders:
 * "discussed her various issues" (verb, fillers, object) and "issues were discussed" (object, be, verb).
 * Verbs and objects come from lexicons matched on normal forms, so inflections match. Purely lexical
 * and cheap: the rule confirms candidates with POS tags afterwards. Immutable and shared.
 */
final class EmptyActivityMatcher {

    /**
     * One candidate: its tokens {@code [first, end)}, its span, the object's last token, and the object
     * class ("topic" or "support"); {@code passive} when the object comes first.
     */
    record Candidate(int first, int end, Span span, int objectLast, String objectClass, boolean passive,
                     boolean contentClause) {
    }

    /** An empty object: its class, and whether a following "that" clause names its content ("concern that ..."). */
    private record EmptyObject(String objectClass, boolean contentClause) {
        static EmptyObject of(String[] cols) {
            return new EmptyObject(cols.length > 0 ? cols[0] : "topic", cols.length > 1 && cols[1].equals("that"));
        }
    }

    private static final class Holder {
        static final EmptyActivityMatcher STANDARD = new EmptyActivityMatcher();
    }

    /** Adverbs allowed around "be" in the passive order ("issues were briefly discussed"). */
    private static final Set<String> PASSIVE_ADVERBS = Lexicons.wordList("briefly|also|further|then|again|all");
    /** A word before the verb that makes the "verb" a noun: "the process concerns her", "her address issues". */
    private static final Set<String> DETERMINERS = Lexicons.wordList("the|a|an|this|that|her|his|their|my|our|its|your");
    private static final int MAX_FILLERS = 4;
    /** Words that may follow a telegraphic participle without making it an active verb with an object. */
    private static final Set<String> CLAUSE_CONTINUERS = Lexicons.wordList(
            "and|in|during|with|at|today|briefly|further|again|as|per|throughout|but");

    private final PhraseLexicon<String> verbs;
    private final PhraseLexicon<EmptyObject> objects;
    private final Set<String> fillers;
    private final String be;

    private EmptyActivityMatcher() {
        this.verbs = Lexicons.phrases("activity-verbs.tsv");
        this.objects = Lexicons.phrases("activity-objects.tsv", EmptyObject::of);
        this.fillers = Lexicons.words("activity-fillers.txt");
        this.be = Lexicons.normalizer().normalize("was");
    }

    static EmptyActivityMatcher standard() {
        return Holder.STANDARD;
    }

    /** Candidates in text order, not overlapping. */
    List<Candidate> find(List<Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Candidate c = active(tokens, i);
            if (c == null) {
                c = passive(tokens, i);
            }
            if (c != null) {
                out.add(c);
                i = c.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** verb [fillers] object, taking the farthest object the fillers reach ("discussed her life issues"). */
    private Candidate active(List<Token> tokens, int i) {
        PhraseLexicon.Match<String> verb = verbs.longestAt(tokens, i);
        if (verb == null || i > 0 && DETERMINERS.contains(tokens.get(i - 1).norm())) {
            return null;
        }
        PhraseLexicon.Match<EmptyObject> best = null;
        int fillerCount = 0;
        for (int j = verb.endToken(); j < tokens.size(); j++) {
            PhraseLexicon.Match<EmptyObject> obj = objects.longestAt(tokens, j);
            if (obj != null && obj.value().objectClass().equals(verb.value())) {
                best = obj;
            }
            if (!fillers.contains(tokens.get(j).norm()) || ++fillerCount > MAX_FILLERS) {
                break;
            }
        }
        if (best == null) {
            return null;
        }
        return new Candidate(i, best.endToken(), new Span(verb.span().start(), best.span().end()),
                best.endToken() - 1, best.value().objectClass(), false, best.value().contentClause());
    }

    /**
     * object be [adverb] verb: "feelings were processed", "support was provided"; and the telegraphic
     * form without "be", "Stressors discussed.", when the verb is a past participle ending the clause.
     */
    private Candidate passive(List<Token> tokens, int i) {
        PhraseLexicon.Match<EmptyObject> obj = objects.longestAt(tokens, i);
        if (obj == null) {
            return null;
        }
        int j = obj.endToken();
        while (j < tokens.size() && PASSIVE_ADVERBS.contains(tokens.get(j).norm())) {
            j++;
        }
        boolean withBe = j < tokens.size() && tokens.get(j).norm().equals(be);
        if (withBe) {
            j++;
            while (j < tokens.size() && PASSIVE_ADVERBS.contains(tokens.get(j).norm())) {
                j++;
            }
        }
        PhraseLexicon.Match<String> verb = j < tokens.size() ? verbs.longestAt(tokens, j) : null;
        if (verb == null || !verb.value().equals(obj.value().objectClass())
                || !withBe && !telegraphic(tokens, verb)) {
            return null;
        }
        return new Candidate(i, verb.endToken(), new Span(obj.span().start(), verb.span().end()),
                obj.endToken() - 1, obj.value().objectClass(), true, false);
    }

    /** "Stressors discussed." / "Concerns addressed in session": a participle that ends its clause. */
    private static boolean telegraphic(List<Token> tokens, PhraseLexicon.Match<String> verb) {
        String first = tokens.get(verb.firstToken()).text().toLowerCase(java.util.Locale.ROOT);
        if (!first.endsWith("ed") && !first.equals("gone") && !first.equals("went")) {
            return false;
        }
        int next = verb.endToken();
        return next >= tokens.size() || !tokens.get(next).isWord() || CLAUSE_CONTINUERS.contains(tokens.get(next).norm());
    }
}
