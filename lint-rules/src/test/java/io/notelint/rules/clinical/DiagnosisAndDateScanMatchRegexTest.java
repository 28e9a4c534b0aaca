package io.notelint.rules.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.model.Diagnosis;
import io.notelint.core.model.Note;
import io.notelint.core.text.CorpusTexts;
import io.notelint.core.text.LookAlikeText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DiagnosisChanges} reads the text, and {@link TextRecordReader} finds a bare "Date:" label, with
 * hand-written code where regular expressions did ({@link RegexDiagnosisChanges}, kept in test code for this
 * comparison only). This differential test holds them to the expressions' answers on generated text dense
 * with diagnosis talk, codes, displays, clause ends, look-alike letters and date labels, and on every note of
 * the corpora beside the checkout, as they are and altered, against the diagnoses of every corpus note.
 */
class DiagnosisAndDateScanMatchRegexTest {

    /** Short notes of our own that carry a bare date label, as real notes often do. */
    private static final List<String> DATED_NOTES = List.of(
            "Date: 03/08/2026\nClient seen for follow-up of F33.1; mood improved.",
            "DATE: 3/8/26  Time: 10:00-10:53\nDx: generalized anxiety disorder, stable.",
            "Progress note\nDate : March 8, 2026\nDiagnosis reviewed; no change to the treatment plan.",
            "date:\t2026-03-08\nRule out PTSD discussed with the client.",
            "Session date: 03/08/2026. Date: 03/09/2026 (signed). Differential diagnosis unchanged.",
            "Next date: 03/15/2026\nDate: 03/08/2026\nMajor depressive disorder, recurrent, moderate.");

    private static final String[] PIECES = {
        "diagnosis", "Diagnoses", "DIAGNOSTIC", "diagnos", "diagnosé", "diagnos_is", "diagnosis\u0301", "dx", "Dx",
        "DDX", "ddx", "xdx", "dx2", "_dx", "r/o", "R/O", "r/ox", "rule out", "rules out", "ruled out", "Rule  out",
        "ruleout", "criteria", "Criteria", "differential", "icd10", "ICD-10", "icd-100", "icd 10", "F33.1", "f33.1",
        "F331", "F33.1,", "F41.1", "Z63.0", "MDD", "GAD", "PTSD", "major depressive disorder", "Major depressive",
        "depression", "depressed", "anxiety", "anxious", "alcohol", "alcohol use", "alcohol use disorder",
        "panic disorder", "panic", "post-traumatic", "stress", "insomnia", "with", "without", "due to", "in",
        "secondary to", ",", ";", "(", ")", ".", "!", "?", "\n", " ", "  ", "\t", "\r\n", "-", "/", "date", "Date",
        "DATE", "date:", "Date :", "date\t:\t", "dates:", "update:", "1date:", "\u00E9date:", "\uD835\uDC00date:",
        "\uDC00date:", "Date of service:", "Next date:", "3/8/2023", "12/4", "client", "reports", "\u017F", "\u0131",
        "\u0130", "\u212A", "DİAGNOSIS", "\uD83D\uDE00", "e\u0301", "\u0663", "Ⅳ", "½", "ii", "iv", "2", "the", "of",
    };

    private static final String[] DISPLAYS = {
        "", "Major depressive disorder, recurrent, moderate", "Generalized anxiety disorder", "Alcohol use disorder, mild",
        "Post-traumatic stress disorder", "Bipolar II disorder", "Adjustment disorder with mixed anxiety and depressed mood",
        "Panic disorder (episodic paroxysmal anxiety)", "Insomnia due to medical condition", "Depression secondary to pain",
        "Major depressive disorder; single episode", "Opioid dependence in remission", "ADHD, combined type",
        "Disorder of the 2nd kind", "Schizophrenia", "PTSD", "Cannabis use", "Anxiety In children", "Anxiety\twith x",
        "Stress\u00A0with x", ", leading comma", "(leading paren", "a", "IV drug use", "iii iv v of and the a 12 x y z",
    };

    private static final String[] CODES = {"", "F33.1", "f33.1", "F331", " F41.1 ", "Z63.0", "F10.10", "F43.10",
        "F90.2", "G47.00", "F-33.1", "33", ".", "é1", "F33.1\uD83D\uDE00"};

    @Test
    void generatedTextsGiveTheExpressionsAnswers() {
        Random random = new Random(15);
        for (int k = 0; k < 20_000; k++) {
            String text = text(random);
            assertSameOnText(text);
            Diagnosis d = new Diagnosis(CODES[random.nextInt(CODES.length)], DISPLAYS[random.nextInt(DISPLAYS.length)]);
            assertThat(DiagnosisChanges.mentioned(text, d)).as("'%s' mentions %s", text, d)
                    .isEqualTo(RegexDiagnosisChanges.mentioned(text, d));
        }
    }

    @Test
    void displaysAndCodesGiveTheSameWords() {
        List<String> all = new ArrayList<>(List.of(DISPLAYS));
        all.addAll(List.of(CODES));
        all.addAll(List.of(PIECES));
        for (String s : all) {
            assertThat(DiagnosisChanges.headWords(s)).as("head words of '%s'", s)
                    .isEqualTo(RegexDiagnosisChanges.headWords(s));
            assertThat(DiagnosisChanges.initials(DiagnosisChanges.headWords(s))).as("initials of '%s'", s)
                    .isEqualTo(RegexDiagnosisChanges.initials(RegexDiagnosisChanges.headWords(s)));
            assertThat(DiagnosisChanges.codeKey(s)).as("code key of '%s'", s).isEqualTo(RegexDiagnosisChanges.codeKey(s));
        }
    }

    @Test
    void corpusNotesGiveTheSameAsTheyAreAndAltered() throws IOException {
        List<Note> notes = CorpusTexts.notes();
        assertThat(notes).as("the repository's corpora are found").hasSizeGreaterThan(100);
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (Note n : notes) {
            diagnoses.addAll(n.fields().diagnosisList());
        }
        for (String display : DISPLAYS) {
            diagnoses.add(new Diagnosis("F33.1", display));
        }
        assertThat(diagnoses).as("the corpora hold diagnoses").hasSizeGreaterThan(50);
        Random random = new Random(1515);
        int talk = 0;
        int mentioned = 0;
        int dates = 0;
        // the repository's corpora state their dates in fields; these give the bare 'date:' labels a checkout
        // without the shared and real notes beside it would otherwise never exercise
        List<String> texts = new ArrayList<>(DATED_NOTES);
        for (Note n : notes) {
            texts.add(n.text());
        }
        for (String note : texts) {
            for (String text : new String[] {note, note.toUpperCase(Locale.ROOT), note.toLowerCase(Locale.ROOT),
                    note.replace(". ", ".\n"), LookAlikeText.altered(note, random, 200, LookAlikeText.COMMON)}) {
                talk += assertSameOnText(text) ? 1 : 0;
                dates += RegexDiagnosisChanges.bareDates(TextRecordReader.Words.of(text).lower()).size();
                for (int k = 0; k < 8; k++) {
                    Diagnosis d = diagnoses.get(random.nextInt(diagnoses.size()));
                    boolean expected = RegexDiagnosisChanges.mentioned(text, d);
                    assertThat(DiagnosisChanges.mentioned(text, d)).as("'%s' mentions %s", text, d).isEqualTo(expected);
                    mentioned += expected ? 1 : 0;
                }
            }
        }
        assertThat(talk).as("notes that talk of diagnosis").isGreaterThan(20);
        assertThat(mentioned).as("diagnoses mentioned").isGreaterThan(20);
        assertThat(dates).as("bare date labels").isGreaterThan(10);
    }

    /** Asserts the talk test and the bare date labels agree on {@code text}; whether it talks of diagnosis. */
    private static boolean assertSameOnText(String text) {
        boolean talk = RegexDiagnosisChanges.talk(text);
        assertThat(DiagnosisChanges.talksOfDiagnosis(text)).as("talk of diagnosis in '%s'", text).isEqualTo(talk);
        String lower = TextRecordReader.Words.of(text).lower();
        List<int[]> dates = new ArrayList<>();
        for (int[] m = TextRecordReader.bareDate(lower, 0); m != null; m = TextRecordReader.bareDate(lower, m[1])) {
            dates.add(m);
        }
        assertThat(dates).as("bare dates in '%s'", text).containsExactlyElementsOf(RegexDiagnosisChanges.bareDates(lower));
        assertThat(TextRecordReader.Words.of(text).starts()).as("label words in '%s'", text)
                .containsExactlyElementsOf(RegexDiagnosisChanges.labelWordStarts(lower));
        return talk;
    }


    private static String text(Random random) {
        int n = 1 + random.nextInt(14);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int glue = random.nextInt(8);
            b.append(glue == 0 ? "" : glue == 1 ? "/" : glue == 2 ? "-" : glue == 3 ? ", " : " ")
                    .append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
