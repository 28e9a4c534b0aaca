package io.notelint.core.assertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.analysis.TextToolkit;
import org.junit.jupiter.api.Test;

/** The line format and the command-line helper built on it. */
class AssertionLineTest {

    private final AssertionClassifier classifier = TextToolkit.standard().assertions();

    @Test
    void parsesTheNegExKitFormat() {
        AssertionLine l = AssertionLine.parse("3\tair hunger\t\"Denies shortness of breath, stridor, or AIR HUNGER.\"\tNegated\r");
        assertThat(l.id()).isEqualTo("3");
        assertThat(l.term()).isEqualTo("air hunger");
        assertThat(l.sentence()).isEqualTo("Denies shortness of breath, stridor, or AIR HUNGER.");
        assertThat(l.rest()).containsExactly("Negated");
    }

    @Test
    void unwrapsDoubledQuotesInsideAQuotedField() {
        AssertionLine l = AssertionLine.parse("7\tsafe\t\"Client said \"\"I feel safe\"\".\"");
        assertThat(l.sentence()).isEqualTo("Client said \"I feel safe\".");
        assertThat(l.rest()).isEmpty();
    }

    @Test
    void rejectsALineWithTooFewColumnsWithoutQuotingIt() {
        assertThatThrownBy(() -> AssertionLine.parse("1\tClient denies SI"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("denies");
    }

    @Test
    void classifyLineReturnsTheStatusId() {
        assertThat(classifier.classifyLine("a1\tSI\tClient denies SI.")).isEqualTo("negated");
        assertThat(classifier.classifyLine("a2\tSI\tClient reports SI with plan.\textra\tcolumns")).isEqualTo("affirmed");
        assertThat(classifier.classifyLine("a3\tSI\tWill call 988 if SI returns.")).isEqualTo("hypothetical");
        assertThat(classifier.classifyLine("a4\tsuicide attempt\tHistory of suicide attempt in 2015.")).isEqualTo("historical");
        assertThat(classifier.classifyLine("a5\tdepression\tHer mother has depression.")).isEqualTo("other-person");
    }

    @Test
    void classifyLineUsesTheKitsUpperCaseMarking() {
        assertThat(classifier.classifyLine("9\tpain\tPain is better; denies chest PAIN.\tNegated")).isEqualTo("negated");
    }

    @Test
    void classifyLineFailsWithoutTheTextWhenTheTermIsAbsent() {
        assertThatThrownBy(() -> classifier.classifyLine("x9\tpsychosis\tClient denies SI."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x9")
                .hasMessageNotContaining("denies");
    }
}
