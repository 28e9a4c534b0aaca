package io.notelint.rules.language;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.List;

/**
 * An activity verb whose object names no content: "discussed issues", "talked about things",
 * "processed feelings", "worked on stuff", "issues were discussed", "provided support".
 */
public final class EmptyActivityRule implements Rule {

    private static final OptionSpec USE_POS = OptionSpec.bool("usePosTags", true,
            "Confirm candidates with part-of-speech tags (skips compounds such as 'explored life goals'); "
                    + "false is faster and slightly less precise");

    private static final RuleMeta META = RuleMeta.builder("vague-language/empty-activity", Category.VAGUE_LANGUAGE)
            .appliesToAllKinds()
            .description("Flags a session activity whose object is empty, such as 'discussed issues', 'talked about "
                    + "things', 'processed feelings', 'addressed concerns' or 'provided support'.")
            .rationale("Payers and auditors look for the specific intervention and its target in every note (OIG found "
                    + "'therapeutic maneuvers not specified'; Colorado's audit tool item D4 asks for skilled "
                    + "interventions). 'Discussed issues' says that talking happened, not what was addressed or how. "
                    + "Verbs and empty nouns are matched on normal forms, so 'talking about things' and 'issues were "
                    + "discussed' are found; a specific object ('discussed her sleep schedule'), a named feeling "
                    + "('feelings of guilt'), a compound ('explored life goals'), a named technique in the same "
                    + "sentence ('using the downward arrow'), or evidence there (a number, frequency, quote, example, "
                    + "or a colon with the particulars) keeps it silent; a modality label alone ('used CBT') does not.")
            .reference("OIG A-02-18-01010 (2020), On-Site Psychological Services: therapeutic maneuvers not specified")
            .reference("research/domain.md 3.1 and Appendix A1: activity verbs that are not interventions by themselves")
            .reference("NoteLint finding categories, vague-language: docs/categories.md")
            .option(VagueFilter.IGNORE)
            .option(USE_POS)
            .message("topic", "'{phrase}' names an activity but not what it was about")
            .message("support", "'{phrase}' names support but not the technique or what it targeted")
            .suggestion("support", "Name the technique and its target, e.g. 'reflected her fear of losing custody; she named two "
                    + "people she can call'.")
            .suggestion("topic", "Name the topic and what was done with it, e.g. 'reviewed her thought record about Tuesday's argument; "
                    + "identified all-or-nothing thinking'.")
            .bad("topic", "[[Talked about issues]] at school.")
            .bad("topic", "Client and clinician [[discussed her various family issues]].")
            .bad("topic", "[[Processed feelings]] about the move.")
            .bad("topic", "[[Issues were discussed]] and [[concerns were addressed]].")
            .bad("topic", "Therapist [[worked on stuff]] with client.")
            .bad("support", "Therapist [[provided support]].")
            .bad("topic", "Plan: continue [[talking about things]] at home.")
            .good("Discussed her sleep schedule and set a fixed wake time.")
            .good("Explored feelings of guilt about missing her daughter's recital.")
            .good("Explored life goals for the next five years.")
            .good("Discussed stressors: rent increase, her sister's illness and a new supervisor.")
            .good("Discussed issues at school, e.g. two detentions for lateness.")
            .good("Client said \"we talked about things I never told anyone.\"")
            .good("The process concerns her.")
            .good("Explored her thoughts about the move using the downward arrow technique.")
            .good("Addressed her concern that sertraline is causing nausea; advised taking it with food.")
            .bad("topic", "[[Worked on emotion regulation]].")
            .bad("topic", "Will continue to [[work on goals]].")
            .good("Worked on emotion regulation: named three urges and rated each before and after paced breathing.")
            .build();

    private static final class Lexicon {
        static final PhraseLexicon<String> TECHNIQUES = Lexicons.phrases("activity-techniques.txt");
        static final PhraseLexicon<String> BARE_VERBS = Lexicons.phrases("activity-bare-verbs.tsv");
        static final java.util.Set<String> BARE_LEADS = Lexicons.words("activity-bare-leads.txt");
    }

    /** At most this many words of topic after a bare activity verb ("emotion regulation", "her goals"). */
    private static final int BARE_TOPIC_WORDS = 3;

    private static final String OF = Lexicons.normalizer().normalize("of");
    private static final String THAT = Lexicons.normalizer().normalize("that");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        AnalyzedNote note = ctx.analysis();
        VagueFilter filter = new VagueFilter(ctx);
        boolean usePos = ctx.options().bool(USE_POS.name());
        for (Sentence sentence : note.sentences()) {
            List<Token> tokens = note.tokens(sentence);
            boolean reported = false;
            for (EmptyActivityMatcher.Candidate c : EmptyActivityMatcher.standard().find(tokens)) {
                if (namedAfter(tokens, c) || Lexicon.TECHNIQUES.any(tokens)
                        || !filter.accept(sentence, tokens, c.first(), c.end(), c.span())
                        || usePos && compound(note, sentence, tokens, c)) {
                    continue;
                }
                ctx.report(Report.of(c.objectClass()).at(c.span()).arg("phrase", c.span().in(note.text()))
                        .suggest(c.objectClass()));
                reported = true;
            }
            Span bare = bareActivity(tokens);
            if (bare != null && !Lexicon.TECHNIQUES.any(tokens)
                    && filter.accept(sentence, tokens, 0, tokens.size(), bare)
                    && !reported) {
                ctx.report(Report.of("topic").at(bare).arg("phrase", bare.in(note.text())).suggest("topic"));
            }
        }
    }

    /**
     * A sentence that is nothing but an activity and its topic: "Worked on emotion regulation.", "Will
     * continue to work on goals." Only a subject, an auxiliary or "continue to" may come before the verb,
     * and at most three words after it, then the sentence ends. Returns the verb and topic, or null.
     */
    private static Span bareActivity(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            PhraseLexicon.Match<String> verb = Lexicon.BARE_VERBS.longestAt(tokens, i);
            if (verb == null) {
                if (!tokens.get(i).isWord() || !Lexicon.BARE_LEADS.contains(tokens.get(i).norm())) {
                    return null;
                }
                continue;
            }
            int words = 0;
            int last = verb.endToken() - 1;
            for (int j = verb.endToken(); j < tokens.size(); j++) {
                Token t = tokens.get(j);
                if (!t.isWord()) {
                    if (j == tokens.size() - 1 && t.text().equals(".")) {
                        break;
                    }
                    return null;
                }
                if (++words > BARE_TOPIC_WORDS) {
                    return null;
                }
                last = j;
            }
            return words == 0 ? null : new Span(verb.span().start(), tokens.get(last).end());
        }
        return null;
    }

    /**
     * "feelings of guilt", "issues of trust", "her concern that sertraline causes nausea": the 'of'
     * phrase or the content clause names what the object is about.
     */
    private static boolean namedAfter(List<Token> tokens, EmptyActivityMatcher.Candidate c) {
        int next = c.objectLast() + 1;
        if (c.passive() || !c.objectClass().equals("topic") || next >= tokens.size()) {
            return false;
        }
        String word = tokens.get(next).norm();
        return word.equals(OF) || c.contentClause() && word.equals(THAT);
    }

    /** The object noun modifies a following noun ("explored life goals", "reviewed concerns list"). */
    private static boolean compound(AnalyzedNote note, Sentence sentence, List<Token> tokens,
                                    EmptyActivityMatcher.Candidate c) {
        int next = c.objectLast() + 1;
        return !c.passive() && next < tokens.size() && PartOfSpeech.isNoun(note, sentence, tokens.get(next));
    }
}
