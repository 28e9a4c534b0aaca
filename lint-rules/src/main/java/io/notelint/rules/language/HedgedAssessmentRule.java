package io.notelint.rules.language;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * A non-committal qualifier on an assessment: "somewhat better", "kind of anxious", "a little off".
 * The assessment word alone ("anxious") is a clinical observation and never flagged; the hedge is.
 */
public final class HedgedAssessmentRule implements Rule {

    private static final RuleMeta META = RuleMeta.builder("vague-language/hedged-assessment", Category.VAGUE_LANGUAGE)
            .appliesToAllKinds()
            .description("Flags non-committal qualifiers on an assessment, such as 'somewhat better', 'kind of "
                    + "anxious', 'sort of anxious' or 'a little off'.")
            .rationale("A hedge tells the reader the writer is unsure without saying what was seen. Texas 22 TAC "
                    + "465.22(a)(3) asks that impressions be labelled as such, and documentation guides (Mitchell, ACA) "
                    + "discourage stacked qualifiers. Clinical severity grades ('slightly rapid speech', 'mildly "
                    + "anxious') are measurements, not hedges, and are left alone ('slightly better' is a hedge), "
                    + "as are 'kind of' and 'sort of' "
                    + "after a determiner ('what kind of job'). Evidence in the same sentence (a score, a frequency, a "
                    + "quote, an example) keeps the phrase silent.")
            .reference("Texas Administrative Code 22 TAC 465.22(a)(3): impressions and tentative conclusions identified as such")
            .reference("Saylor Academy technical writing: qualifiers (kind of, sort of, somewhat, rather, relatively)")
            .reference("NoteLint finding categories, vague-language: docs/categories.md")
            .option(VagueFilter.IGNORE)
            .message("hedge", "'{phrase}' hedges an assessment instead of stating what was observed")
            .suggestion("hedge", "State what was observed or measured instead (e.g. 'GAD-7 12, down from 15', "
                                    + "'worried about the visit most evenings'), or drop the qualifier if the judgement is firm.")
            .bad("A: Client is [[sort of anxious]] about family visits.")
            .bad("Mood [[somewhat better]] this week.")
            .bad("Client seems [[a little off]] today.")
            .bad("She was [[kind of irritable]] and [[a bit down]].")
            .bad("Affect [[fairly flat]].")
            .bad("Mood [[slightly better]] since the last visit.")
            .good("O: Speech slightly rapid, affect mildly anxious.")
            .good("What kind of job she wants is still unclear.")
            .good("Mood somewhat better: PHQ-9 14, down from 19.")
            .good("She slept a little on the bus.")
            .good("Client chose a relatively new job close to home.")
            .good("Client prefers walking rather than driving.")
            .good("Client said \"I'm kind of anxious about it.\"")
            .good("Mood: somewhat anxious. Affect: congruent, full range.")
            .good("She was a little somnolent after the injection but answered every question.")
            .good("Serial sevens performed fairly well.")
            .good("Creatinine 1.3, BUN 32. This is fairly stable for her.")
            .good("After the fusion he did fairly well and was able to walk a mile.")
            .build();

    private static final Set<String> DETERMINERS = Lexicons.wordList(
            "a|an|the|this|that|what|which|any|some|no|every|each|one|same|another|these|those|his|her|my|our|"
                    + "their|its|your|all");
    private static final Set<String> COMPARATIVE = Lexicons.wordList("more|less");
    private static final String THAN = Lexicons.normalizer().normalize("than");

    private static final class Lexicon {
        static final PhraseLexicon<String> QUALIFIERS = Lexicons.phrases("hedge-qualifiers.tsv");
        static final Set<String> ASSESSMENTS = Lexicons.words("assessment-words.txt");
        static final Set<String> CHANGE = Lexicons.words("assessment-comparatives.txt");
        static final java.util.Map<String, String> EXAM = exam();

        private static java.util.Map<String, String> exam() {
            java.util.Map<String, String> out = new java.util.HashMap<>();
            for (String[] row : io.notelint.core.text.ResourceLines.tsv(HedgedAssessmentRule.class, "exam-descriptors.tsv", 2)) {
                out.put(Lexicons.normalizer().normalize(row[0]), row[1]);
            }
            return java.util.Map.copyOf(out);
        }
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        AnalyzedNote note = ctx.analysis();
        VagueFilter filter = new VagueFilter(ctx);
        for (Sentence sentence : note.sentences()) {
            List<Token> tokens = note.tokens(sentence);
            for (PhraseLexicon.Match<String> q : Lexicon.QUALIFIERS.find(tokens)) {
                int word = assessedWord(note, sentence, tokens, q);
                if (word < 0) {
                    continue;
                }
                Span span = new Span(q.span().start(), tokens.get(word).end());
                if (ClientReference.standard().before(tokens, q.firstToken()) == ClientReference.Who.OTHER
                        || examFinding(note, tokens.get(word), span)
                        || !filter.accept(sentence, tokens, q.firstToken(), word + 1, span)) {
                    continue;
                }
                ctx.report(Report.of("hedge").at(span).arg("phrase", span.in(note.text()))
                        .suggest("hedge"));
            }
        }
    }

    /**
     * A graded examination finding rather than a hedge: the qualified word is an examination sign ("a
     * little somnolent", "somewhat distended") or it fills an examination field ("Mood: somewhat
     * anxious", "Abdomen: somewhat distended").
     */
    private static boolean examFinding(AnalyzedNote note, Token word, Span span) {
        if ("sign".equals(Lexicon.EXAM.get(word.norm()))) {
            return true;
        }
        String label = Headings.fieldLabel(note.text(), span);
        if (label.isEmpty()) {
            return false;
        }
        String first = label.split("[^\\p{L}]+")[0];
        return "field".equals(Lexicon.EXAM.get(Lexicons.normalizer().normalize(first)));
    }

    /** The index of the assessment word the qualifier bears on, or -1 when it bears on none. */
    private static int assessedWord(AnalyzedNote note, Sentence sentence, List<Token> tokens, PhraseLexicon.Match<String> q) {
        int first = q.firstToken();
        if (q.value().equals("noun") && first > 0 && DETERMINERS.contains(tokens.get(first - 1).norm())) {
            return -1; // "what kind of job", "a sort of relief"
        }
        int n = q.endToken();
        if (q.value().equals("comparative") && (n >= tokens.size() || !Lexicon.CHANGE.contains(tokens.get(n).norm()))) {
            return -1; // "slightly rapid speech" is a severity grade; "slightly better" is a hedge
        }
        if (n < tokens.size() && COMPARATIVE.contains(tokens.get(n).norm())) {
            n++; // "somewhat more anxious"
        }
        if (n >= tokens.size() || !tokens.get(n).isWord() || tokens.get(n).norm().equals(THAN)) {
            return -1;
        }
        if (Lexicon.ASSESSMENTS.contains(tokens.get(n).norm())) {
            return n;
        }
        return predicativeAdjective(note, sentence, tokens.get(n)) ? n : -1;
    }

    /** The tagger calls the word an adjective that does not modify a following noun ("a relatively new job"). */
    private static boolean predicativeAdjective(AnalyzedNote note, Sentence sentence, Token word) {
        if (PartOfSpeech.functionWord(word) || !PartOfSpeech.tag(note, sentence, word).equals("ADJ")) {
            return false;
        }
        String next = PartOfSpeech.nextTag(note, sentence, word);
        return !next.equals("NOUN") && !next.equals("PROPN");
    }
}
