package io.notelint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.text.ResourceLines;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.text.Tokenizer;
import io.notelint.rules.lexicon.GeneratedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SurfaceLexicon} matches over the folded-form keys tokens carry; the string-keyed version it
 * replaced ({@link StringSurfaceLexicon}) must give the same match at every token, the same left-to-right
 * matches and the same word roles, on generated text made from each surface lexicon file.
 */
class SurfaceLexiconAgreementTest {

    private final Tokenizer tokenizer = TextToolkit.standard().tokenizer();

    @ParameterizedTest
    @ValueSource(strings = {"follow-through-evidence.tsv", "contact-words.tsv", "plan-cues.tsv", "plan-imperatives.txt",
            "no-next-contact-expected.txt", "follow-through-steps.tsv", "surface-agreement.tsv"})
    void keyAndStringLexiconsAgree(String resource) {
        SurfaceLexicon lexicon = SurfaceLexicon.load(resource);
        StringSurfaceLexicon reference = StringSurfaceLexicon.load(resource);
        List<String> phrases = new ArrayList<>();
        Set<String> roles = new TreeSet<>();
        for (String[] row : ResourceLines.tsv(SurfaceLexicon.class, resource, 1)) {
            phrases.add(row[0]);
            roles.add(row.length > 1 ? row[1] : "");
            phrases.add("tele-" + row[0]); // a hyphenated word matches a one-word entry by its last part
        }
        GeneratedText generator = new GeneratedText(resource.hashCode(), phrases);
        int hits = 0;
        for (int n = 0; n < 60; n++) {
            String text = generator.next(40);
            List<Token> tokens = tokenizer.tokenize(text, new Span(0, text.length()));
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                StringSurfaceLexicon.Match want = reference.at(tokens, i);
                SurfaceLexicon.Match got = lexicon.at(tokens, i);
                expected.add(want == null ? "-" : want.first() + ".." + want.end() + " " + want.span() + " " + new TreeSet<>(want.roles()));
                actual.add(got == null ? "-" : got.first() + ".." + got.end() + " " + got.span() + " " + new TreeSet<>(got.roles()));
                for (String role : roles) {
                    expected.add(role + "=" + reference.wordHas(tokens.get(i), role));
                    actual.add(role + "=" + lexicon.wordHas(tokens.get(i), role));
                }
                hits += want == null ? 0 : 1;
            }
            assertThat(actual).as("%s on: %s", resource, text).isEqualTo(expected);
            assertThat(lexicon.find(tokens)).extracting(SurfaceLexicon.Match::span)
                    .isEqualTo(reference.find(tokens).stream().map(StringSurfaceLexicon.Match::span).toList());
        }
        assertThat(hits).as("the generated text must hit %s's entries", resource).isGreaterThan(20);
    }
}
