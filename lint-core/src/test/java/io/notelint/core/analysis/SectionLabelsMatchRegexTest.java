package io.notelint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.text.CorpusTexts;
import io.notelint.core.text.LookAlikeText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SectionLabels} and the hand-written helpers of {@link DocumentKindDetector} replaced regular
 * expressions ({@link RegexSectionLabels}, kept in test code for this comparison only). This
 * differential test holds them to exactly the expressions' matches, group for group, on generated text
 * dense with list marks, numbers, labels, colons, dashes, stars and every kind of line end, on long
 * runs, and on every note of the corpora beside the checkout as they are and altered.
 */
class SectionLabelsMatchRegexTest {

    private static final String[] PIECES = {
        "Reason for referral", "REASON FOR REFERRAL", "Impression", "IMPRESSION", "HOSPITAL COURSE", "Plan", "plan",
        "Family History", "Mental Status Exam", "A", "B", "AB", "ABC", "I", "IV", "VI", "XIII", "IVXIV", "X", "1", "12",
        "123", "3", ":", " :", "\t:", ": ", "::", " - ", " – ", "-", "–", " -", "- ", "|", " | ", "*", "**", "***", "#",
        "##", "•", ">", " ", "  ", "\t", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\u000B", "\f", "\n\n",
        ".", ")", "(", "(s)", "/", "&", "'", "’", "O’Brien", "S/P", "R/O", "Hx", "Dx", "D&A", "Client", "reports",
        "a", "the", "of", "1.", "2)", "II.", "IV)", "1. ", "12) ", "V.", "é", "É", "\u00A0", "\u2013", "\uD835\uDC00",
        "\uD83D\uDE00", "e\u0301", "\u0130", "\u017F", "90791", "90853", "123456", "9079", "x90791", "90791a",
        "SUBJECTIVE", "OBJECTIVE", "ASSESSMENT", "PLAN", "CHIEF COMPLAINT", "HISTORY OF PRESENT ILLNESS",
        "LONG LABEL THAT GOES ON AND ON AND ON AND ON AND ON AND ON AND ON AND ON",
        "long label that goes on and on and on and on and on and on and on and on", "a'b", "A-B", "A - B",
    };

    @Test
    void generatedTextsGiveExactlyTheRegexMatches() {
        Random random = new Random(15);
        int found = 0;
        for (int k = 0; k < 30_000; k++) {
            String text = text(random);
            found += assertSame(text);
        }
        assertThat(found).as("the generated texts hold many labels").isGreaterThan(15_000);
    }

    @Test
    void longRunsAtTheBoundsGiveTheSame() {
        for (int len = 1; len <= 64; len++) {
            for (String fill : new String[] {"A", "a", " ", "-", "A ", "/"}) {
                String run = fill.repeat(len);
                for (String text : new String[] {"X" + run + "Z:", "X" + run + "Z :", "X" + run + ":", "Ab" + run + ":",
                        "Ab" + run + "\n", "Ab" + run + " - x", "1. A" + run + "b:", "*A" + run + "b**:", run + "B:",
                        "x" + run + "AB:"}) {
                    assertSame(text);
                }
            }
        }
    }

    @Test
    void handWrittenCasesGiveTheSame() {
        for (String text : new String[] {"", ":", "A:", "AB:", "ABC:", "Ab", "Ab:", "Ab\r\n", "Ab\r", "Ab \n \n x",
                "Ab  - x", "Ab -\tx", "Ab - ", "Ab -", "1.Ab:", "12.Ab:", "123.Ab:", "IV.Ab:", "IVXIV.Ab:", "V) Ab",
                "VI) (a):", "I. x", "I (a):", "  > * # • - – 2) **Plan** :", "***:", "**A**", "\r\nAb:\r\nCd:",
                "x\n\rAb:", "x\u2028Ab:", "x\u0085Ab:", "x\u2029Ab", "Ab\u000B:", "Ab\f- x", "xABC:", "aABC:",
                "1ABC:", "ÉABC:", "A B C:", "A  :", "PLAN:IMPRESSION:", "Plan: Impression: x\nPlan - x",
                "Discharge Summary: J. Doe", "PSYCHIATRIC EVALUATION - initial", "a | b", "a|b", "a :b", " - ",
                "90791", "90791, 90853", "90791/90785", "1234567890", "x90853y", "909091"}) {
            assertSame(text);
        }
    }

    @Test
    void corpusNotesGiveTheSameAsTheyAreAndAltered() throws IOException {
        List<String> notes = CorpusTexts.texts();
        assertThat(notes).as("the repository's corpora are found").hasSizeGreaterThan(100);
        Random random = new Random(1515);
        int found = 0;
        for (String note : notes) {
            for (String text : new String[] {note, note.toUpperCase(Locale.ROOT), note.toLowerCase(Locale.ROOT),
                    note.replace(' ', '\t').replace(". ", ".\n"), note.replace("\n", "\r\n"), LookAlikeText.altered(note, random, 200, SWAPS)}) {
                found += assertSame(text);
            }
        }
        assertThat(found).as("the corpora hold many labels").isGreaterThan(notes.size());
    }

    /** Asserts every replaced expression's result on {@code text} and on each of its lines; the labels found. */
    private static int assertSame(String text) {
        assertThat(SectionLabels.lineLabels(text)).as("line labels of '%s'", text)
                .containsExactlyElementsOf(RegexSectionLabels.spans(RegexSectionLabels.LINE_LABEL, text));
        assertThat(SectionLabels.capsLabels(text)).as("capitals labels of '%s'", text)
                .containsExactlyElementsOf(RegexSectionLabels.spans(RegexSectionLabels.CAPS_LABEL, text));
        assertThat(DocumentKindDetector.labels(text)).as("labels of '%s'", text)
                .containsExactlyElementsOf(RegexSectionLabels.labels(text));
        assertThat(DocumentKindDetector.words(text)).as("words of '%s'", text).isEqualTo(RegexSectionLabels.words(text));
        assertThat(DocumentKindDetector.fiveDigitCodes(text)).as("codes of '%s'", text)
                .isEqualTo(RegexSectionLabels.codes(text));
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            assertThat(stripped.substring(0, DocumentKindDetector.titleEnd(stripped))).as("title of '%s'", stripped)
                    .isEqualTo(RegexSectionLabels.titleHead(stripped));
        }
        return DocumentKindDetector.labels(text).size();
    }

    /** Colons spaced or made dashes, other line ends and list marks, a space doubled, broken or hyphened. */
    private static final Map<Character, List<String>> SWAPS = Map.of(
            ':', colonSwaps(),
            '\n', lineEndSwaps(),
            ' ', List.of("  ", "\n", "-"));

    private static List<String> colonSwaps() {
        List<String> out = new ArrayList<>(Collections.nCopies(10, " :"));
        out.addAll(Collections.nCopies(10, " - "));
        return List.copyOf(out);
    }

    private static List<String> lineEndSwaps() {
        List<String> out = new ArrayList<>();
        for (String s : new String[] {"\r\n", "\u2028", "\n* ", "\n1. "}) {
            out.addAll(Collections.nCopies(5, s));
        }
        return List.copyOf(out);
    }

    private static String text(Random random) {
        int n = 1 + random.nextInt(16);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int glue = random.nextInt(10);
            b.append(glue == 0 ? "" : glue == 1 ? "\n" : glue == 2 ? ": " : glue == 3 ? ", " : glue == 4 ? "\r\n" : " ")
                    .append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
