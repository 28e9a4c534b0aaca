package io.notelint.rules.clinical;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.assertion.Assertion;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.text.Normalizer;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the affirmed, current mentions of suicidal ideation, self-harm and thoughts of harming others in
 * a note. Candidate phrases come from risk-mentions.tsv, minus those inside a non-risk phrase
 * (risk-mention-exclusions.tsv: "suicide prevention lifeline", "cutting back") and uses of "cutting"
 * without a self-harm object. Polarity comes from the shared assertion classifier
 * ({@link AnalyzedNote#assertion}); on top of it sit two guards that only make sense for risk wording
 * and so live here, not in the classifier:
 * <ul>
 *   <li>field notation, where the answer follows the term: "SI/HI: denied", "SI - none", "HI negative";</li>
 *   <li>inquiry wording, where the term is what was asked about: "screened for SI", "asked about HI".</li>
 * </ul>
 * Both guards can only turn a mention off, never on: they cost recall at worst, not precision. One
 * narrow correction goes the other way: first-person words in quotation marks, in a sentence whose
 * subject is the client ("Client told her mother "I want to die""), are the client's own words even
 * when another person is named as the listener.
 */
final class RiskMentions {

    /** Words that answer a risk question in the negative when they follow the term. */
    private static final Set<String> ANSWER_NO = normalised("deny", "denies", "denied", "no", "none", "negative",
            "neg", "absent", "nil", "not", "resolved", "remitted");

    /**
     * What may follow a negative answer that still closes the field ("SI: denied by client", "HI: none
     * reported today"). Anything else makes the word the start of a new phrase: "passive SI, no plan or
     * intent" and "urges to cut, no cutting this week" affirm the ideation and the urges.
     */
    private static final Set<String> ANSWER_FOLLOWERS = normalised("by", "at", "this", "today", "currently", "per",
            "reported", "endorsed", "noted", "elicited", "present", "on", "during", "in", "and", "or", "for", "when",
            "upon", "with", "all", "both", "either", "to", "time", "session",
            // the answer restates the question: "Suicidal ideation: Patient denies any current suicidal ideation"
            "any", "current", "active", "recent", "such", "suicidal", "homicidal", "ideation", "ideations",
            "thoughts", "thought", "SI", "HI");

    /** Words allowed between a term and its answer: list joiners, copulas, punctuation of field notation. */
    private static final Set<String> BETWEEN = normalised("/", ",", ":", "-", "=", "and", "or", "&", "be", "(", ")",
            "current", "currently", "active", "passive", "ideation", "thought", "client", "patient", "pt", "she", "he",
            "they", "any");

    /** How many tokens the field-notation guard looks past the term. */
    private static final int ANSWER_WINDOW = 8;

    private static final class Holder {
        static final PhraseLexicon<RiskTerm> MENTIONS = PhraseFamilies.load("risk-mentions.tsv",
                cols -> new RiskTerm(cols.length > 0 ? cols[0] : "suicidal", cols.length > 1 && cols[1].contains("case"),
                        cols.length > 1 && cols[1].contains("surface"), cols.length > 1 && cols[1].contains("object")));
        static final PhraseLexicon<String> EXCLUSIONS = PhraseFamilies.phrases("risk-mention-exclusions.tsv");
        static final PhraseLexicon<String> INQUIRY = PhraseFamilies.phrases("risk-inquiry-cues.tsv");
        static final Map<String, String> CUTTING_CONTEXT = cuttingContext();
        static final PhraseLexicon<String> RESOLUTION = PhraseFamilies.load("risk-resolution-cues.tsv",
                cols -> cols.length > 0 ? cols[0] : "resolved");
        static final PhraseLexicon<String> PAST = PhraseFamilies.phrases("risk-past-markers.tsv");

        private static Map<String, String> cuttingContext() {
            Map<String, String> out = new HashMap<>();
            for (String[] row : ResourceLines.tsv(RiskMentions.class, "cutting-context.tsv", 2)) {
                out.put(Normalizer.fold(row[0]), row[1]);
            }
            return Map.copyOf(out);
        }
    }

    /**
     * A lexicon entry's value: its kind, whether abbreviations must keep their case, whether only the exact
     * words count, and whether the words after it must fit self-harm (cutting-context.tsv).
     */
    record RiskTerm(String kind, boolean caseSensitive, boolean surface, boolean objectCheck) {
    }

    private RiskMentions() {
    }

    /** Word lists are compared with tokens' normal forms, so they are normalised the same way ("none" -> "non"). */
    private static Set<String> normalised(String... words) {
        Normalizer n = TextToolkit.standard().normalizer();
        return Arrays.stream(words).map(n::normalize).collect(Collectors.toUnmodifiableSet());
    }

    /** Every mention in the note, whatever its polarity, in text order. */
    static List<RiskMention> all(AnalyzedNote note) {
        List<RiskMention> out = new ArrayList<>();
        for (Sentence sentence : note.sentences()) {
            out.addAll(inSentence(note, note.tokens(sentence)));
        }
        return out;
    }

    /** The mentions the note affirms as current facts about the client. */
    static List<RiskMention> affirmed(AnalyzedNote note) {
        List<Placed> placed = new ArrayList<>();
        for (Sentence sentence : note.sentences()) {
            List<Token> tokens = note.tokens(sentence);
            for (RiskMention m : inSentence(note, tokens)) {
                Assertion a = note.scopedAssertion(m.span());
                if (a == Assertion.OTHER_PERSON && QuotedClientSpeech.isClientQuote(note, sentence, m.span())) {
                    a = Assertion.AFFIRMED;
                }
                boolean current = a == Assertion.AFFIRMED && !answeredNo(tokens, m) && !asked(tokens, m);
                placed.add(new Placed(m, tokens, current, a == Assertion.NEGATED || a == Assertion.HISTORICAL
                        || a == Assertion.AFFIRMED && answeredNo(tokens, m)));
            }
        }
        List<RiskMention> out = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            if (p.current() && !resolved(placed, i)) {
                out.add(p.mention());
            }
        }
        return out;
    }

    /** A mention with its sentence's tokens and polarity: current (affirmed) or denied (negated, past). */
    private record Placed(RiskMention mention, List<Token> tokens, boolean current, boolean denied) {
    }

    /**
     * Past or resolved rather than current (issue 11): a resolution cue after the mention in its own
     * sentence ("SI at admission, which resolved by day 3"); or a later denied mention of the same kind
     * whose sentence says it is over ("no longer suicidal", "none since admission"); or, when the mention
     * is marked past ("prior to admission", "two weeks ago"), a later denial that is current ("Today he
     * denies SI", "without suicidal ideation at present").
     */
    private static boolean resolved(List<Placed> placed, int index) {
        Placed p = placed.get(index);
        RiskMention m = p.mention();
        int after = indexAfter(p.tokens(), m);
        for (PhraseLexicon.Match<String> cue : Holder.RESOLUTION.find(p.tokens())) {
            if (cue.firstToken() >= after && cue.value().equals("resolved")) {
                return true;
            }
        }
        boolean past = !Holder.PAST.find(p.tokens()).isEmpty();
        for (int j = index + 1; j < placed.size(); j++) {
            Placed later = placed.get(j);
            if (!later.denied() || !later.mention().kind().equals(m.kind())) {
                continue;
            }
            for (PhraseLexicon.Match<String> cue : Holder.RESOLUTION.find(later.tokens())) {
                if (cue.value().equals("resolved") || past) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<RiskMention> inSentence(AnalyzedNote note, List<Token> tokens) {
        List<RiskMention> out = new ArrayList<>();
        List<PhraseLexicon.Match<String>> excluded = Holder.EXCLUSIONS.find(tokens);
        for (PhraseLexicon.Match<RiskTerm> m : Holder.MENTIONS.find(tokens)) {
            if (m.value().caseSensitive() && !PhraseFamilies.caseMatches(m.phrase(), tokens.subList(m.firstToken(), m.endToken()))) {
                continue;
            }
            if (m.value().surface() && !Normalizer.fold(m.span().in(note.text())).equals(Normalizer.fold(m.phrase()))) {
                continue;
            }
            if (m.value().objectCheck() && !selfHarmObject(tokens, m.endToken())) {
                continue;
            }
            if (excluded.stream().anyMatch(x -> x.span().overlaps(m.span()))) {
                continue;
            }
            out.add(new RiskMention(m.span(), m.span().in(note.text()), m.value().kind()));
        }
        return out;
    }

    /**
     * What follows a verb like "cutting" fits self-harm: end of sentence, punctuation, a follower word
     * ("on", "again", "behaviors"), or a possessive and a body part ("her thighs"). "cutting her hours",
     * "cutting carbs" do not.
     */
    private static boolean selfHarmObject(List<Token> tokens, int next) {
        if (next >= tokens.size() || !tokens.get(next).isWord()) {
            return true;
        }
        String w = Normalizer.fold(tokens.get(next).text());
        String role = Holder.CUTTING_CONTEXT.get(w);
        if ("follower".equals(role)) {
            return true;
        }
        if ("possessive".equals(role) && next + 1 < tokens.size()) {
            return "body".equals(Holder.CUTTING_CONTEXT.get(Normalizer.fold(tokens.get(next + 1).text())));
        }
        return false;
    }

    /** Field notation: the term, then joiners and other terms, then a negative answer ("SI/HI: denied"). */
    private static boolean answeredNo(List<Token> tokens, RiskMention m) {
        int i = indexAfter(tokens, m);
        int limit = Math.min(tokens.size(), i + ANSWER_WINDOW);
        for (; i < limit; i++) {
            Token t = tokens.get(i);
            if (ANSWER_NO.contains(t.norm())) {
                if (i + 1 >= tokens.size()) {
                    return true;
                }
                Token next = tokens.get(i + 1);
                return !next.isWord() || ANSWER_FOLLOWERS.contains(next.norm());
            }
            boolean riskAbbreviation = t.text().equals("SI") || t.text().equals("HI") || t.text().equals("AVH")
                    || t.text().equals("SIB") || t.text().equals("NSSI");
            if (!BETWEEN.contains(t.norm()) && !riskAbbreviation && !t.norm().startsWith("self-")
                    && !t.norm().startsWith("suicid") && !t.norm().startsWith("homicid")) {
                return false;
            }
        }
        return false;
    }

    /** Inquiry wording just before the term, allowing a list of other terms in between ("screened for SI, HI"). */
    private static boolean asked(List<Token> tokens, RiskMention m) {
        int first = indexOf(tokens, m);
        for (int start = Math.max(0, first - 8); start < first; start++) {
            PhraseLexicon.Match<String> cue = Holder.INQUIRY.longestAt(tokens, start);
            if (cue == null) {
                continue;
            }
            boolean onlyJoiners = true;
            for (int j = cue.endToken(); j < first; j++) {
                Token t = tokens.get(j);
                if (!BETWEEN.contains(t.norm()) && !Holder.MENTIONS.any(tokens.subList(j, j + 1))
                        && !t.text().equals("AVH")) {
                    onlyJoiners = false;
                    break;
                }
            }
            if (onlyJoiners) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<Token> tokens, RiskMention m) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= m.span().start()) {
                return i;
            }
        }
        return tokens.size();
    }

    private static int indexAfter(List<Token> tokens, RiskMention m) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= m.span().end()) {
                return i;
            }
        }
        return tokens.size();
    }
}
