package io.notelint.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.text.Tokenizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseLexiconTest {

    private final Tokenizer tokenizer = TextToolkit.standard().tokenizer();

    @Test
    void matchesInflectedVariantsLongestFirstWithoutOverlap() {
        PhraseLexicon<String> lex = PhraseLexicon.of(Map.of("talk about things", "empty", "talk", "verb",
                "doing well", "status"), tokenizer);
        String text = "Client Talked about THINGS and is doing well.";
        List<Token> tokens = tokenizer.tokenize(text, new Span(0, text.length()));
        List<PhraseLexicon.Match<String>> hits = lex.find(tokens);
        assertThat(hits).extracting(m -> m.span().in(text)).containsExactly("Talked about THINGS", "doing well");
        assertThat(hits).extracting(PhraseLexicon.Match::value).containsExactly("empty", "status");
    }

    @Test
    void noMatchInsideOtherWords() {
        PhraseLexicon<String> lex = PhraseLexicon.ofPhrases(List.of("fine"), tokenizer);
        String text = "Fine motor skills intact; finest hour; refined.";
        List<Token> tokens = tokenizer.tokenize(text, new Span(0, text.length()));
        assertThat(lex.find(tokens)).extracting(m -> m.span().in(text)).containsExactly("Fine");
    }

    /**
     * The builder keeps what a map of phrases gave: a phrase added again keeps its first value; of two
     * phrases with the same keys, the one first added later wins (a LinkedHashMap's putIfAbsent order).
     */
    @Test
    void theBuilderKeepsTheFirstValueOfAPhraseAndTheLastPhraseOfAKey() {
        PhraseLexicon.Builder<Integer> b = new PhraseLexicon.Builder<>();
        b.root().then("thought").then("of").end("thoughts of", 1);
        b.root().then("thought").then("of").end("thoughts of", 2);
        b.root().then("thought").then("of").end("thought of", 3);
        b.root().then("thought").then("of").end("thoughts of", 4);
        b.root().end("", 5);
        PhraseLexicon<Integer> lex = b.build();
        String text = "thoughts of";
        PhraseLexicon.Match<Integer> m = lex.longestAt(tokenizer.tokenize(text, new Span(0, text.length())), 0);
        assertThat(m.phrase()).isEqualTo("thought of");
        assertThat(m.value()).isEqualTo(3);
        assertThat(lex.size()).as("three distinct phrases, one of no keys").isEqualTo(3);
        assertThat(lex.find(List.of())).isEmpty();
    }
}
