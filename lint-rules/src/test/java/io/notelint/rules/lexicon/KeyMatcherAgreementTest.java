package io.notelint.rules.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.lexicon.PhraseLexicon;
import io.notelint.core.lexicon.WordKeys;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.text.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PhraseLexicon} matches over the keys tokens carry; a trie keyed by the strings themselves (the
 * matcher it replaced) must find exactly the same entries at every token of generated text made from each
 * real lexicon file of the rule pack.
 */
class KeyMatcherAgreementTest {

    private final Tokenizer tokenizer = TextToolkit.standard().tokenizer();

    static Stream<Path> lexiconFiles() {
        return Stream.of("language", "clinical", "structure").flatMap(d -> LexiconFiles.in(d).stream());
    }

    @ParameterizedTest
    @MethodSource("lexiconFiles")
    void keyTrieAndStringTrieFindTheSameEntries(Path file) {
        List<String> phrases = LexiconFiles.phrases(file);
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            entries.put(phrases.get(i), "entry " + i);
        }
        PhraseLexicon<String> lexicon = PhraseLexicon.of(entries, tokenizer);
        StringTrieMatcher<Map.Entry<String, String>> reference = new StringTrieMatcher<>(Token::norm);
        WordKeys keys = WordKeys.normalForms(tokenizer);
        entries.entrySet().forEach(e -> {
            List<String> k = keys.keysOf(e.getKey());
            if (!k.isEmpty()) {
                reference.put(k, e);
            }
        });

        GeneratedText generator = new GeneratedText(file.getFileName().toString().hashCode(), phrases);
        int hits = 0;
        for (int n = 0; n < 60; n++) {
            String text = generator.next(40);
            List<Token> tokens = tokenizer.tokenize(text, new Span(0, text.length()));
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                StringTrieMatcher.Hit<Map.Entry<String, String>> want = reference.longestAt(tokens, i);
                PhraseLexicon.Match<String> got = lexicon.longestAt(tokens, i);
                expected.add(want == null ? "-" : i + ".." + want.end() + " " + want.span() + " " + want.value().getKey()
                        + " = " + want.value().getValue());
                actual.add(got == null ? "-" : got.firstToken() + ".." + got.endToken() + " " + got.span() + " "
                        + got.phrase() + " = " + got.value());
                hits += want == null ? 0 : 1;
            }
            assertThat(actual).as("%s on: %s", file.getFileName(), text).isEqualTo(expected);
            assertThat(lexicon.find(tokens)).extracting(PhraseLexicon.Match::firstToken)
                    .isEqualTo(greedyStarts(reference, tokens));
        }
        assertThat(hits).as("the generated text must hit %s's entries", file.getFileName()).isGreaterThan(20);
    }

    private static List<Integer> greedyStarts(StringTrieMatcher<?> reference, List<Token> tokens) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            StringTrieMatcher.Hit<?> hit = reference.longestAt(tokens, i);
            if (hit != null) {
                out.add(i);
                i = hit.end();
            } else {
                i++;
            }
        }
        return out;
    }
}
