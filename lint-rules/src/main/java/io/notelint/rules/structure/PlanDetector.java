package io.notelint.rules.structure;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Section;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.model.SectionKind;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.rules.structure.PlanEvidence.Statement;
import io.notelint.rules.structure.PlanEvidence.Strength;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a note's plan: plan sections, and forward-looking plan statements anywhere (next session,
 * follow up, homework, referral, "will ...", "plan to ...", a sentence opening with an imperative
 * such as "Continue CBT."). Shared by missing-plan and plan-quality so the two agree on what a plan
 * is. Immutable and thread-safe.
 */
final class PlanDetector {

    private final SurfaceLexicon cues;
    private final SurfaceLexicon imperatives;
    private final Set<String> reportingVerbs;
    private final Set<String> willBlockers;
    private final Set<String> planBlockersBefore;
    private final Set<String> planBlockersAfter;
    private final Placeholders placeholders;
    private final Set<String> pastMarkers;
    private final Set<String> clinicianSubjects;
    private final Set<String> planSubjects;
    private final SurfaceLexicon endsCare;
    private final NextContactFinder contacts;

    private PlanDetector() {
        this.cues = SurfaceLexicon.load("plan-cues.tsv");
        this.imperatives = SurfaceLexicon.load("plan-imperatives.txt");
        this.reportingVerbs = words("reporting-verbs.txt");
        this.willBlockers = words("will-blockers.txt");
        Set<String> before = new HashSet<>();
        Set<String> after = new HashSet<>();
        for (String[] row : ResourceLines.tsv(PlanDetector.class, "plan-noun-blockers.txt", 2)) {
            (row[1].equals("before") ? before : after).add(row[0].toLowerCase(java.util.Locale.ROOT));
        }
        this.planBlockersBefore = Set.copyOf(before);
        this.planBlockersAfter = Set.copyOf(after);
        this.placeholders = Placeholders.standard();
        this.pastMarkers = words("contact-past-markers.txt");
        this.clinicianSubjects = words("clinician-subjects.txt");
        this.planSubjects = words("plan-subjects.txt");
        this.endsCare = SurfaceLexicon.load("no-next-contact-expected.txt");
        this.contacts = NextContactFinder.standard();
    }

    private static final class Holder {
        static final PlanDetector STANDARD = new PlanDetector();
    }

    static PlanDetector standard() {
        return Holder.STANDARD;
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : ResourceLines.lines(PlanDetector.class, resource)) {
            out.add(line.strip().toLowerCase(java.util.Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** The plan evidence of a note, computed once per note and shared by the plan rules. */
    PlanEvidence assess(AnalyzedNote note) {
        return note.derived(PlanEvidence.class, this::compute);
    }

    private PlanEvidence compute(AnalyzedNote note) {
        String text = note.text();
        List<Section> planSections = planSections(note);
        boolean substantive = planSections.stream().anyMatch(s -> !placeholders.isEmpty(text, s));
        List<Statement> statements = new ArrayList<>();
        for (Sentence sentence : note.sentences()) {
            statements.addAll(statements(note, sentence));
        }
        boolean rescued = false;
        if (!planSections.isEmpty() && !substantive) {
            int planStart = planSections.get(0).body().start();
            for (Statement s : statements) {
                Section in = note.sectionAt(s.cue().start()).orElse(null);
                if (s.strength() == Strength.STRONG && s.cue().start() >= planStart && in != null
                        && in.kind() == SectionKind.OTHER) {
                    rescued = true;
                    break;
                }
            }
        }
        return new PlanEvidence(planSections, substantive, statements, rescued, nextContacts(note),
                endsCare(note, planSections));
    }

    /**
     * The note's next-contact times ({@link NextContactFinder}), computed once per note: for a note's plan
     * evidence, and alone for an earlier note whose plan steps are read (which needs nothing else of it).
     */
    List<io.notelint.core.time.TimeExpression> nextContacts(AnalyzedNote note) {
        return note.derived(NextContactFinder.class, n -> List.copyOf(contacts.find(n)));
    }

    /** Discharge, termination or transfer in the plan sections (or, without any, anywhere). */
    private boolean endsCare(AnalyzedNote note, List<Section> planSections) {
        for (Sentence sentence : note.sentences()) {
            if (!planSections.isEmpty() && !planSections.contains(sentence.section())) {
                continue;
            }
            List<Token> tokens = unquoted(note, note.tokens(sentence));
            if (!endsCare.find(tokens).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Sections headed as a plan, a combined "Assessment/Plan" header included. */
    static List<Section> planSections(AnalyzedNote note) {
        List<Section> out = new ArrayList<>();
        for (Section s : note.sections().sections()) {
            if (s.kind() == SectionKind.PLAN || s.headerSpan() != null
                    && note.tools().sectionDetector().kindsOf(s.header()).contains(SectionKind.PLAN)
                    && s.kind() != SectionKind.PROBLEM) {
                out.add(s);
            }
        }
        return out;
    }

    /** The plan statements of one sentence. */
    List<Statement> statements(AnalyzedNote note, Sentence sentence) {
        List<Token> tokens = unquoted(note, note.tokens(sentence));
        List<Statement> out = new ArrayList<>();
        if (tokens.isEmpty()) {
            return out;
        }
        int first = firstWord(tokens);
        if (first >= 0) {
            SurfaceLexicon.Match imp = imperatives.at(tokens, first);
            if (imp != null && !(imp.end() < tokens.size() && SurfaceLexicon.fold(tokens.get(imp.end())).equals("of"))) {
                out.add(new Statement(imp.span(), "imperative", Strength.STRONG));
            }
            // "Client to complete a thought record.", "Pt to return in 2 weeks."
            if (first + 2 < tokens.size() && planSubjects.contains(SurfaceLexicon.fold(tokens.get(first)))
                    && SurfaceLexicon.fold(tokens.get(first + 1)).equals("to") && tokens.get(first + 2).isWord()) {
                out.add(new Statement(new Span(tokens.get(first).start(), tokens.get(first + 1).end()), "intent",
                        Strength.STRONG));
            }
        }
        for (SurfaceLexicon.Match m : cues.find(tokens)) {
            Statement s = judge(tokens, m);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private Statement judge(List<Token> tokens, SurfaceLexicon.Match m) {
        if (m.is("will")) {
            if (m.first() > 0 && willBlockers.contains(SurfaceLexicon.fold(tokens.get(m.first() - 1)))) {
                return null;
            }
            if (m.end() >= tokens.size() || !tokens.get(m.end()).isWord()
                    || SurfaceLexicon.fold(tokens.get(m.end())).equals("power")) {
                return null;
            }
            for (int i = 0; i < m.first(); i++) {
                if (reportingVerbs.contains(SurfaceLexicon.fold(tokens.get(i)))) {
                    return null; // "she reports she will start a new job": the client's plans, not the care plan
                }
            }
            return new Statement(m.span(), "will", Strength.STRONG);
        }
        if (m.is("intent") && isPlanNoun(tokens, m) && harmPlan(tokens, m)) {
            return null;
        }
        if ((m.is("contact") || m.is("weak")) && afterPastMarker(tokens, m)) {
            return null; // "missed the scheduled appointment", "since the last follow-up"
        }
        if (m.is("intention")) {
            for (int i = Math.max(0, m.first() - 3); i < m.first(); i++) {
                if (clinicianSubjects.contains(SurfaceLexicon.fold(tokens.get(i)))) {
                    return new Statement(m.span(), "intent", Strength.STRONG);
                }
            }
            return isPlanNoun(tokens, m) && harmPlan(tokens, m) ? null
                    : new Statement(m.span(), "intention", Strength.WEAK); // "she plans to visit her sister"
        }
        if (m.is("weak")) {
            return new Statement(m.span(), "weak", Strength.WEAK);
        }
        String role = m.roles().iterator().next();
        return new Statement(m.span(), role, Strength.STRONG);
    }

    private boolean afterPastMarker(List<Token> tokens, SurfaceLexicon.Match m) {
        for (int i = Math.max(0, m.first() - 3); i < m.first(); i++) {
            if (pastMarkers.contains(SurfaceLexicon.fold(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlanNoun(List<Token> tokens, SurfaceLexicon.Match m) {
        for (int i = m.first(); i < m.end(); i++) {
            if (SurfaceLexicon.fold(tokens.get(i)).startsWith("plan")) {
                return true;
            }
        }
        return false;
    }

    /** "a plan to overdose", "no plan or intent", "safety plan is": not the treatment plan. */
    private boolean harmPlan(List<Token> tokens, SurfaceLexicon.Match m) {
        for (int i = Math.max(0, m.first() - 2); i < m.first(); i++) {
            if (planBlockersBefore.contains(SurfaceLexicon.fold(tokens.get(i)))) {
                return true;
            }
        }
        for (int i = m.end(); i < Math.min(tokens.size(), m.end() + 4); i++) {
            if (planBlockersAfter.contains(SurfaceLexicon.fold(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** The first word of a sentence, after list markers ("-", "1.", "\u2022"). */
    private static int firstWord(List<Token> tokens) {
        for (int i = 0; i < tokens.size() && i < 3; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !t.text().chars().allMatch(Character::isDigit)) {
                return i;
            }
        }
        return -1;
    }

    static List<Token> unquoted(AnalyzedNote note, List<Token> tokens) {
        if (note.quotes().isEmpty()) {
            return tokens;
        }
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (!note.inQuote(t.span())) {
                out.add(t);
            }
        }
        return out;
    }
}
