package io.notelint.rules.structure;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Section;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.assertion.Assertion;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.time.TimeExpression;
import io.notelint.rules.structure.PlanEvidence.Statement;
import io.notelint.rules.structure.PlanEvidence.Strength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the concrete next steps out of a note's plan (plan-follow-through): the session it scheduled by
 * date, and each clause of its plan that sets homework, a client task, a referral or a safety-plan step.
 * A clause counts only when its wording makes it a step ("Thought record daily", "Client to call the
 * pharmacy", "Referred to DBT group", "Sister to lock up the firearms"); a bare technique ("Worry
 * postponement.", "Continue CBT.") and what was done in the session ("Safety plan updated with 988") are
 * not steps anyone can follow up. Reuses the plan detection and next-contact finding of the plan rules, so
 * all three agree on what a plan and a next contact are. Immutable and thread-safe.
 */
final class PlanSteps {

    private static final int MAX_WORDS = 90;

    private final SurfaceLexicon cues;
    private final Set<String> generic;
    private final Set<String> planSubjects;
    private final Set<String> clinicianSubjects;
    private final Set<String> reportingVerbs;
    private final PlanDetector plans;

    private PlanSteps() {
        this.cues = SurfaceLexicon.load("follow-through-steps.tsv");
        Set<String> words = new HashSet<>();
        for (String w : ResourceLines.lines(PlanSteps.class, "follow-through-generic-words.txt")) {
            words.add(w.strip().toLowerCase(Locale.ROOT));
        }
        this.generic = Set.copyOf(words);
        Set<String> subjects = new HashSet<>();
        for (String w : ResourceLines.lines(PlanSteps.class, "plan-subjects.txt")) {
            subjects.add(w.strip().toLowerCase(Locale.ROOT));
        }
        this.planSubjects = Set.copyOf(subjects);
        this.clinicianSubjects = words("clinician-subjects.txt");
        this.reportingVerbs = words("reporting-verbs.txt");
        this.plans = PlanDetector.standard();
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String w : ResourceLines.lines(PlanSteps.class, resource)) {
            out.add(w.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static final class Holder {
        static final PlanSteps STANDARD = new PlanSteps();
    }

    static PlanSteps standard() {
        return Holder.STANDARD;
    }

    /** The steps a note set, session first, then the others in text order. */
    List<PlanStep> of(AnalyzedNote note) {
        List<PlanStep> out = new ArrayList<>();
        // only the plan sections and the next contacts: not the plan statements of every sentence, which the
        // plan evidence also holds (an earlier note's steps are all this rule reads of it)
        List<Section> sections = PlanDetector.planSections(note);
        List<TimeExpression> nextContacts = plans.nextContacts(note);
        PlanStep session = session(note, nextContacts);
        if (session != null) {
            out.add(session);
        }
        Set<Section> planSections = new HashSet<>(sections);
        Map<Section, Boolean> homeworkSections = new HashMap<>();
        for (Sentence sentence : note.sentences()) {
            boolean assigned = homeworkSections.computeIfAbsent(sentence.section(), s -> headedAsHomework(note, s));
            if (!assigned && !planSections.contains(sentence.section()) && !forward(note, sentence)) {
                continue;
            }
            List<Token> tokens = PlanDetector.unquoted(note, note.tokens(sentence));
            for (List<Token> clause : clauses(tokens)) {
                PlanStep step = step(note, sentence, clause, nextContacts, assigned);
                if (step != null) {
                    out.add(step);
                }
            }
        }
        return out;
    }

    /** The next session the note scheduled by calendar date, after its own date; null when none. */
    private static PlanStep session(AnalyzedNote note, List<TimeExpression> nextContacts) {
        LocalDate own = note.note().fields().sessionDate();
        if (own == null) {
            return null;
        }
        Set<LocalDate> dates = new TreeSet<>();
        TimeExpression last = null;
        for (TimeExpression t : nextContacts) {
            if (t.kind() == TimeExpression.Kind.DATE && t.date() != null && t.date().isAfter(own)) {
                dates.add(t.date());
                if (last == null || t.date().isAfter(last.date())) {
                    last = t; // the message quotes the latest date, the one the rule judges by
                }
            }
        }
        if (last == null) {
            return null;
        }
        Sentence sentence = note.sentenceAt(last.start()).orElse(null);
        String words = sentence == null ? note.text().substring(last.start(), last.end())
                : clauseText(note, sentence, last.span());
        return new PlanStep(PlanStep.Kind.SESSION, words, Set.of(), List.copyOf(dates));
    }

    /** A section headed "Homework:", "Assignment:", "Between-session practice:". */
    private boolean headedAsHomework(AnalyzedNote note, Section section) {
        if (section.headerSpan() == null) {
            return false;
        }
        for (SurfaceLexicon.Match m : cues.find(note.tools().tokenizer().tokenize(note.text(), section.headerSpan()))) {
            if (m.is("homework")) {
                return true;
            }
        }
        return false;
    }

    /** Outside a plan section, a sentence is a step only when it looks ahead ("she will track ...", "agreed to ..."). */
    private boolean forward(AnalyzedNote note, Sentence sentence) {
        for (Statement s : plans.statements(note, sentence)) {
            if (s.strength() == Strength.STRONG) {
                return true;
            }
        }
        List<Token> tokens = note.tokens(sentence);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String w = SurfaceLexicon.fold(tokens.get(i));
            if (cues.wordHas(tokens.get(i), "commit") && afterTo(tokens, i) > 0) {
                return true; // "she agreed to call ...", "encouraged to journal"
            }
        }
        return false;
    }

    private static List<List<Token>> clauses(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : tokens) {
            if (t.text().equals(";")) {
                if (!current.isEmpty()) {
                    out.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** The step a clause sets, or null when it sets none. */
    private PlanStep step(AnalyzedNote note, Sentence sentence, List<Token> clause, List<TimeExpression> nextContacts,
                          boolean assigned) {
        boolean homework = assigned;
        boolean track = false;
        boolean referral = false;
        boolean safety = false;
        boolean doneWord = false;
        Span cue = null;
        boolean negated = false;
        for (SurfaceLexicon.Match m : cues.find(clause)) {
            if (inParentheses(note.text(), m.span())) {
                continue; // "P - PLAN (interventions, homework, next session)": a template's labels
            }
            if (m.is("negation")) {
                negated |= cue == null;
                continue;
            }
            if (cue == null && !m.is("done")) {
                cue = m.span();
            }
            doneWord |= m.is("done");
            homework |= m.is("homework");
            track |= m.is("track");
            referral |= m.is("referral");
            safety |= m.is("safety");
        }
        boolean task = opensWithTask(clause);
        if (!(homework || track || referral || safety || task) || cue == null || negated || reported(clause, cue) || !asserted(note, cue)) {
            return null;
        }
        // "Safety plan updated with 988", "Reviewed the thought log": the session's own work, unless the
        // clause also assigns something ("PCL-5 given to complete at home", "agreed to track ...")
        boolean done = doneWord && !homework && !task;
        PlanStep.Kind kind;
        if (referral) {
            kind = PlanStep.Kind.REFERRAL;
        } else if (safety && !done) {
            kind = PlanStep.Kind.SAFETY;
        } else if (homework || (track || task) && !done) {
            if (!homework && !track && namesContact(clause, nextContacts)) {
                return null; // "Phone check-in 3/4 at 12:00": a contact, judged as a session
            }
            kind = PlanStep.Kind.HOMEWORK;
        } else {
            return null;
        }
        Span span = new Span(clause.get(0).start(), clause.get(clause.size() - 1).end());
        return new PlanStep(kind, clip(note.text().substring(span.start(), span.end())), keys(note, sentence, clause), List.of());
    }

    /** Inside an open parenthesis on the same line. */
    private static boolean inParentheses(String text, Span span) {
        for (int i = span.start() - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) == ')') {
                return false;
            }
            if (text.charAt(i) == '(') {
                return true;
            }
        }
        return false;
    }

    /** "He states his PCP will refer him ...": someone's account, not the plan (a reporting verb before the cue). */
    private boolean reported(List<Token> clause, Span cue) {
        for (Token t : clause) {
            if (t.start() >= cue.start()) {
                break;
            }
            if (reportingVerbs.contains(SurfaceLexicon.fold(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Not negated, conditional or past by the assertion classifier: "unable to make a referral", "if cravings
     * rise, call her sponsor", "was referred to DBT in 2019" set no step to follow up.
     */
    private static boolean asserted(AnalyzedNote note, Span cue) {
        Assertion a = note.assertion(cue);
        return a != Assertion.NEGATED && a != Assertion.HYPOTHETICAL && a != Assertion.HISTORICAL;
    }

    /** The token after the "to" that follows a commitment word within a few words ("encouraged client to call"); -1. */
    private static int afterTo(List<Token> tokens, int commit) {
        for (int j = commit + 1; j < tokens.size() - 1 && j <= commit + 3; j++) {
            if (SurfaceLexicon.fold(tokens.get(j)).equals("to")) {
                return j + 1;
            }
        }
        return -1;
    }

    private boolean opens(Token t) {
        return cues.wordHas(t, "task") || cues.wordHas(t, "imperative");
    }

    /** "Call the pharmacy", "Client to call ...", "she will track ...", "agreed to bring ...", "plans to attend". */
    private boolean opensWithTask(List<Token> clause) {
        int first = -1;
        for (int i = 0; i < clause.size() && i < 3; i++) {
            if (clause.get(i).isWord() && !clause.get(i).text().chars().allMatch(Character::isDigit)) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return false;
        }
        if (opens(clause.get(first))) {
            return true;
        }
        for (int i = first; i + 1 < clause.size() && i < first + 4; i++) {
            if (clause.get(i).text().equals(":") && opens(clause.get(i + 1))) {
                return true; // "Exposure hierarchy: ride the elevator ..."
            }
        }
        if (first + 2 < clause.size() && planSubjects.contains(SurfaceLexicon.fold(clause.get(first)))
                && !clinicianSubjects.contains(SurfaceLexicon.fold(clause.get(first)))
                && SurfaceLexicon.fold(clause.get(first + 1)).equals("to") && cues.wordHas(clause.get(first + 2), "task")) {
            return true;
        }
        for (int i = 0; i + 1 < clause.size(); i++) {
            String w = SurfaceLexicon.fold(clause.get(i));
            int verb = w.equals("will") ? i + 1 : cues.wordHas(clause.get(i), "commit") ? afterTo(clause, i) : -1;
            // "I will call her with the results", "we will try her on ...": the clinician's own intentions
            boolean clinician = i > 0 && clinicianSubjects.contains(SurfaceLexicon.fold(clause.get(i - 1)));
            if (verb > 0 && verb < clause.size() && !clinician && cues.wordHas(clause.get(verb), "task")) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesContact(List<Token> clause, List<TimeExpression> nextContacts) {
        Span span = new Span(clause.get(0).start(), clause.get(clause.size() - 1).end());
        for (TimeExpression t : nextContacts) {
            if (span.contains(t.span())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The normal forms of the clause's naming words: not generic, not part of a time, not a bare number. A
     * label before a colon counts too ("BA: schedule 1 outing", answered by "BA: add a walk"): the rule
     * would rather stay silent on a shared topic word than miss a follow-up worded differently.
     */
    private Set<String> keys(AnalyzedNote note, Sentence sentence, List<Token> clause) {
        Set<String> out = new TreeSet<>();
        Span span = new Span(clause.get(0).start(), clause.get(clause.size() - 1).end());
        // the times wholly inside the clause: those of its sentence (which holds the clause) inside it
        List<TimeExpression> times = new ArrayList<>();
        for (TimeExpression t : note.timeExpressions(sentence)) {
            if (span.contains(t.span())) {
                times.add(t);
            }
        }
        List<Span> assignment = new ArrayList<>();
        for (SurfaceLexicon.Match m : cues.find(clause)) {
            if (m.is("homework")) {
                assignment.add(m.span()); // "at home", "between sessions": how it is assigned, not what
            } else if (m.is("track") && m.end() - m.first() > 1) {
                // a record with a name of its own ("thought record", "diary card") is named by its head noun:
                // "thought" is in every mental status exam ("thought process linear"). A plain modifier stays
                // a naming word: "slept 6 hours" may well report the "sleep diary", "4 activities" the
                // "activity log"
                assignment.add(new Span(m.span().start(), clause.get(m.end() - 2).end()));
            }
        }
        for (Token t : clause) {
            if (!t.isWord() || inTime(times, t) || !hasLetter(t.text())
                    || assignment.stream().anyMatch(a -> a.contains(t.span()))) {
                continue;
            }
            for (String part : t.text().split("-")) {
                if (part.isEmpty()) {
                    continue;
                }
                String folded = part.toLowerCase(Locale.ROOT);
                boolean acronym = part.length() >= 2 && part.chars().allMatch(Character::isUpperCase);
                if (generic.contains(folded) || part.length() < 3 && !acronym || !hasLetter(part)) {
                    continue;
                }
                out.add(note.tools().normalizer().normalize(part));
            }
        }
        return out;
    }

    private static boolean inTime(List<TimeExpression> times, Token t) {
        for (TimeExpression e : times) {
            if (e.span().overlaps(t.span())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        return s.chars().anyMatch(Character::isLetter);
    }

    /** The clause (between semicolons) of a sentence that holds {@code at}. */
    private static String clauseText(AnalyzedNote note, Sentence sentence, Span at) {
        String text = note.text();
        int start = at.start();
        while (start > sentence.span().start() && text.charAt(start - 1) != ';') {
            start--;
        }
        int end = at.end();
        while (end < sentence.span().end() && text.charAt(end) != ';') {
            end++;
        }
        return clip(text.substring(start, end).strip());
    }

    /**
     * Each run of white space (space, tab, line breaks, form feed, vertical tab) as one space: by hand,
     * as a regex replace compiled a pattern for every plan step.
     */
    private static String singleSpaced(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                b.append(c);
            } else if (!inSpace) {
                b.append(' ');
            }
            inSpace = space;
        }
        return b.toString();
    }

    private static String clip(String s) {
        String t = singleSpaced(s.strip());
        while (!t.isEmpty() && ".,:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.length() <= MAX_WORDS) {
            return t;
        }
        int cut = t.lastIndexOf(' ', MAX_WORDS);
        return t.substring(0, cut > 20 ? cut : MAX_WORDS) + "...";
    }
}
