package io.notelint.core.assertion;

import io.notelint.core.lexicon.ResourceLines;
import io.notelint.core.nlp.DependencyParse;
import io.notelint.core.text.Span;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Refines a word-window assertion with a dependency parse, when the NLP backend gives one (the CoreNLP
 * backend does; the default does not, and then the window's answer stands). A window cannot see clause
 * boundaries: in "denies SI but reports thoughts of self-harm" a negation five words back still reads as
 * governing "thoughts". The parse can: "thoughts" hangs under "reports", a verb coordinated with "denies".
 *
 * <p>Deliberately conservative, because parsers err: a negation is lifted only across a clause boundary the
 * parse shows (a coordinated or paratactic verb, an adverbial clause), and is extended beyond the window
 * only down a path with no such boundary. A mention inside an "if"/"unless" clause is hypothetical. Other
 * answers (historical, another person) pass through. Immutable and thread-safe.
 */
public final class SyntacticScope {

    private static final Set<String> CLAUSE_BREAKS = Set.of("conj", "parataxis", "list", "advcl");
    /** Dependents of a negating verb that are not what it negates. */
    private static final Set<String> NOT_NEGATED = Set.of("conj", "cc", "punct", "parataxis", "advcl", "mark",
            "nsubj", "aux", "advmod", "discourse");

    private final Map<String, String> triggers;

    private SyntacticScope() {
        Map<String, String> t = new HashMap<>();
        for (String[] row : ResourceLines.tsv(SyntacticScope.class, "syntactic-scope.tsv", 2)) {
            t.put(row[0], row[1]);
        }
        this.triggers = Map.copyOf(t);
    }

    private static final class Holder {
        static final SyntacticScope INSTANCE = new SyntacticScope();
    }

    public static SyntacticScope standard() {
        return Holder.INSTANCE;
    }

    /** The window classifier's answer for {@code term}, corrected where the parse of its sentence is clear. */
    public Assertion refine(Assertion window, DependencyParse parse, Span term) {
        int target = parse.headOf(term);
        if (target < 0 || !(window == Assertion.AFFIRMED || window == Assertion.NEGATED)) {
            return window;
        }
        boolean anyTrigger = false;
        boolean reaches = false;
        for (int t = 0; t < parse.size(); t++) {
            String cls = classOf(parse, t);
            if (cls == null || !cls.startsWith("negation") || parse.token(t).span().start() >= term.start()) {
                continue;
            }
            anyTrigger = true;
            reaches |= negates(parse, t, cls, target);
        }
        if (window == Assertion.NEGATED) {
            // lift the window's negation only when every negation before the term is cut off by a clause boundary
            return anyTrigger && !reaches && allCutOff(parse, term, target) ? Assertion.AFFIRMED : window;
        }
        if (reaches) {
            return Assertion.NEGATED;
        }
        return inCondition(parse, target) ? Assertion.HYPOTHETICAL : window;
    }

    private String classOf(DependencyParse parse, int i) {
        String word = parse.token(i).text().toLowerCase(Locale.ROOT);
        String lemma = parse.token(i).lemma() == null ? word : parse.token(i).lemma().toLowerCase(Locale.ROOT);
        String cls = triggers.get(lemma);
        return cls != null ? cls : triggers.get(word);
    }

    /** Whether trigger {@code t} has {@code target} in its scope, down a path with no clause boundary. */
    private static boolean negates(DependencyParse parse, int t, String cls, int target) {
        if (cls.equals("negation-verb")) {
            // what the verb negates: its dependents after it ("denies SI", "denies any thoughts of SI")
            for (int d : parse.dependents(t)) {
                if (d > t && !NOT_NEGATED.contains(baseRelation(parse.relation(d))) && cleanPath(parse, target, d)) {
                    return true;
                }
            }
            return false;
        }
        // "no SI", "not hopeless", "without intent": the phrase of the word the negation attaches to
        int head = parse.governor(t);
        return head != DependencyParse.ROOT && cleanPath(parse, target, head);
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

    /** Every negation before the term reaches it only across a clause boundary on the term's side. */
    private boolean allCutOff(DependencyParse parse, Span term, int target) {
        for (int t = 0; t < parse.size(); t++) {
            String cls = classOf(parse, t);
            if (cls == null || !cls.startsWith("negation") || parse.token(t).span().start() >= term.start()) {
                continue;
            }
            if (!breakBetween(parse, t, target)) {
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

    /** Inside a clause marked "if" or "unless" (the mark attaches to the clause's head). */
    private boolean inCondition(DependencyParse parse, int target) {
        for (int m = 0; m < parse.size(); m++) {
            if ("mark".equals(baseRelation(parse.relation(m))) && "condition".equals(classOf(parse, m))) {
                int head = parse.governor(m);
                if (head != DependencyParse.ROOT && parse.dominates(head, target)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "nmod:poss" -> "nmod". */
    private static String baseRelation(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
