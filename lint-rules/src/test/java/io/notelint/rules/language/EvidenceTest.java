package io.notelint.rules.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    private static Token token(String s) {
        List<Token> tokens = TextToolkit.standard().tokenizer().tokenize(s, new Span(0, s.length()));
        assertThat(tokens).hasSize(1);
        return tokens.get(0);
    }

    @Test
    void countsScoresAndMeasuresAreNumbers() {
        for (String s : List.of("3", "12", "2.5", "6/10", "5/7", "3x", "10mg", "45-minute", "8hrs", "100/100")) {
            assertThat(Evidence.isNumber(token(s))).as(s).isTrue();
        }
    }

    @Test
    void datesTimesYearsAndIdsAreNot() {
        for (String s : List.of("12/03", "11/24", "16:00", "2019", "3pm", "2nd", "G1", "F33.1", "12/03/2026")) {
            assertThat(Evidence.isNumber(token(s))).as(s).isFalse();
        }
    }

    @Test
    void colonNeedsParticularsAfterThePhrase() {
        String text = "Discussed stressors: rent, her sister's illness";
        List<Token> tokens = TextToolkit.standard().tokenizer().tokenize(text, new Span(0, text.length()));
        assertThat(Evidence.particularsAfter(tokens, new Span(0, 19))).isTrue();
        String header = "Mood: doing well";
        List<Token> headerTokens = TextToolkit.standard().tokenizer().tokenize(header, new Span(0, header.length()));
        assertThat(Evidence.particularsAfter(headerTokens, new Span(6, 16))).isFalse();
    }
}
