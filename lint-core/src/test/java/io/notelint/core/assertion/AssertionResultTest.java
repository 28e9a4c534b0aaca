package io.notelint.core.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.text.Span;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssertionResultTest {

    private final AssertionClassifier classifier = TextToolkit.standard().assertions();

    @Test
    void affirmedHasNoCuesAndNoTrigger() {
        AssertionResult r = classifier.assess("Client reports low mood.", "low mood");
        assertThat(r.status()).isEqualTo(Assertion.AFFIRMED);
        assertThat(r.cues()).isEmpty();
        assertThat(r.trigger()).isEmpty();
        assertThat(r.has(Assertion.AFFIRMED)).isTrue();
        assertThat(r.has(Assertion.NEGATED)).isFalse();
    }

    @Test
    void theTriggerExplainsTheStatus() {
        String s = "SI, HI and AVH were denied today.";
        AssertionResult r = classifier.assess(s, "SI");
        assertThat(r.status()).isEqualTo(Assertion.NEGATED);
        Cue cue = r.trigger().orElseThrow();
        assertThat(cue.category()).isEqualTo(Assertion.NEGATED);
        assertThat(cue.backward()).isTrue();
        assertThat(cue.span().in(s)).isEqualTo("denied");
        assertThat(cue.phrase()).isEqualTo("denies");
        assertThat(classifier.assess("Assessed for SI, which she denied.", "SI").trigger()).get()
                .extracting(Cue::phrase).isEqualTo("which she denied");
    }

    @Test
    void everyCategoryThatAppliesIsReportedAndThePriorityPicksTheStatus() {
        AssertionResult r = classifier.assess("No family history of suicide.", "suicide");
        assertThat(r.has(Assertion.NEGATED)).isTrue();
        assertThat(r.has(Assertion.OTHER_PERSON)).isTrue();
        assertThat(r.status()).isEqualTo(Assertion.NEGATED);
        assertThat(r.cue(Assertion.OTHER_PERSON)).get().extracting(Cue::phrase).isEqualTo("family history of");
    }

    @Test
    void priorityIsConditionThenNegationThenPersonThenTime() {
        Map<Assertion, Cue> all = new EnumMap<>(Assertion.class);
        for (Assertion a : AssertionResult.PRIORITY) {
            all.put(a, new Cue(a, new Span(0, 1), "x", false));
        }
        assertThat(AssertionResult.of(all).status()).isEqualTo(Assertion.HYPOTHETICAL);
        all.remove(Assertion.HYPOTHETICAL);
        assertThat(AssertionResult.of(all).status()).isEqualTo(Assertion.NEGATED);
        all.remove(Assertion.NEGATED);
        assertThat(AssertionResult.of(all).status()).isEqualTo(Assertion.OTHER_PERSON);
        all.remove(Assertion.OTHER_PERSON);
        assertThat(AssertionResult.of(all).status()).isEqualTo(Assertion.HISTORICAL);
        all.clear();
        assertThat(AssertionResult.of(all)).isSameAs(AssertionResult.affirmed());
    }

    @Test
    void statusIdsAreTheCommandLineNames() {
        assertThat(Assertion.AFFIRMED.id()).isEqualTo("affirmed");
        assertThat(Assertion.NEGATED.id()).isEqualTo("negated");
        assertThat(Assertion.HYPOTHETICAL.id()).isEqualTo("hypothetical");
        assertThat(Assertion.HISTORICAL.id()).isEqualTo("historical");
        assertThat(Assertion.OTHER_PERSON.id()).isEqualTo("other-person");
        for (Assertion a : Assertion.values()) {
            assertThat(Assertion.ofId(a.id())).isSameAs(a);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Assertion.ofId("maybe"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
