package io.notelint.rules.language;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.assertion.Assertion;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.text.Normalizer;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Token;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Global statements of status, session quality, progress or response with nothing observable behind
 * them: "doing well", "seemed fine", "productive session", "made some progress", "responded well".
 */
public final class VagueStatusRule implements Rule {

    private static final RuleMeta META = RuleMeta.builder("vague-language/vague-status", Category.VAGUE_LANGUAGE)
            .appliesToAllKinds()
            .description("Flags global judgements of status, session quality, progress or response that carry no "
                    + "observable detail, such as 'doing well', 'seemed fine', 'productive session' or 'made some progress'.")
            .rationale("A reviewer cannot tell from 'doing well' what changed, by how much, or how the clinician knows. "
                    + "Illinois 77 IAC 2060.470(e) requires that a subjective interpretation of progress include a "
                    + "description of the actual behavior, and auditors deny medical necessity when progress is asserted "
                    + "without evidence. The phrase is left alone when its sentence carries the evidence: a number or "
                    + "score, a frequency, the client's quoted words, an example ('as evidenced by', 'e.g.', 'such as') "
                    + "or a colon followed by the particulars. Statements about other people ('her son is doing well') "
                    + "and hopes ('wants to do well') are not status reports and are skipped; 'not doing well' is as "
                    + "vague as 'doing well' and is flagged.")
            .reference("Illinois Administrative Code 77 IAC 2060.470(e), progress notes: "
                    + "https://www.ilga.gov/commission/jcar/admincode/077/077020600D04700R.html")
            .reference("Mitchell, R. Documentation in Counseling Records (ACA Legal Series): labels need a "
                    + "behavioral description")
            .reference("NoteLint finding categories, vague-language: docs/categories.md")
            .option(VagueFilter.IGNORE)
            .message("status", "'{phrase}' states a judgement without observable detail")
            .message("session", "'{phrase}' rates the session without saying what happened in it")
            .message("progress", "'{phrase}' claims progress without the measure behind it")
            .message("response", "'{phrase}' describes the client's response without what the client said or did")
            // one suggestion per kind (the kind column of vague-status.tsv), as for messages
            .suggestion("status", "Describe what was observed or reported: sleep hours, mood rating, functioning, or the client's own words.")
            .suggestion("session", "Say what was done in the session and how the client responded (e.g. 'completed a thought record; "
                    + "belief in the thought fell from 80% to 40%').")
            .suggestion("progress", "Give the evidence of change: a score (PHQ-9 18 -> 12), a frequency (panic attacks 3/week -> 1/week) "
                    + "or the goal step met.")
            .suggestion("response", "Describe the response: what the client said or did, or a rating before and after the intervention.")
            .bad("response", "Client reports [[doing fine]].")
            .bad("status", "Client [[seemed okay]] today.")
            .bad("session", "[[Productive session]].")
            .bad("progress", "A: Client [[continues to do good work]].")
            .bad("response", "Client [[responded well]] to the intervention.")
            .bad("response", "Client is not [[doing well]] this week.")
            .bad("progress", "Client [[made some progress]] toward her goals.")
            .bad("status", "S: Client said she had a [[good week]] and [[is fine]].")
            .bad("response", "R: [[Tolerated the session well]].")
            .good("Client reports doing well: sleeping 7 hours nightly and back at work 3 days a week.")
            .good("Client feels better, for example she cooked dinner and went to a movie with her sister.")
            .good("Mood improved: PHQ-9 12, down from 18.")
            .good("Her son is doing well in school.")
            .good("Client said \"I'm doing fine, really.\"")
            .good("Client hopes to do well at her new job.")
            .good("O: Appeared well groomed, on time, speech normal.")
            .good("Client feels good about her decision to return to school.")
            .good("Attentive, engaged, affect euthymic.")
            .bad("progress", "Goal 2 (saying no at work): [[progress emerging]].")
            .bad("progress", "Client continues to show [[good evolution]].")
            .bad("progress", "Based on today's session, it is clear that Dana has [[made significant progress]] in managing her mood.")
            .bad("progress", "Her [[progress thus far is promising]], and further sessions will target sleep and appetite.")
            .good("Her mother states she is doing well at home.")
            .good("The teacher reports he has been doing much better in class.")
            .good("Pt is calm, cooperative, in no acute distress and looks well.")
            .good("INDIVIDUAL THERAPY PROGRESS NOTE\nClient rated mood 6/10 and slept 7 hours.")
            .build();

    /** Words that make what follows a hope, goal or condition rather than a report of status. */
    private static final Set<String> IRREALIS = Lexicons.wordList(
            "will|would|could|should|may|might|can|if|hope|hopes|hoping|want|wants|wanted|wish|wishes|expect|expects|goal");
    private static final int IRREALIS_WINDOW = 3;
    private static final String TO = Lexicons.normalizer().normalize("to");
    private static final Set<String> PERCEPTION = Lexicons.wordList("seem|seems|appear|appears|look|looks|continue|continues");
    /** Participles without -ed that follow 'well' in appearance descriptions ("well kempt", "well put together"). */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("kempt", "put", "kept", "spoken", "known", "built");
    /** A status phrase: its kind (status, session, progress, response) and context conditions. */
    private record StatusPhrase(String kind, List<LexiconCondition> conditions) {
        static StatusPhrase of(String[] cols) {
            List<LexiconCondition> conditions = new java.util.ArrayList<>();
            if (cols.length > 1) {
                for (String spec : cols[1].trim().split("\\s+")) {
                    if (!spec.isEmpty()) {
                        conditions.add(LexiconCondition.parse(spec));
                    }
                }
            }
            return new StatusPhrase(cols[0], List.copyOf(conditions));
        }

        boolean holds(List<Token> tokens, int first, int end) {
            return conditions.stream().allMatch(c -> c.holds(tokens, first, end));
        }
    }

    private static final class Lexicon {
        static final PhraseLexicon<StatusPhrase> STATUS = load();

        /** The listed phrases, and each two-word status phrase with an intensifier inside ("doing much better"). */
        private static PhraseLexicon<StatusPhrase> load() {
            Map<String, StatusPhrase> phrases = new LinkedHashMap<>();
            List<String[]> intensifiers = ResourceLines.tsv(VagueStatusRule.class, "status-intensifiers.txt", 1);
            for (String[] row : ResourceLines.tsv(VagueStatusRule.class, "vague-status.tsv", 2)) {
                StatusPhrase value = StatusPhrase.of(Arrays.copyOfRange(row, 1, row.length));
                phrases.put(row[0], value);
                String[] words = row[0].split(" ");
                if (words.length == 2 && value.kind().equals("status")) {
                    for (String[] intensifier : intensifiers) {
                        phrases.putIfAbsent(words[0] + " " + intensifier[0] + " " + words[1], value);
                    }
                }
            }
            return PhraseLexicon.of(phrases, TextToolkit.standard().tokenizer());
        }
        static final String WELL = Lexicons.normalizer().normalize("well");
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
            for (PhraseLexicon.Match<StatusPhrase> m : Lexicon.STATUS.find(tokens)) {
                if (irrealis(tokens, m.firstToken()) || !m.value().holds(tokens, m.firstToken(), m.endToken())
                        || ClientReference.standard().before(tokens, m.firstToken()) == ClientReference.Who.OTHER
                        || !filter.accept(sentence, tokens, m.firstToken(), m.endToken(), m.span())
                        || wellPlusParticiple(tokens, m)) {
                    continue;
                }
                Assertion assertion = note.assertion(m.span());
                if (assertion == Assertion.HYPOTHETICAL || assertion == Assertion.OTHER_PERSON) {
                    continue;
                }
                String kind = m.value().kind();
                ctx.report(Report.of(kind).at(m.span()).arg("phrase", m.span().in(note.text()))
                        .suggest(kind));
            }
        }
    }

    private static boolean irrealis(List<Token> tokens, int first) {
        if (first > 0 && tokens.get(first - 1).norm().equals(TO)) {
            // "wants to do well", "hopes to feel better"; but "seems to be fine" reports a status
            return !(first > 1 && PERCEPTION.contains(tokens.get(first - 2).norm()));
        }
        for (int i = Math.max(0, first - IRREALIS_WINDOW); i < first; i++) {
            if (IRREALIS.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "appeared well groomed", "looked well rested": 'well' modifies the next word, it is not a status.
     * Decided from the word's form (a participle), so the tagger is not needed.
     */
    private static boolean wellPlusParticiple(List<Token> tokens, PhraseLexicon.Match<StatusPhrase> m) {
        if (!tokens.get(m.endToken() - 1).norm().equals(Lexicon.WELL) || m.endToken() >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(m.endToken());
        String word = Normalizer.fold(next.text());
        return next.isWord() && !PartOfSpeech.functionWord(next) && (word.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(word));
    }
}
