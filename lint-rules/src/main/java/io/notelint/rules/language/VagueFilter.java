package io.notelint.rules.language;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every vague-language rule checks before it reports a candidate, for one note: the words are not
 * quoted client speech, not a phrase the organisation chose to allow, and their sentence carries no
 * evidence ({@link Evidence}). Lives for one check call; asks about each sentence's evidence once.
 */
final class VagueFilter {

    /** The option every vague-language rule accepts. */
    static final OptionSpec IGNORE = OptionSpec.stringList("ignore", List.of(),
            "Phrases never to flag (matched like the rule's own lexicon, inflections included), e.g. [\"good session\"]");

    private final AnalyzedNote note;
    private final Set<String> ignored;

    VagueFilter(RuleContext ctx) {
        this.note = ctx.analysis();
        Set<String> keys = new HashSet<>();
        for (String phrase : ctx.options().stringList(IGNORE.name())) {
            keys.add(Lexicons.key(phrase));
        }
        this.ignored = keys;
    }

    /** True when the words {@code tokens[from, to)} of {@code sentence}, covering {@code span}, should be reported. */
    boolean accept(Sentence sentence, List<Token> tokens, int from, int to, Span span) {
        if (quoted(span) || !ignored.isEmpty() && ignored.contains(Lexicons.key(tokens, from, to))) {
            return false;
        }
        if (Headings.inHeading(note.text(), span) || Informants.standard().reportedByOther(tokens, from)
                || Informants.standard().describesTestResult(note, sentence, tokens, from)) {
            return false; // a section title, what an informant said, or how a test came out
        }
        return !Evidence.standard().present(note, sentence, span) && !Evidence.listParticulars(tokens, from, to);
    }

    private boolean quoted(Span span) {
        for (Span q : note.quotes()) {
            if (q.overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
