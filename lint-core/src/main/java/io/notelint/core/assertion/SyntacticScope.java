package io.notelint.core.assertion;

import io.notelint.core.nlp.DependencyParse;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Refines a word-window assertion with a dependency parse, when the NLP backend gives one (the CoreNLP
 * backend does; the default does not, and then the window's answer stands). A window cannot see clause
 * boundaries: in "denies SI but reports thoughts of self-harm" a negation five words back still reads as
 * governing "thoughts". The parse can: "thoughts" hangs under "reports", a verb coordinated with "denies".
 *
 * <p>Deliberately conservative, because parsers err: a negation cue is lifted only across a clause boundary
 * the parse shows (a coordinated or paratactic verb, an adverbial clause) and only when its negating word is
 * one the parse can scope; it is extended only from a negating verb down its object phrase, with no such
 * boundary on the way. A mention inside an "if"/"unless" clause is hypothetical. Cues of other categories
 * (historical, another person) and backward cues ("SI: denied") pass through. Immutable and thread-safe.
 */
public final class SyntacticScope {

    private static final Set<String> CLAUSE_BREAKS = Set.of("conj", "parataxis", "list", "advcl");
    /** Dependents of a negating verb that are not what it negates. */
    private static final Set<String> NOT_NEGATED = Set.of("conj", "cc", "punct", "parataxis", "advcl", "mark",
            "nsubj", "aux", "advmod", "discourse");

    private final Map<String, String> triggers;
    /** Lower-cased beginnings of the negating verbs' word forms ("deny", "deni" for "denies", "denied"). */
    private final List<String> negatingVerbForms;
    /** The subordinators that make a clause hypothetical ("if", "unless"). */
    private final Set<String> conditions;

    private SyntacticScope() {
        Map<String, String> t = new HashMap<>();
        List<String> verbs = new ArrayList<>();
        Set<String> marks = new java.util.HashSet<>();
        for (String[] row : ResourceLines.tsv(SyntacticScope.class, "syntactic-scope.tsv", 2)) {
            t.put(row[0], row[1]);
            if (row[1].equals("negation-verb")) {
                verbs.add(row[0]);
                if (row[0].endsWith("y")) {
                    verbs.add(row[0].substring(0, row[0].length() - 1) + "i"); // deny: denies, denied
                }
            } else if (row[1].equals("condition")) {
                marks.add(row[0]);
            }
        }
        this.triggers = Map.copyOf(t);
        this.negatingVerbForms = List.copyOf(verbs);
        this.conditions = Set.copyOf(marks);
    }

    private static final class Holder {
        static final SyntacticScope INSTANCE = new SyntacticScope();
    }

    public static SyntacticScope standard() {
        return Holder.INSTANCE;
    }

    /**
     * Whether a parse of the sentence could change the window's answer for {@code term}, judged from the
     * window's cues and the fast tokens alone, so a backend that parses need not parse a sentence whose answer
     * cannot change: only a forward negation cue can be dropped, a negation can only be added from a negating
     * verb ("denies") before the term, and a condition only from an "if"/"unless" in the sentence. A superset of
     * the cases {@link #refine} changes (it may say yes where the parse then changes nothing), never a subset.
     */
    public boolean couldRefine(AssertionResult window, List<Token> sentenceTokens, Span term) {
        Cue negation = null;
        boolean hypothetical = false;
        for (Cue c : window.cues()) {
            if (c.category() == Assertion.NEGATED) {
                negation = c;
            } else if (c.category() == Assertion.HYPOTHETICAL) {
                hypothetical = true;
            }
        }
        if (negation != null && !negation.backward()) {
            return true;
        }
        for (Token t : sentenceTokens) {
            String word = t.text().toLowerCase(Locale.ROOT);
            if (negation == null && t.end() <= term.start() && startsWithAny(word, negatingVerbForms)) {
                return true;
            }
            if (!hypothetical && conditions.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String word, List<String> prefixes) {
        for (String p : prefixes) {
            if (word.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word-window classifier's result for {@code term}, corrected where the parse of its sentence is clear:
     * a forward negation cue whose negating words all reach the term only across a clause boundary is
     * dropped; a negating verb ("denies") whose object phrase holds the term adds a negation the window
     * missed; an if/unless clause around the term adds a condition. Other cues pass through.
     */
    public AssertionResult refine(AssertionResult window, DependencyParse parse, Span term) {
        int target = parse.headOf(term);
        if (target < 0) {
            return window;
        }
        Map<Assertion, Cue> cues = new EnumMap<>(Assertion.class);
        for (Cue c : window.cues()) {
            cues.put(c.category(), c);
        }
        Cue negation = cues.get(Assertion.NEGATED);
        boolean changed = false;
        if (negation != null && !negation.backward()) {
            List<Integer> words = negationWordsIn(parse, negation.span());
            if (!words.isEmpty() && words.stream().allMatch(t -> breakBetween(parse, t, target))) {
                cues.remove(Assertion.NEGATED);
                changed = true;
            }
        } else if (negation == null) {
            int verb = negatingVerbOver(parse, term, target);
            if (verb >= 0) {
                cues.put(Assertion.NEGATED, cue(Assertion.NEGATED, parse, verb));
                changed = true;
            }
        }
        if (!cues.containsKey(Assertion.HYPOTHETICAL)) {
            int mark = conditionOver(parse, target);
            if (mark >= 0) {
                cues.put(Assertion.HYPOTHETICAL, cue(Assertion.HYPOTHETICAL, parse, mark));
                changed = true;
            }
        }
        return changed ? AssertionResult.of(cues) : window;
    }

    private static Cue cue(Assertion category, DependencyParse parse, int token) {
        return new Cue(category, parse.token(token).span(), parse.token(token).text(), false);
    }

    /** The negating words ("no", "not", "denies") among the tokens a cue covers. */
    private List<Integer> negationWordsIn(DependencyParse parse, Span cue) {
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < parse.size(); t++) {
            String cls = classOf(parse, t);
            if (cls != null && cls.startsWith("negation") && cue.overlaps(parse.token(t).span())) {
                out.add(t);
            }
        }
        return out;
    }

    /** A negating verb before the term with the term in its object phrase, or -1. */
    private int negatingVerbOver(DependencyParse parse, Span term, int target) {
        for (int t = 0; t < parse.size() && parse.token(t).span().end() <= term.start(); t++) {
            if ("negation-verb".equals(classOf(parse, t)) && negates(parse, t, target)) {
                return t;
            }
        }
        return -1;
    }

    private String classOf(DependencyParse parse, int i) {
        String word = parse.token(i).text().toLowerCase(Locale.ROOT);
        String lemma = parse.token(i).lemma() == null ? word : parse.token(i).lemma().toLowerCase(Locale.ROOT);
        String cls = triggers.get(lemma);
        return cls != null ? cls : triggers.get(word);
    }

    /** Whether negating verb {@code t} has {@code target} in what it negates: a dependent after it, no clause boundary. */
    private static boolean negates(DependencyParse parse, int t, int target) {
        for (int d : parse.dependents(t)) {
            if (d > t && !NOT_NEGATED.contains(baseRelation(parse.relation(d))) && cleanPath(parse, target, d)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code ancestor} dominates {@code node} through no clause boundary. */
    private static boolean cleanPath(DependencyParse parse, int node, int ancestor) {
        if (!parse.dominates(ancestor, node)) {
            return false;
        }
        for (int n = node; n != ancestor; n = parse.governor(n)) {
            if (isClauseBreak(parse, n)) {
                return false;
            }
        }
        return true;
    }

    /** A clause boundary on the path from {@code target} up to its lowest common ancestor with {@code trigger}. */
    private static boolean breakBetween(DependencyParse parse, int trigger, int target) {
        for (int n = target; n != DependencyParse.ROOT; n = parse.governor(n)) {
            if (parse.dominates(n, trigger)) {
                return false;
            }
            if (isClauseBreak(parse, n)) {
                return true;
            }
        }
        return false;
    }

    /** A token heading its own clause under its governor: a coordinated verb, parataxis, an adverbial clause. */
    private static boolean isClauseBreak(DependencyParse parse, int n) {
        String rel = baseRelation(parse.relation(n));
        if (rel.equals("advcl") || rel.equals("parataxis")) {
            return true;
        }
        String pos = parse.token(n).pos();
        return CLAUSE_BREAKS.contains(rel) && ("VERB".equals(pos) || "AUX".equals(pos));
    }

    /** The "if" or "unless" marking a clause that holds the term (the mark attaches to the clause's head), or -1. */
    private int conditionOver(DependencyParse parse, int target) {
        for (int m = 0; m < parse.size(); m++) {
            if ("mark".equals(baseRelation(parse.relation(m))) && "condition".equals(classOf(parse, m))) {
                int head = parse.governor(m);
                if (head != DependencyParse.ROOT && parse.dominates(head, target)) {
                    return m;
                }
            }
        }
        return -1;
    }

    /** "nmod:poss" -> "nmod". */
    private static String baseRelation(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
