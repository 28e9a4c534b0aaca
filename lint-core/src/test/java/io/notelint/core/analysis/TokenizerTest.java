package io.notelint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.text.Normalizer;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = TextToolkit.standard().tokenizer();

    private List<String> texts(String s) {
        return tokenizer.tokenize(s, new Span(0, s.length())).stream().map(Token::text).toList();
    }

    @Test
    void keepsWordsNumbersAndDatesWhole() {
        assertThat(texts("Rated 6/10 on 12/03 at 16:00; GAD-7 of 11, don't panic-free."))
                .containsExactly("Rated", "6/10", "on", "12/03", "at", "16:00", ";", "GAD-7", "of", "11", ",",
                        "don't", "panic-free", ".");
    }

    @Test
    void splitsSlashPairsOfWords() {
        assertThat(texts("denies SI/HI")).containsExactly("denies", "SI", "/", "HI");
    }

    @Test
    void offsetsCoverTheTokenEvenWithCaseFoldingThatChangesLength() {
        String s = "İSTANBUL talked about THINGS";
        List<Token> tokens = tokenizer.tokenize(s, new Span(0, s.length()));
        for (Token t : tokens) {
            assertThat(t.span().in(s)).isEqualTo(t.text());
        }
        // String.toLowerCase would make "İ" two chars; per-char folding keeps one
        assertThat(Normalizer.fold("İSTANBUL")).hasSize("İSTANBUL".length());
    }

    @Test
    void normalFormsUnifyInflections() {
        Normalizer n = TextToolkit.standard().normalizer();
        assertThat(n.normalize("talked")).isEqualTo(n.normalize("talking")).isEqualTo(n.normalize("talks"))
                .isEqualTo(n.normalize("Talk"));
        assertThat(n.normalize("issues")).isEqualTo(n.normalize("issue"));
        assertThat(n.normalize("discussed")).isEqualTo(n.normalize("discusses")).isEqualTo(n.normalize("discussing"));
        assertThat(n.normalize("feelings")).isEqualTo(n.normalize("feeling"));
        assertThat(n.normalize("worries")).isEqualTo(n.normalize("worried")).isEqualTo(n.normalize("worry"));
        assertThat(n.normalize("went")).isEqualTo(n.normalize("go"));
        assertThat(n.normalize("doing")).isEqualTo(n.normalize("does"));
        assertThat(n.normalize("things")).isEqualTo(n.normalize("thing"));
        assertThat(n.normalize("Client’s")).isEqualTo(n.normalize("client"));
        assertThat(n.normalize("noted")).isEqualTo(n.normalize("notes")).isNotEqualTo(n.normalize("not"));
    }

    @Test
    void skipsInvisibleCharactersAndKeepsSurrogatePairsWhole() {
        String s = "mood\u200B 😀 ok";
        List<Token> tokens = tokenizer.tokenize(s, new Span(0, s.length()));
        assertThat(tokens).extracting(Token::text).containsExactly("mood", "😀", "ok");
    }
}
