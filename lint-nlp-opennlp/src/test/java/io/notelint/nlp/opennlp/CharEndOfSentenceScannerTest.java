package io.notelint.nlp.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.text.CorpusTexts;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.Test;

/**
 * The end-of-sentence scanner without boxing gives OpenNLP's own scanner's positions, and the sentence
 * detector that uses it splits every line of every corpus note (real notes too, when present beside the
 * checkout) exactly where OpenNLP's own detector does, with the same probabilities.
 */
class CharEndOfSentenceScannerTest {

    @Test
    void positionsAreTheDefaultScannersOnRandomText() {
        char[] eos = {'.', '!', '?'};
        DefaultEndOfSentenceScanner stock = new DefaultEndOfSentenceScanner(eos);
        CharEndOfSentenceScanner ours = new CharEndOfSentenceScanner(eos);
        // a character given twice is still one position
        assertThat(new CharEndOfSentenceScanner(new char[] {'.', '!', '.'}).getPositions("a. b! c.."))
                .isEqualTo(stock.getPositions("a. b! c.."));
        assertThat(ours.getEOSCharacters()).isEqualTo(stock.getEOSCharacters());
        Random random = new Random(8);
        String alphabet = "ab .!?,;:\n\u2026\uFF0E\u3002\"'0";
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[random.nextInt(60)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String s = new String(chars);
            assertThat(ours.getPositions(s)).isEqualTo(stock.getPositions(s));
            assertThat(ours.getPositions(new StringBuilder(s))).isEqualTo(stock.getPositions(new StringBuilder(s)));
            assertThat(ours.getPositions(new StringBuffer(s))).isEqualTo(stock.getPositions(new StringBuffer(s)));
            assertThat(ours.getPositions(chars)).isEqualTo(stock.getPositions(chars));
        }
    }

    @Test
    void theDetectorSplitsEveryCorpusLineWhereOpenNlpsOwnDoes() throws Exception {
        SentenceModel loaded;
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(OpenNlpModels.SENTENCE)) {
            loaded = new SentenceModel(in);
        }
        SentenceDetectorME stock = new SentenceDetectorME(loaded);
        SentenceDetectorME ours = new SentenceDetectorME(OpenNlpModels.Sentences.MODEL);
        // the backend's model hands out this scanner (a detector takes its scanner from the model's factory)
        assertThat(OpenNlpModels.Sentences.MODEL.getFactory().getEndOfSentenceScanner())
                .isInstanceOf(CharEndOfSentenceScanner.class);
        assertThat(loaded.getFactory().getEndOfSentenceScanner()).isInstanceOf(DefaultEndOfSentenceScanner.class);
        assertThat(OpenNlpModels.Sentences.MODEL.getAbbreviations()).isEqualTo(loaded.getAbbreviations());
        assertThat(OpenNlpModels.Sentences.MODEL.getFactory().isUseTokenEnd())
                .isEqualTo(loaded.getFactory().isUseTokenEnd());
        int sentences = 0;
        List<String> lines = corpusLines();
        assertThat(lines).hasSizeGreaterThan(1_000);
        for (String line : lines) {
            opennlp.tools.util.Span[] expected = stock.sentPosDetect(line);
            double[] probabilities = stock.getSentenceProbabilities();
            assertThat(ours.sentPosDetect(line)).as(line).isEqualTo(expected);
            assertThat(Arrays.equals(ours.getSentenceProbabilities(), probabilities)).as(line).isTrue();
            sentences += expected.length;
        }
        assertThat(sentences).isGreaterThan(lines.size());
    }

    /** Every line of every corpus note, and the whole notes, lower-cased too. */
    private static List<String> corpusLines() throws IOException {
        List<String> out = new ArrayList<>();
        for (String note : CorpusTexts.texts()) {
            for (String text : List.of(note, note.toLowerCase(java.util.Locale.ROOT))) {
                out.add(text);
                out.addAll(Arrays.asList(text.split("\n")));
            }
        }
        return out;
    }
}
