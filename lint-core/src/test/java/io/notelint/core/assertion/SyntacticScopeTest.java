package io.notelint.core.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.nlp.DependencyParse.Arc;
import io.notelint.core.nlp.DependencyParse;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parse-based refinement on hand-built parses (the real parser is tested in lint-nlp-corenlp). */
class SyntacticScopeTest {

    private final SyntacticScope scope = SyntacticScope.standard();

    /** Words as "text/UPOS/lemma/governor/relation" (governor -1 for the root), separated by single spaces. */
    private static DependencyParse parse(String sentence, String... words) {
        List<TaggedToken> tokens = new ArrayList<>();
        List<Arc> arcs = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            String[] f = w.split("/");
            int start = sentence.indexOf(f[0], at);
            tokens.add(new TaggedToken(new Span(start, start + f[0].length()), f[0], f[1], f[2]));
            arcs.add(new Arc(Integer.parseInt(f[3]), f[4]));
            at = start + f[0].length();
        }
        return new DependencyParse(tokens, arcs);
    }

    /** A window result: affirmed, or one forward cue of {@code category} on {@code cueText}. */
    private static AssertionResult window(String sentence, Assertion category, String cueText) {
        if (category == Assertion.AFFIRMED) {
            return AssertionResult.affirmed();
        }
        return AssertionResult.of(java.util.Map.of(category,
                new Cue(category, span(sentence, cueText), cueText, false)));
    }

    private Assertion refine(String s, DependencyParse p, Assertion category, String cueText, String term) {
        return scope.refine(window(s, category, cueText), p, span(s, term)).status();
    }

    private static Span span(String sentence, String term) {
        int at = sentence.indexOf(term);
        return new Span(at, at + term.length());
    }

    @Test
    void aCoordinatedVerbEndsTheNegation() {
        String s = "denies SI but reports thoughts";
        DependencyParse p = parse(s, "denies/VERB/deny/-1/root", "SI/PROPN/SI/0/obj", "but/CCONJ/but/3/cc",
                "reports/VERB/report/0/conj", "thoughts/NOUN/thought/3/obj");
        assertThat(refine(s, p, Assertion.NEGATED, "denies", "thoughts")).isEqualTo(Assertion.AFFIRMED);
        assertThat(refine(s, p, Assertion.NEGATED, "denies", "SI")).isEqualTo(Assertion.NEGATED);
    }

    @Test
    void aNegationReachesDownItsPhraseBeyondAWindow() {
        String s = "denied any current or past thoughts of suicide";
        DependencyParse p = parse(s, "denied/VERB/deny/-1/root", "any/DET/any/5/det", "current/ADJ/current/5/amod",
                "or/CCONJ/or/4/cc", "past/ADJ/past/2/conj", "thoughts/NOUN/thought/0/obj", "of/ADP/of/7/case",
                "suicide/NOUN/suicide/5/nmod");
        AssertionResult refined = scope.refine(AssertionResult.affirmed(), p, span(s, "suicide"));
        assertThat(refined.status()).isEqualTo(Assertion.NEGATED);
        assertThat(refined.trigger()).hasValueSatisfying(c -> assertThat(c.phrase()).isEqualTo("denied"));
    }

    @Test
    void aBackwardCueOrAWordTheParseCannotScopeIsLeftAlone() {
        String s = "denies SI but reports thoughts";
        DependencyParse p = parse(s, "denies/VERB/deny/-1/root", "SI/PROPN/SI/0/obj", "but/CCONJ/but/3/cc",
                "reports/VERB/report/0/conj", "thoughts/NOUN/thought/3/obj");
        AssertionResult backward = AssertionResult.of(java.util.Map.of(Assertion.NEGATED,
                new Cue(Assertion.NEGATED, span(s, "denies"), "denies", true)));
        assertThat(scope.refine(backward, p, span(s, "thoughts"))).isSameAs(backward);
        // a cue on "but" holds no negating word the parse can scope
        assertThat(refine(s, p, Assertion.NEGATED, "but", "thoughts")).isEqualTo(Assertion.NEGATED);
    }

    @Test
    void withoutAClauseBoundaryTheWindowStands() {
        // a misparse that puts "harm" outside the phrase of "no" must not lift the negation
        String s = "has no plan to harm herself";
        DependencyParse p = parse(s, "has/VERB/have/-1/root", "no/DET/no/2/det", "plan/NOUN/plan/0/obj",
                "to/PART/to/4/mark", "harm/VERB/harm/0/ccomp", "herself/PRON/herself/4/obj");
        assertThat(refine(s, p, Assertion.NEGATED, "no", "harm")).isEqualTo(Assertion.NEGATED);
    }

    @Test
    void anIfClauseIsHypotheticalAndOtherCuesPassThrough() {
        String s = "if urges return she will call";
        DependencyParse p = parse(s, "if/SCONJ/if/2/mark", "urges/NOUN/urge/2/nsubj", "return/VERB/return/5/advcl",
                "she/PRON/she/5/nsubj", "will/AUX/will/5/aux", "call/VERB/call/-1/root");
        assertThat(refine(s, p, Assertion.AFFIRMED, null, "urges")).isEqualTo(Assertion.HYPOTHETICAL);
        assertThat(refine(s, p, Assertion.AFFIRMED, null, "call")).isEqualTo(Assertion.AFFIRMED);
        // a negation inside the condition stays, and the condition names the status
        AssertionResult both = scope.refine(window(s, Assertion.HISTORICAL, "she"), p, span(s, "urges"));
        assertThat(both.status()).isEqualTo(Assertion.HYPOTHETICAL);
        assertThat(both.has(Assertion.HISTORICAL)).isTrue();
    }
}
