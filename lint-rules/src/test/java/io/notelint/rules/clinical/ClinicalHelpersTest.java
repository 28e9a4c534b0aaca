package io.notelint.rules.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.model.Diagnosis;
import io.notelint.core.text.ResourceLines;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClinicalHelpersTest {

    @ParameterizedTest
    @CsvSource({
        "Zoloft, sertraline", "sertraline HCl, sertraline", "Wellbutrin XL, bupropion", "bupropion XL 300 mg, bupropion",
        "Lithobid, lithium", "lithium carbonate, lithium", "Suboxone, buprenorphine", "Subutex, buprenorphine",
        "Vivitrol, naltrexone", "Concerta, methylphenidate", "Ritalin LA, methylphenidate", "Adderall XR, amphetamine",
        "SEROQUEL, quetiapine", "Abilify Maintena, aripiprazole", "Lamictal, lamotrigine", "Depakote ER, valproate",
        "divalproex, valproate", "Effexor XR, venlafaxine", "unknownium, unknownium"
    })
    void brandAndGenericNamesMeetAtTheGenericName(String listed, String generic) {
        assertThat(MedicationNames.canonical(listed)).isEqualTo(generic);
    }

    @Test
    void theDrugMapCoversSixtyDrugsAndNoNameMeansTwoDrugs() {
        List<String[]> rows = ResourceLines.tsv(MedicationNames.class, "medication-names.tsv", 1);
        assertThat(rows.size()).isGreaterThanOrEqualTo(60);
        Set<String> seen = new HashSet<>();
        for (String[] row : rows) {
            List<String> names = new java.util.ArrayList<>(List.of(row[0]));
            if (row.length > 1) {
                for (String b : row[1].split(",")) {
                    names.add(b);
                }
            }
            for (String n : names) {
                assertThat(seen.add(MedicationNames.fold(n))).as("name listed twice: %s", n).isTrue();
            }
        }
    }

    @Test
    void textMentionsMatchWholeWordsOfAnyName() {
        assertThat(MedicationNames.mentioned("psychiatrist raised her zoloft to 100.", "sertraline")).isTrue();
        assertThat(MedicationNames.mentioned("continues sertraline", "Zoloft")).isTrue();
        assertThat(MedicationNames.mentioned("no change to lithiumx", "lithium")).isFalse();
        assertThat(MedicationNames.mentioned("tolerating the new dose", "lithium")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "600 mg|600mg", "600mg|600mg", "0.6 g|600mg", "1,000 mg|1000mg", "500 mcg|0.5mg", "50 mg AM / 100 mg HS|50mg/100mg",
        "2 tabs|2"
    })
    void dosesCompareByAmountAndUnit(String dose, String key) {
        assertThat(MedicationChanges.doseKey(dose)).isEqualTo(key);
    }

    @Test
    void unreadableOrBlankDosesHaveNoKey() {
        assertThat(MedicationChanges.doseKey("")).isNull();
        assertThat(MedicationChanges.doseKey("as directed")).isNull();
    }

    @Test
    void diagnosesAreNamedByCodeInitialsOrKeyWords() {
        Diagnosis mdd = new Diagnosis("F33.1", "Major depressive disorder, recurrent, moderate");
        assertThat(DiagnosisChanges.mentioned("Criteria reviewed: F33.1 confirmed.", mdd)).isTrue();
        assertThat(DiagnosisChanges.mentioned("Symptoms fit MDD.", mdd)).isTrue();
        assertThat(DiagnosisChanges.mentioned("Major depression, recurrent.", mdd)).isTrue();
        assertThat(DiagnosisChanges.mentioned("Client reports depressed mood.", mdd)).isFalse();
        Diagnosis ptsd = new Diagnosis("F43.10", "Post-traumatic stress disorder, unspecified");
        assertThat(DiagnosisChanges.mentioned("PTSD symptoms: nightmares 3x/week.", ptsd)).isTrue();
        assertThat(DiagnosisChanges.mentioned("Post-traumatic stress symptoms persist.", ptsd)).isTrue();
        assertThat(DiagnosisChanges.mentioned("Client reports stress at work.", ptsd)).isFalse();
        Diagnosis gad = new Diagnosis("F41.1", "Generalized anxiety disorder");
        assertThat(DiagnosisChanges.mentioned("Client anxious about the interview.", gad)).isFalse();
        assertThat(DiagnosisChanges.codeKey(" f41.1 ")).isEqualTo("F411");
        Diagnosis aud = new Diagnosis("F10.20", "Alcohol use disorder, moderate");
        assertThat(DiagnosisChanges.mentioned("Client drank alcohol on 4 nights.", aud)).isFalse();
        assertThat(DiagnosisChanges.mentioned("Now meets alcohol use disorder, moderate.", aud)).isTrue();
        assertThat(DiagnosisChanges.mentioned("AUD confirmed.", aud)).isTrue();
        Diagnosis bipolar = new Diagnosis("F31.81", "Bipolar II disorder");
        assertThat(DiagnosisChanges.mentioned("Bipolar depression is lifting.", bipolar)).isTrue();
    }

    @Test
    void phraseAlternativesExpand() {
        assertThat(PhraseFamilies.expand("(thoughts|urges) of (hurting|) him"))
                .containsExactly("thoughts of hurting him", "thoughts of him", "urges of hurting him", "urges of him");
        assertThat(PhraseFamilies.expand("safety plan")).containsExactly("safety plan");
        // runs of spaces, tabs and line breaks become one space, as replaceAll("\\s+", " ") would; others stay
        assertThat(PhraseFamilies.expand(" a  (b|)\t\r\nc\u00A0d ")).containsExactly("a b c\u00A0d", "a c\u00A0d");
    }

    /** Every family of every clinical phrase file expands as the plain recursive substitution does. */
    @Test
    void phraseFamiliesExpandAsRecursiveSubstitution() throws java.io.IOException {
        List<String> families = new java.util.ArrayList<>(List.of("(a|b) (c|) d(e|ed)", "(|)", "x (|) y", "  ", "(a)(b|c)"));
        java.nio.file.Path dir = java.nio.file.Path.of("src/main/resources/io/notelint/rules/clinical");
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
                for (String[] row : ResourceLines.tsv(PhraseFamilies.class, f.getFileName().toString(), 1)) {
                    families.add(row[0]);
                }
            }
        }
        assertThat(families).hasSizeGreaterThan(300);
        for (String family : families) {
            assertThat(PhraseFamilies.expand(family)).as(family).isEqualTo(bySubstitution(family));
        }
        assertThatThrownBy(() -> PhraseFamilies.expand("(a|(b) c")).hasMessageContaining("groups do not nest");
        assertThatThrownBy(() -> PhraseFamilies.expand("(a|b) (c")).hasMessageContaining("unbalanced");
    }

    /**
     * load() walks the families into the trie without expanding them; the reference expands each family,
     * keeps the first value of a repeated phrase and keys each phrase whole. Same size, and every phrase
     * (and every edge case of family-walk-cases.tsv) matches the same entry in both.
     */
    @Test
    void familiesWalkedIntoTheTrieMatchAsTheExpandedPhrases() throws java.io.IOException {
        List<String> resources = new java.util.ArrayList<>(List.of("family-walk-cases.tsv"));
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/io/notelint/rules/clinical"))) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".tsv")).sorted().forEach(resources::add);
        }
        var tokenizer = io.notelint.core.analysis.TextToolkit.standard().tokenizer();
        int phrases = 0;
        for (String resource : resources) {
            var rowsA = new java.util.concurrent.atomic.AtomicInteger();
            var walked = PhraseFamilies.load(resource, cols -> rowsA.incrementAndGet() + ":" + String.join("|", cols));
            var rowsB = new java.util.concurrent.atomic.AtomicInteger();
            java.util.Map<String, String> entries = new java.util.LinkedHashMap<>();
            for (String[] row : ResourceLines.tsv(PhraseFamilies.class, resource, 1)) {
                String value = rowsB.incrementAndGet() + ":" + String.join("|", java.util.Arrays.copyOfRange(row, 1, row.length));
                PhraseFamilies.expand(row[0]).forEach(p -> entries.putIfAbsent(p, value));
            }
            var expanded = io.notelint.core.lexicon.PhraseLexicon.of(entries, tokenizer);
            assertThat(walked.size()).as(resource).isEqualTo(expanded.size());
            for (String phrase : entries.keySet()) {
                var tokens = tokenizer.tokenize(phrase + " z", new io.notelint.core.text.Span(0, phrase.length() + 2));
                for (int i = 0; i < tokens.size(); i++) {
                    assertThat(walked.longestAt(tokens, i)).as(resource + ": " + phrase + " at " + i)
                            .isEqualTo(expanded.longestAt(tokens, i));
                }
                phrases++;
            }
        }
        assertThat(phrases).as("risk-mentions.tsv alone expands to tens of thousands").isGreaterThan(80_000);
    }

    /** The reference: substitute each alternative of the first group and expand the result again. */
    private static List<String> bySubstitution(String phrase) {
        int open = phrase.indexOf('(');
        if (open < 0) {
            return List.of(phrase.replaceAll("\\s+", " ").strip());
        }
        int close = phrase.indexOf(')', open);
        List<String> out = new java.util.ArrayList<>();
        for (String alt : phrase.substring(open + 1, close).split("\\|", -1)) {
            for (String rest : bySubstitution(phrase.substring(0, open) + alt + phrase.substring(close + 1))) {
                if (!rest.isEmpty()) {
                    out.add(rest);
                }
            }
        }
        return out;
    }

    @Test
    void sessionsPastMidnightWrap() {
        assertThat(SessionClock.minutesBetween(LocalTime.of(23, 30), LocalTime.of(0, 20))).isEqualTo(50);
        assertThat(SessionClock.minutesBetween(LocalTime.of(14, 0), LocalTime.of(14, 53))).isEqualTo(53);
    }

    @Test
    void cptFieldsMayHoldSeveralCodesAndModifiers() {
        assertThat(CptCodes.codes("99214, 90836")).containsExactly("99214", "90836");
        assertThat(CptCodes.codes("90837-95")).containsExactly("90837");
        assertThat(CptCodes.codes("90839+90840x2")).containsExactly("90839", "90840");
        assertThat(CptCodes.codes("H0004")).isEmpty();
        assertThat(CptCodes.isEvaluationAndManagement("99214")).isTrue();
        assertThat(CptCodes.isEvaluationAndManagement("90837")).isFalse();
    }
}
