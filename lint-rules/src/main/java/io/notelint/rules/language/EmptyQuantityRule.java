package io.notelint.rules.language;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An amount with no content: "lots of things", "various issues", "a lot of worry", and list endings
 * that stand in for unnamed items: "etc.", "and so on", "and stuff".
 */
public final class EmptyQuantityRule implements Rule {

    private static final RuleMeta META = RuleMeta.builder("vague-language/empty-quantity", Category.VAGUE_LANGUAGE)
            .appliesToAllKinds()
            .description("Flags vague amounts of unnamed things ('lots of things', 'various issues', 'a lot of "
                    + "worry') and list endings that stand in for items not named ('etc.', 'and so on').")
            .rationale("'A lot of worry' tells the reader neither what the worry is about nor how much there is; "
                    + "'various issues' hides the issues. A count, a frequency, a rating or the named items make the "
                    + "same statement reviewable, and any of them in the same sentence keeps the phrase silent. An "
                    + "empty quantity that is the object of a session activity ('discussed various issues') is left "
                    + "to vague-language/empty-activity, so one phrase is reported once.")
            .reference("NoteLint finding categories, vague-language (empty quantities): docs/categories.md")
            .reference("Illinois Administrative Code 77 IAC 2060.470(e): a description of the actual behavior")
            .option(VagueFilter.IGNORE)
            .message("quantity", "'{phrase}' gives an amount without saying what it is")
            .message("tail", "'{phrase}' stands in for items that are not named")
            .suggestion("quantity", "Name the items or count them, e.g. 'worried about travel costs "
                    + "and her father's drinking on 5 of 7 evenings'.")
            .suggestion("tail", "Name the remaining items, or leave the list as it stands.")
            .bad("quantity", "She reports [[a lot of worry]] about the holidays.")
            .bad("quantity", "Client is dealing with [[various issues]] at home.")
            .bad("quantity", "Client described [[lots of things]] going wrong at work.")
            .bad("tail", "Client worries about money, her car, [[etc.]]")
            .bad("quantity", "He has [[multiple stressors]] right now.")
            .good("She reports a lot of worry about the holidays, rated 7/10 most evenings.")
            .good("Client is dealing with several stressors: eviction notice, her son's suspension.")
            .good("Client and clinician discussed various issues.")
            .good("Client said \"there's just a lot of stuff going on.\"")
            .good("Some anxiety before the exam, as expected.")
            .good("Coping skills practised, e.g. paced breathing, grounding, etc.")
            .good("He had a lot of difficulty recalling the names of his doctors.")
            .build();

    private static final class Lexicon {
        static final PhraseLexicon<String> QUANTITIES = quantities();
        static final PhraseLexicon<String> TAILS = Lexicons.phrases("quantity-tails.tsv");

        /** Every quantifier before every noun it may pair with, as one lexicon matched in one pass. */
        private static PhraseLexicon<String> quantities() {
            Map<String, String> phrases = new LinkedHashMap<>();
            List<String[]> quantifiers = ResourceLines.tsv(EmptyQuantityRule.class, "quantity-quantifiers.tsv", 2);
            for (String[] head : ResourceLines.tsv(EmptyQuantityRule.class, "quantity-heads.tsv", 2)) {
                for (String[] q : quantifiers) {
                    if (head[1].equals("all") || q[1].equals("broad")) {
                        phrases.put(q[0] + " " + head[0], "quantity");
                    }
                }
            }
            return PhraseLexicon.of(phrases, TextToolkit.standard().tokenizer());
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
            List<PhraseLexicon.Match<String>> quantities = Lexicon.QUANTITIES.find(tokens);
            List<PhraseLexicon.Match<String>> tails = Lexicon.TAILS.find(tokens);
            if (quantities.isEmpty() && tails.isEmpty()) {
                continue;
            }
            List<EmptyActivityMatcher.Candidate> activities = quantities.isEmpty()
                    ? List.of() : EmptyActivityMatcher.standard().find(tokens);
            for (PhraseLexicon.Match<String> m : quantities) {
                if (!insideActivity(activities, m.span()) && accept(filter, sentence, tokens, m)) {
                    report(ctx, "quantity", m.span());
                }
            }
            for (PhraseLexicon.Match<String> m : tails) {
                if ((m.value().equals("any") || clauseEnds(tokens, m.endToken())) && accept(filter, sentence, tokens, m)) {
                    report(ctx, "tail", m.span());
                }
            }
        }
    }

    private static boolean accept(VagueFilter filter, Sentence sentence, List<Token> tokens, PhraseLexicon.Match<String> m) {
        return filter.accept(sentence, tokens, m.firstToken(), m.endToken(), m.span());
    }

    /** Each message has the suggestion of the same id. */
    private static void report(RuleContext ctx, String messageId, Span span) {
        ctx.report(Report.of(messageId).at(span).arg("phrase", span.in(ctx.text())).suggest(messageId));
    }

    private static boolean insideActivity(List<EmptyActivityMatcher.Candidate> activities, Span span) {
        for (EmptyActivityMatcher.Candidate c : activities) {
            if (c.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** "and stuff." ends the clause; "and stuff like that" or "and things she enjoys" do not. */
    private static boolean clauseEnds(List<Token> tokens, int end) {
        return end >= tokens.size() || !tokens.get(end).isWord();
    }
}
