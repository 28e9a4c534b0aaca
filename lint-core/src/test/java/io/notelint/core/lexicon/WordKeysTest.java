package io.notelint.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.text.Tokenizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Word-by-word keys must be exactly the tokenizer's keys for the whole phrase, whatever the phrase. */
class WordKeysTest {

    private final Tokenizer tokenizer = TextToolkit.standard().tokenizer();

    private List<String> whole(String phrase) {
        return tokenizer.tokenize(phrase, new Span(0, phrase.length())).stream().map(Token::norm).toList();
    }

    @Test
    void sameKeysAsTheWholePhraseOnEdgeCases() {
        WordKeys keys = WordKeys.normalForms(tokenizer);
        for (String phrase : List.of("thoughts of killing herself", "self-harm", "S.I.", "SI/HI", "rated 6/10 today",
                "don't - want", "a- b", "-a b-", "'a' 'b", "12:30 pm", "1, 2", "  two  spaces ", "tab\there",
                "x\u200By", "\uD83D\uDE00 emoji", "others'", "Client's", "", " ", "(a|b)", "suicide & crisis line")) {
            assertThat(keys.keysOf(phrase)).as(phrase).isEqualTo(whole(phrase));
        }
    }

    @Test
    void sameKeysAsTheWholePhraseOnRandomStrings() {
        String alphabet = "aZs9 -'/.:,(|)\t\u2019\u00A0\u200B";
        Random random = new Random(15);
        WordKeys keys = WordKeys.normalForms(tokenizer);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String phrase = sb.toString();
            assertThat(keys.keysOf(phrase)).as("'%s'", phrase).isEqualTo(whole(phrase));
        }
    }
}
