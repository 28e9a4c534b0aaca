package io.notelint.nlp.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.text.CorpusTexts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The remembered cuts give exactly TokenizerME's tokens: on every sentence of the repository's corpora
 * (and the shared and real notes when they are beside the checkout), read twice so the second pass comes
 * from memory, with the default memory and with one so small it is forgotten every few pieces, and on
 * hand-written strings with the white space, punctuation and abbreviations that make the model cut.
 */
class RememberingTokenizerTest {

    private static final List<String> TRICKY = List.of("", " ", "a", "  two  spaces ", "tab\there", "line\nbreak\r\nend",
            "no\u00a0break\u2003em space", "Dr. Smith saw the client at 3:15 p.m. (PHQ-9: 14).", "e.g. don't, can't; won't!",
            "\"I'm done,\" she said...", "follow-up in 2-3 wks w/ PCP", "pt's mood 4/10; sleep ~6h/night", "U.S.-based",
            "https://example.org/path?x=1", "x\ud83d\ude00y emoji", "$25.00 co-pay.", "(goal #2)", "self-harm/SI denied.",
            "Mr. O'Neil-Smith, LCSW, 12/03/2026", "...", "?!", "—dash—", "end.");

    @Test
    void givesTokenizerMesTokensOnEverySentenceOfTheCorpora() throws IOException {
        List<String> sentences = corpusSentences();
        assertThat(sentences).as("sentences of the repository's corpora").hasSizeGreaterThan(2000);
        sentences.addAll(TRICKY);
        TokenizerME reference = new TokenizerME(OpenNlpModels.Tokens.MODEL);
        RememberingTokenizer remembering = new RememberingTokenizer(new TokenizerME(OpenNlpModels.Tokens.MODEL));
        RememberingTokenizer forgetful = new RememberingTokenizer(new TokenizerME(OpenNlpModels.Tokens.MODEL), 8);
        int cut = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (String s : sentences) {
                List<Span> want = List.of(reference.tokenizePos(s));
                assertThat(List.of(remembering.tokenizePos(s))).as("pass %d: %s", pass, s).isEqualTo(want);
                assertThat(List.of(forgetful.tokenizePos(s))).as("pass %d, small memory: %s", pass, s).isEqualTo(want);
                if (want.size() > s.trim().split("\\s+").length) {
                    cut++;
                }
            }
        }
        assertThat(cut).as("sentences where the model cut inside a piece (so the memory was used)").isGreaterThan(1000);
    }

    @Test
    void cutsTheWayTheModelDoes() {
        RememberingTokenizer t = new RememberingTokenizer(new TokenizerME(OpenNlpModels.Tokens.MODEL));
        String s = "She denied SI, HI.";
        List<String> words = new ArrayList<>();
        for (Span sp : t.tokenizePos(s)) {
            words.add(sp.getCoveredText(s).toString());
        }
        assertThat(words).containsExactly("She", "denied", "SI", ",", "HI", ".");
    }

    private static List<String> corpusSentences() throws IOException {
        SentenceDetectorME detector = new SentenceDetectorME(OpenNlpModels.Sentences.MODEL);
        List<String> out = new ArrayList<>();
        for (String note : CorpusTexts.texts()) {
            out.addAll(List.of(detector.sentDetect(note)));
        }
        return out;
    }
}
