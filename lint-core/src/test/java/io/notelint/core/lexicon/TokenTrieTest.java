package io.notelint.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenTrieTest {

    private static List<Token> tokens(String text) {
        return TextToolkit.standard().tokenizer().tokenize(text, new Span(0, text.length()));
    }

    @Test
    void longestEntryWinsAndAPrefixAloneIsNoMatch() {
        TokenTrie.Builder<String> b = new TokenTrie.Builder<>(TokenTrie.Reading.FOLD);
        b.set(b.node(List.of("follow", "up")), "short");
        b.set(b.node(List.of("follow", "up", "visit")), "long");
        b.node(List.of("next", "week")); // a path without an entry
        TokenTrie<String> trie = b.build();
        List<Token> t = tokens("Follow up visit; follow up; next week");
        assertThat(trie.longestAt(t, 0)).isEqualTo(new TokenTrie.Hit<>(3, "long"));
        assertThat(trie.longestAt(t, 4)).isEqualTo(new TokenTrie.Hit<>(6, "short"));
        assertThat(trie.longestAt(t, 7)).isNull();
        assertThat(trie.startsWord(Token.keyOf("next"), "next")).isTrue();
        assertThat(trie.word(Token.keyOf("next"), "next")).isNull();
    }

    @Test
    void readsNormOrFoldAsAsked() {
        TokenTrie.Builder<String> norm = new TokenTrie.Builder<>(TokenTrie.Reading.NORM);
        norm.set(norm.node(List.of("talk")), "norm");
        TokenTrie.Builder<String> fold = new TokenTrie.Builder<>(TokenTrie.Reading.FOLD);
        fold.set(fold.node(List.of("talk")), "fold");
        List<Token> t = tokens("Talked");
        assertThat(norm.build().longestAt(t, 0)).isNotNull();
        assertThat(fold.build().longestAt(t, 0)).isNull();
    }

    @Test
    void manyEntriesSurviveTheTableGrowing() {
        TokenTrie.Builder<Integer> b = new TokenTrie.Builder<>(TokenTrie.Reading.FOLD);
        for (int i = 0; i < 5_000; i++) {
            b.set(b.node(List.of("w" + i, "x" + (i % 7))), i);
        }
        TokenTrie<Integer> trie = b.build();
        for (int i = 0; i < 5_000; i += 37) {
            assertThat(trie.longestAt(tokens("w" + i + " x" + (i % 7)), 0)).isEqualTo(new TokenTrie.Hit<>(2, i));
            assertThat(trie.longestAt(tokens("w" + i + " x" + ((i + 1) % 7)), 0)).isNull();
        }
    }

    @Test
    void keyOfARangeIsTheKeyOfThatString() {
        assertThat(Token.keyOf("tele-session", 5, 12)).isEqualTo(Token.keyOf("session"));
        assertThat(Token.keyOf("session")).isNotEqualTo(Token.keyOf("sessions"));
    }
}
