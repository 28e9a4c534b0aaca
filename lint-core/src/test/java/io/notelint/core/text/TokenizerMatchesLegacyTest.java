package io.notelint.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer and normaliser made cheaper in issue 15's second round against the version they replaced
 * ({@link LegacyTokenizer}, the old code kept as the oracle): every token's span, text, fold, normal form
 * and both keys must be equal, over the whole text of every corpus and lexicon file of the checkout (each
 * file tokenised whole, then in regions cut at random offsets), every word of those files normalised
 * alone, and generated strings built to reach every branch (inflected endings, joining punctuation,
 * case folding outside ASCII, invisible and control chars, surrogate pairs).
 */
class TokenizerMatchesLegacyTest {

    private final LegacyTokenizer legacy = new LegacyTokenizer();
    private final Normalizer normalizer = Normalizer.load();
    private final Tokenizer tokenizer = new Tokenizer(normalizer);

    @Test
    void everyCorpusAndLexiconFileTokenisesAsBefore() {
        List<Path> files = textFiles();
        assertThat(files).hasSizeGreaterThan(80); // the checkout's corpora and resource files were found
        Random random = new Random(15);
        long tokens = 0;
        for (Path file : files) {
            String text = read(file);
            tokens += assertSame(text, new Span(0, text.length()), file.toString());
            for (int k = 0; k < 5 && !text.isEmpty(); k++) {
                int a = random.nextInt(text.length() + 1);
                int b = random.nextInt(text.length() + 1);
                assertSame(text, new Span(Math.min(a, b), Math.max(a, b)), file + " region");
            }
        }
        assertThat(tokens).isGreaterThan(150_000);
    }

    @Test
    void everyWordOfThoseFilesNormalisesAsBefore() {
        long words = 0;
        for (Path file : textFiles()) {
            for (String word : read(file).split("[\\s\"{}\\[\\],:;()]+")) {
                if (!word.isEmpty()) {
                    assertThat(normalizer.normalize(word)).as(word).isEqualTo(legacy.normalize(word));
                    words++;
                }
            }
        }
        assertThat(words).isGreaterThan(80_000);
    }

    @Test
    void theIrregularFormsNormaliseAsBefore() {
        for (String[] row : ResourceLines.tsv(Normalizer.class, "irregular-forms.tsv", 2)) {
            for (String w : List.of(row[0], row[1], row[0].toUpperCase(), row[0] + "s", row[0] + "ing", row[1] + "ed")) {
                assertThat(normalizer.normalize(w)).as(w).isEqualTo(legacy.normalize(w));
            }
        }
    }

    @Test
    void generatedWordsWithEveryEndingNormaliseAsBefore() {
        String[] stems = {"a", "ab", "abc", "talk", "chat", "stop", "fill", "buzz", "hiss", "box", "church", "wish",
            "worr", "di", "tie", "issu", "see", "free", "noted", "bus", "axis", "GAD", "client", "İst", "café", "x7",
            "run", "tapp", "agree", "lie", "quiz", "focu", "pass", "ii", "ee", "ll", "bb"};
        String[] endings = {"", "s", "es", "ies", "sses", "ches", "shes", "xes", "zes", "ss", "us", "is", "'s", "’s",
            "ing", "ed", "ied", "ying", "e", "ee", "ings", "eds", "ting", "ted", "led", "zzing", "ening", "ered", "y",
            "1", "-", "ING", "ED", "S", "IES", "Ies"};
        List<String> words = new ArrayList<>();
        for (String stem : stems) {
            for (String e1 : endings) {
                for (String e2 : endings) {
                    words.add(stem + e1 + e2);
                }
            }
        }
        for (String w : words) {
            assertThat(normalizer.normalize(w)).as(w).isEqualTo(legacy.normalize(w));
            assertSame(w, new Span(0, w.length()), w);
        }
        assertSame(String.join(" ", words), new Span(0, String.join(" ", words).length()), "all words");
    }

    @Test
    void randomStringsOfTrickyCharsTokeniseAsBefore() {
        char[] alphabet = ("aAzZeEsSiIdDgGnN09'’‘-/.:,; \t\n\r\u00A0\u2007\u2028\u200B\u200C\u200D\uFEFF\u0000\u0007\u007F"
                + "\u0085İıéÉßΣσς٣é\uD83D\uDE00\uD800xXyYhHcC#@_").toCharArray();
        Random random = new Random(2026_12_07L);
        for (int n = 0; n < 20_000; n++) {
            char[] s = new char[1 + random.nextInt(24)];
            for (int i = 0; i < s.length; i++) {
                s[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String text = new String(s);
            assertSame(text, new Span(0, text.length()), text);
            int a = random.nextInt(text.length() + 1);
            assertSame(text, new Span(a, text.length()), text);
            assertThat(normalizer.normalize(text)).as(text).isEqualTo(legacy.normalize(text));
        }
    }

    @Test
    void foldFoldsEveryCharAsBefore() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            all.append(c);
        }
        assertThat(Normalizer.fold(all)).isEqualTo(LegacyTokenizer.fold(all));
        for (Path file : textFiles()) {
            String text = read(file);
            assertThat(Normalizer.fold(text)).as(file.toString()).isEqualTo(LegacyTokenizer.fold(text));
        }
    }

    @Test
    void everyCharAloneAndBetweenLettersOrDigitsTokenisesAsBefore() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String s : List.of(String.valueOf(c), "a" + c + "b", "1" + c + "2", c + "x" + c, "ab" + c)) {
                assertSame(s, new Span(0, s.length()), String.format("U+%04X in %s", (int) c, s));
            }
        }
    }

    @Test
    void isWordAndHasDigitAnswerAsCharacterDoesForEveryChar() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            Token t = new Token(new Span(0, 3), "a" + c + "b", "x");
            Token first = new Token(new Span(0, 1), String.valueOf(c), "x");
            assertThat(first.isWord()).as("isWord %04x", (int) c).isEqualTo(Character.isLetterOrDigit(c));
            assertThat(t.hasDigit()).as("hasDigit %04x", (int) c).isEqualTo(Character.isDigit(c));
        }
    }

    private long assertSame(String text, Span region, String where) {
        List<LegacyTokenizer.Forms> expected = legacy.tokenize(text, region);
        List<LegacyTokenizer.Forms> actual = tokenizer.tokenize(text, region).stream()
                .map(t -> new LegacyTokenizer.Forms(t.start(), t.end(), t.text(), t.fold(), t.norm(), t.foldKey(), t.normKey()))
                .toList();
        assertThat(actual).as(where).isEqualTo(expected);
        return actual.size();
    }

    /** The corpora and every module's text resources (this module's tests run with its own directory as cwd). */
    private static List<Path> textFiles() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> dirs = new ArrayList<>(List.of(root.resolve("corpus"), root.resolve("../shared/corpus")));
        try (Stream<Path> modules = Files.list(root)) {
            modules.map(m -> m.resolve("src/main/resources")).forEach(dirs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> out = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(tsv|txt|jsonl|json|md|yaml|yml)$"))
                        .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.sort(null);
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
