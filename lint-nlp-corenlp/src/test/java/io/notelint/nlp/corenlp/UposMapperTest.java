package io.notelint.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Penn Treebank tags to Universal POS, including the choices that depend on the word or its neighbours. */
class UposMapperTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He has gone            | PRP VBZ VBN     | PRON AUX VERB
            He has a dog           | PRP VBZ DT NN   | PRON VERB DET NOUN
            She did not go         | PRP VBD RB VB   | PRON AUX PART VERB
            She did homework       | PRP VBD NN      | PRON VERB NOUN
            Did he go              | VBD PRP VB      | AUX PRON VERB
            She is tired           | PRP VBZ JJ      | PRON AUX ADJ
            He ca n't sleep        | PRP MD RB VB    | PRON AUX PART VERB
            to run                 | TO VB           | PART VERB
            to the store           | TO DT NN        | ADP DET NOUN
            before he left         | IN PRP VBD      | SCONJ PRON VERB
            before the session     | IN DT NN        | ADP DET NOUN
            since starting therapy | IN VBG NN       | SCONJ VERB NOUN
            That was hard          | DT VBD JJ       | PRON AUX ADJ
            that day               | DT NN           | DET NOUN
            which was hard         | WDT VBD JJ      | PRON AUX ADJ
            which day              | WDT NN          | DET NOUN
            her mother 's car      | PRP$ NN POS NN  | PRON NOUN PART NOUN
            there is no plan       | EX VBZ DT NN    | PRON AUX DET NOUN
            gave up                | VBD RP          | VERB ADP
            Smith and 2 others     | NNP CC CD NNS   | PROPN CCONJ NUM NOUN
            ( yes )                | -LRB- UH -RRB-  | PUNCT INTJ PUNCT
            self - harm            | NN HYPH NN      | NOUN PUNCT NOUN
            """)
    void mapsInContext(String words, String tags, String expected) {
        List<String> w = Arrays.asList(words.split(" "));
        List<String> t = Arrays.asList(tags.split(" "));
        List<String> lemmas = new ArrayList<>();
        for (String word : w) {
            lemmas.add(switch (word) {
                case "has", "did" -> word.equals("has") ? "have" : "do";
                case "Did" -> "do";
                case "is", "was" -> "be";
                default -> word.toLowerCase();
            });
        }
        assertThat(UposMapper.standard().map(w, t, lemmas)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource(delimiter = '|', textBlock = """
            😀   | NFP | SYM
            ...  | NFP | PUNCT
            #    | #   | SYM
            foo  | ZZZ | X
            """)
    void symbolsAndUnknownTags(String word, String tag, String expected) {
        assertThat(UposMapper.standard().map(List.of(word), List.of(tag), Arrays.asList((String) null)))
                .containsExactly(expected);
    }
}
