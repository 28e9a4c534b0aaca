package io.notelint.core.assertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.text.Tokenizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading the trigger file: expansion, merging, and the checks that make a bad row fail at start-up. */
class TriggerFileTest {

    private final Tokenizer tokenizer = TextToolkit.standard().tokenizer();

    private TriggerFile load(String resource) {
        return TriggerFile.load(TriggerFileTest.class, resource, tokenizer);
    }

    private List<Token> view(TriggerFile f, String text) {
        return f.forms().view(tokenizer.tokenize(text, new Span(0, text.length())));
    }

    @Test
    void theShippedFileLoads() {
        TriggerFile f = TriggerFile.load(AssertionClassifier.class, AssertionClassifier.TRIGGERS, tokenizer);
        assertThat(f.lexicon().size()).isGreaterThan(500);
        assertThat(f.followers()).contains("by", "and");
        assertThat(f.objectMarkers()).containsKey(Assertion.OTHER_PERSON);
    }

    @Test
    void expandsMacrosAndMergesEffectsOfPhrasesThatReadAlike() {
        TriggerFile f = load("triggers-valid.tsv");
        List<PhraseLexicon.Match<Trigger>> never = f.lexicon().find(view(f, "never"));
        assertThat(never).hasSize(1);
        // "denied" normalises like "deny"/"denies"; "since" carries two terminators from two rows
        assertThat(f.lexicon().find(view(f, "denied"))).hasSize(1);
        Trigger since = f.lexicon().find(view(f, "since")).get(0).value();
        assertThat(since.effects()).extracting(Trigger.Effect::category)
                .containsExactlyInAnyOrder(Assertion.HISTORICAL, Assertion.HYPOTHETICAL);
        assertThat(f.followers()).containsExactly("by");
        assertThat(f.determiners()).containsExactly("her");
        assertThat(f.objectMarkers()).isEqualTo(Map.of(Assertion.OTHER_PERSON, java.util.Set.of("with")));
    }

    @Test
    void exactWordsAreNotConfusedWithWhatNormalisesLikeThem() {
        TriggerFile f = load("triggers-valid.tsv");
        assertThat(f.lexicon().find(view(f, "not"))).hasSize(1);
        assertThat(f.lexicon().find(view(f, "noted"))).isEmpty();
        assertThat(f.lexicon().find(view(f, "notes"))).isEmpty();
    }

    @Test
    void numbersAndYearsReadAsPlaceholders() {
        TriggerFile f = load("triggers-valid.tsv");
        assertThat(view(f, "in 2018 x12 3")).extracting(Token::norm)
                .containsExactly("in", MatchForms.YEAR, "x12", MatchForms.NUMBER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "triggers-bad-role.tsv        | content line 1: unknown role 'sideways'",
            "triggers-bad-category.tsv    | content line 1: unknown category 'negative'",
            "triggers-no-direction.tsv    | content line 1: a trigger needs a category and a direction",
            "triggers-weak-negation.tsv   | content line 1: only hypothetical triggers can be weak",
            "triggers-hiding.tsv          | 'no longer present' hides the forward trigger 'no'",
            "triggers-contradiction.tsv   | 'not only' is both a trigger and a pseudo-trigger",
            "triggers-macro-twice.tsv     | content line 2: macro @A defined twice",
            "triggers-unknown-macro.tsv   | content line 1: unknown macro @MISSING",
            "triggers-follower-phrase.tsv | content line 1: a follower entry must be one word",
    })
    void aBadRowFailsAtLoadWithItsLine(String resource, String message) {
        assertThatThrownBy(() -> load(resource))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(message);
    }

    @Test
    void expanderHandlesNestingOptionalGroupsAndMacros() {
        Map<String, List<String>> macros = new java.util.HashMap<>();
        PhraseExpander e = new PhraseExpander(macros);
        macros.put("BE", e.expandAlternatives("is|was {not|}"));
        assertThat(e.expand("{no|without} {sign|signs} of")).containsExactly(
                "no sign of", "no signs of", "without sign of", "without signs of");
        assertThat(e.expand("SI {@BE|}  denied")).containsExactly(
                "SI is denied", "SI was not denied", "SI was denied", "SI denied");
        assertThat(e.expand("{a|{b|c} d}")).containsExactly("a", "b d", "c d");
        assertThatThrownBy(() -> e.expand("{open")).isInstanceOf(IllegalArgumentException.class);
    }
}
