package io.notelint.rules.clinical;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.assertion.Assertion;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.Normalizer;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A current overdose (or ingestion of pills) whose intent the note never assesses, or an assault by the
 * client with no assessment of the risk of violence (categories.md, risk-documentation; issue 11). The
 * event itself is not ideation, so {@link UnaddressedRiskRule} does not see it; what a reviewer misses is
 * the question behind it: was it a suicide attempt, and is the client a danger to others? Any suicide or
 * violence risk mention in the note, affirmed or denied ("denies SI", "HI: none"), any documented risk
 * assessment, or an intent statement ("accidental", "not an attempt to harm herself") answers it. Past,
 * negated, hypothetical and other people's events ("her brother died of an overdose") are left alone.
 */
public final class UnassessedRiskEventRule implements Rule {

    static final String ID = "risk-documentation/unassessed-risk-event";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.RISK_DOCUMENTATION)
            .appliesToAllKinds() // an overdose or an assault needs assessing in any document: ER consult, intake, progress note
            .severity(Severity.ERROR)
            .description("An overdose whose intent is never assessed, or an assault by the client with no "
                    + "assessment of the risk of violence.")
            .rationale("SAFE-T asks the clinician to inquire into any suicidal behaviour, its intent and "
                    + "lethality, and the Joint Commission (NPSG 15.01.01) requires a documented risk assessment "
                    + "after a positive screen; an overdose is such a screen whether or not the note calls it an "
                    + "attempt. Likewise a recent assault is the strongest predictor of further violence, and a "
                    + "note that records one without asking about homicidal or violent thoughts leaves the danger "
                    + "to others unassessed. The note answers the question with any suicide or violence inquiry "
                    + "(affirmed or denied), a risk level or instrument, or a statement of intent ('accidental', "
                    + "'to get high').")
            .reference("SAMHSA/SPRC, SAFE-T: Suicide Assessment Five-step Evaluation and Triage (pocket card)")
            .reference("The Joint Commission, NPSG 15.01.01 Reduce the risk for suicide (EP2-EP5), 2019")
            .reference("Douglas KS, et al. HCR-20 V3: Assessing Risk for Violence (past violence as a risk factor)")
            .message("overdose", "'{term}' is documented, but the note never assesses its intent (suicide attempt or "
                    + "not) or the client's current suicide risk")
            .message("assault", "'{term}' is documented, but the note has no assessment of the risk of violence "
                    + "(homicidal or violent thoughts, risk to others)")
            .suggestion("suicideInquiry", "Document the suicide inquiry: whether it was an attempt, the intent and plan, and "
                    + "the current risk level (e.g. C-SSRS), or that it was accidental.")
            .suggestion("violenceRisk", "Document the violence risk assessment: homicidal or violent thoughts, intent, "
                    + "access to weapons, and the risk to others.")
            .good("Brought in after an overdose of 30 sertraline tablets. She states it was a suicide attempt; "
                    + "C-SSRS high risk; admitted to the inpatient unit on one-to-one observation.")
            .good("Took an accidental overdose of insulin after mixing up the pens; labels reviewed with her daughter.")
            .good("History of opioid overdose in 2019; in remission on buprenorphine.")
            .good("Her brother died of an overdose last spring; grief work continues.")
            .good("He was assaulted by a stranger last month and has had nightmares since.")
            .good("Arrested after he assaulted his cousin. Denies homicidal ideation or intent; risk to others "
                    + "judged low.")
            .good("Naloxone kit and overdose education provided.")
            .bad("overdose", "Seen after an [[overdose]] of clonazepam found by her roommate. Medically cleared; follow up in "
                    + "one week.")
            .bad("overdose", "She [[ingested]] twenty tablets of acetaminophen after an argument. N-acetylcysteine started.")
            .bad("assault", "Client was arrested on Saturday after he [[assaulted]] his brother. Worked on anger triggers; "
                    + "next session Friday.")
            .build();

    private static final int PILL_WINDOW = 4;

    /** An event entry: its kind and flags. */
    private record EventTerm(String kind, boolean caseSensitive, boolean pills, boolean agent, boolean surface) {
    }

    private static final class Holder {
        static final PhraseLexicon<EventTerm> EVENTS = PhraseFamilies.load("risk-events.tsv", cols -> new EventTerm(
                cols.length > 0 ? cols[0] : "overdose", flag(cols, "case"), flag(cols, "pills"), flag(cols, "agent"),
                flag(cols, "surface")));
        static final PhraseLexicon<String> ASSESSED = PhraseFamilies.load("risk-event-assessments.tsv",
                cols -> cols.length > 0 ? cols[0] : "overdose");
        static final PhraseLexicon<String> EXCLUSIONS = PhraseFamilies.phrases("risk-event-exclusions.tsv");
        static final Set<String> PILLS = words("risk-event-pill-words.txt");
        static final Map<String, String> VICTIM = victim();

        private static boolean flag(String[] cols, String name) {
            return cols.length > 1 && cols[1].contains(name);
        }

        private static Set<String> words(String resource) {
            java.util.HashSet<String> out = new java.util.HashSet<>();
            for (String[] row : ResourceLines.tsv(UnassessedRiskEventRule.class, resource, 1)) {
                out.add(io.notelint.core.analysis.TextToolkit.standard().normalizer().normalize(row[0]));
            }
            return Set.copyOf(out);
        }

        private static Map<String, String> victim() {
            Map<String, String> out = new HashMap<>();
            for (String[] row : ResourceLines.tsv(UnassessedRiskEventRule.class, "risk-event-victim-words.txt", 2)) {
                out.put(Normalizer.fold(row[0]), row[1]);
            }
            return Map.copyOf(out);
        }
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        AnalyzedNote note = ctx.analysis();
        for (Sentence sentence : note.sentences()) {
            List<Token> tokens = note.tokens(sentence);
            for (PhraseLexicon.Match<EventTerm> m : Holder.EVENTS.find(tokens)) {
                EventTerm term = m.value();
                if (!current(note, tokens, m) || assessed(note, term.kind())) {
                    continue;
                }
                ctx.report(Report.of(term.kind()).at(m.span()).arg("term", m.span().in(note.text()))
                        .suggest(term.kind().equals("overdose") ? "suicideInquiry" : "violenceRisk"));
                return; // one event is enough to ask the question
            }
        }
    }

    /** An event that happened, to the client, by the client, now: not negated, past, hypothetical or another's. */
    private static boolean current(AnalyzedNote note, List<Token> tokens, PhraseLexicon.Match<EventTerm> m) {
        EventTerm term = m.value();
        if (term.caseSensitive() && !PhraseFamilies.caseMatches(m.phrase(), tokens.subList(m.firstToken(), m.endToken()))) {
            return false;
        }
        if (term.surface() && !verbForm(Normalizer.fold(m.span().in(note.text())))) {
            return false;
        }
        if (term.pills() && !pillsFollow(tokens, m.endToken())) {
            return false;
        }
        if (term.agent() && victim(tokens, m)) {
            return false;
        }
        if (Holder.EXCLUSIONS.find(tokens).stream().anyMatch(x -> x.span().overlaps(m.span()))) {
            return false;
        }
        return note.scopedAssertion(m.span()) == Assertion.AFFIRMED;
    }

    /** "assaulted", "assaulting": the verb, not the noun "assault(s)" that normalises alike. */
    private static boolean verbForm(String word) {
        return word.endsWith("ed") || word.endsWith("ing");
    }

    private static boolean pillsFollow(List<Token> tokens, int from) {
        for (int i = from; i < Math.min(tokens.size(), from + PILL_WINDOW); i++) {
            if (Holder.PILLS.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "was assaulted", "sexually assaulted", "assaulted by a stranger": the client is the victim. */
    private static boolean victim(List<Token> tokens, PhraseLexicon.Match<EventTerm> m) {
        for (int i = Math.max(0, m.firstToken() - 2); i < m.firstToken(); i++) {
            if ("before".equals(Holder.VICTIM.get(Normalizer.fold(tokens.get(i).text())))) {
                return true;
            }
        }
        return m.endToken() < tokens.size()
                && "after".equals(Holder.VICTIM.get(Normalizer.fold(tokens.get(m.endToken()).text())));
    }

    /** The note answers the event's question anywhere: a risk mention of any polarity, an assessment, an intent. */
    private static boolean assessed(AnalyzedNote note, String kind) {
        boolean anyMention = RiskMentions.all(note).stream()
                .anyMatch(r -> kind.equals("overdose") ? !r.kind().equals("homicidal") : r.kind().equals("homicidal"));
        if (anyMention || RiskEvidence.assessment(note).isPresent()) {
            return true;
        }
        return Holder.ASSESSED.find(note.tokens()).stream().anyMatch(a -> a.value().equals(kind));
    }
}
