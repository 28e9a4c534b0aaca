package io.notelint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.model.NoteFormat;
import io.notelint.core.model.SectionKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SectionDetectorTest {

    private final SectionDetector detector = new SectionDetector();

    private SectionLayout detect(String text) {
        return detector.detect(text, null);
    }

    private static List<SectionKind> kinds(SectionLayout layout) {
        return layout.sections().stream().map(Section::kind).toList();
    }

    private static String body(String text, SectionLayout layout, SectionKind kind) {
        return layout.first(kind).orElseThrow().body().in(text).strip();
    }

    @Test
    void fullNamesWithColons() {
        String text = "Subjective: Client reports low mood.\nObjective: Flat affect.\nAssessment: MDD.\nPlan: Weekly CBT.";
        SectionLayout l = detect(text);
        assertThat(l.format()).isEqualTo(NoteFormat.SOAP);
        assertThat(l.declared()).isFalse();
        assertThat(kinds(l)).containsExactly(SectionKind.SUBJECTIVE, SectionKind.OBJECTIVE, SectionKind.ASSESSMENT,
                SectionKind.PLAN);
        assertThat(body(text, l, SectionKind.OBJECTIVE)).isEqualTo("Flat affect.");
    }

    @Test
    void abbreviations() {
        String text = "Subj: reports low mood\nObj: flat\nAssess: MDD\nPlan: weekly";
        assertThat(kinds(detect(text))).containsExactly(SectionKind.SUBJECTIVE, SectionKind.OBJECTIVE,
                SectionKind.ASSESSMENT, SectionKind.PLAN);
        assertThat(detect("D: Client reports low mood.\nA: MDD.\nP: Continue CBT.").format()).isEqualTo(NoteFormat.DAP);
        assertThat(detect("B: Client paced.\nI: Grounding.\nR: Calmer.\nP: Weekly.").format()).isEqualTo(NoteFormat.BIRP);
        assertThat(detect("G: Reduce panic.\nI: Exposure.\nR: SUDS 60 to 30.\nP: 12/4.").format())
                .isEqualTo(NoteFormat.GIRP);
    }

    @Test
    void upperCaseHeadersAloneOnTheirLine() {
        String text = "SUBJECTIVE\nClient reports low mood.\nOBJECTIVE\nFlat affect.\nASSESSMENT\nMDD.\nPLAN\nWeekly CBT.";
        SectionLayout l = detect(text);
        assertThat(l.format()).isEqualTo(NoteFormat.SOAP);
        assertThat(body(text, l, SectionKind.PLAN)).isEqualTo("Weekly CBT.");
    }

    @Test
    void markdownAndBoldHeadersLeaveNoDecorationInTheBodyBefore() {
        String md = "## Subjective\nClient reports low mood.\n### Objective\nFlat affect.\n## Plan\nWeekly CBT.";
        SectionLayout l = detect(md);
        assertThat(kinds(l)).containsExactly(SectionKind.SUBJECTIVE, SectionKind.OBJECTIVE, SectionKind.PLAN);
        assertThat(body(md, l, SectionKind.SUBJECTIVE)).isEqualTo("Client reports low mood.");

        String bold = "**Subjective:** Low mood.\n**Objective:** Flat affect.\n**Assessment:** MDD.\n**Plan:** Weekly.";
        SectionLayout b = detect(bold);
        assertThat(b.format()).isEqualTo(NoteFormat.SOAP);
        assertThat(body(bold, b, SectionKind.SUBJECTIVE)).isEqualTo("Low mood.");
        assertThat(body(bold, b, SectionKind.PLAN)).isEqualTo("Weekly.");
    }

    @Test
    void inlineHeadersOnOneLine() {
        String text = "S: Stable mood. O: Calm. A: Euthymic. P: Next session 11/17.";
        SectionLayout l = detect(text);
        assertThat(kinds(l)).containsExactly(SectionKind.SUBJECTIVE, SectionKind.OBJECTIVE, SectionKind.ASSESSMENT,
                SectionKind.PLAN);
        assertThat(body(text, l, SectionKind.ASSESSMENT)).isEqualTo("Euthymic.");
    }

    @Test
    void numberedBulletedAndDashedHeaders() {
        String numbered = "1. Data: Fought with his sister twice.\n2. Assessment: Family conflict.\n3. Plan: Family session.";
        SectionLayout n = detect(numbered);
        assertThat(n.format()).isEqualTo(NoteFormat.DAP);
        assertThat(n.has(SectionKind.PREAMBLE)).isFalse();
        assertThat(body(numbered, n, SectionKind.DATA)).isEqualTo("Fought with his sister twice.");

        String dashed = "Subjective - Improved sleep.\nObjective - Bright affect.\nAssessment - Resolving.\nPlan - Follow up.";
        assertThat(detect(dashed).format()).isEqualTo(NoteFormat.SOAP);
        assertThat(body(dashed, detect(dashed), SectionKind.OBJECTIVE)).isEqualTo("Bright affect.");
    }

    @Test
    void fullLabelsMayTakeAFewMoreWordsBeforeTheColon() {
        String text = "Subjective report: low mood\nObjective observations: flat\nAssessment/Diagnosis: MDD\n"
                + "Plan for next session: exposure";
        SectionLayout l = detect(text);
        assertThat(kinds(l)).containsExactly(SectionKind.SUBJECTIVE, SectionKind.OBJECTIVE, SectionKind.ASSESSMENT,
                SectionKind.PLAN);
        assertThat(body(text, l, SectionKind.ASSESSMENT)).isEqualTo("MDD");
        assertThat(kinds(detect("Interventions used today: CBT\nResponse to intervention: engaged")))
                .containsExactly(SectionKind.INTERVENTION, SectionKind.RESPONSE);
        // four words or more before a colon make a sentence, not a header
        assertThat(kinds(detect("Plan to meet weekly with her: mother"))).containsExactly(SectionKind.PREAMBLE);
    }

    @Test
    void numberedPieHeaders() {
        String text = "P#1: Insomnia.\nI#1: CBT-I.\nE#1: Agreed to the window; review 1/21.";
        SectionLayout l = detect(text);
        assertThat(l.format()).isEqualTo(NoteFormat.PIE);
        assertThat(kinds(l)).containsExactly(SectionKind.PROBLEM, SectionKind.INTERVENTION, SectionKind.EVALUATION);
        assertThat(detect("Problem #1: Insomnia.\nIntervention #1: CBT-I.\nEvaluation #1: Agreed.").format())
                .isEqualTo(NoteFormat.PIE);
        assertThat(detect("P1: Insomnia.\nI1: CBT-I.\nE1: Agreed.").format()).isEqualTo(NoteFormat.PIE);
        // a problem title after the number, its own colon later on the line
        SectionLayout titled = detect("P#1 Depressed mood: PHQ-9 14.\nI#1 Activation: 3 activities.\nE#1 Completed 2 of 3.");
        assertThat(titled.format()).isEqualTo(NoteFormat.PIE);
        assertThat(kinds(titled)).containsExactly(SectionKind.PROBLEM, SectionKind.INTERVENTION, SectionKind.EVALUATION);
    }

    @Test
    void pieInferredWithoutADeclaredFormatAndPResolvedAsProblem() {
        String text = "Problem: Social withdrawal.\nIntervention: Behavioral activation.\nEvaluation: Agreed to text a friend.";
        assertThat(detect(text).format()).isEqualTo(NoteFormat.PIE);
        SectionLayout abbreviated = detect("P: Social withdrawal.\nI: Activation.\nE: Agreed to text a friend.");
        assertThat(abbreviated.format()).isEqualTo(NoteFormat.PIE);
        assertThat(abbreviated.sections().get(0).kind()).isEqualTo(SectionKind.PROBLEM);
    }

    @Test
    void ambiguousPIsPlanInSoapAndProblemInDeclaredPie() {
        String text = "P: Insomnia.\nI: Sleep restriction.";
        assertThat(detector.detect(text, NoteFormat.PIE).sections().get(0).kind()).isEqualTo(SectionKind.PROBLEM);
        assertThat(detector.detect(text, NoteFormat.SOAP).sections().get(0).kind()).isEqualTo(SectionKind.PLAN);
        assertThat(detector.detect(text, NoteFormat.PIE).declared()).isTrue();
    }

    @Test
    void aLonePIsNotEvidenceOfAnyFormat() {
        assertThat(detect("Client reports low mood.\nP: Continue CBT.").format()).isEqualTo(NoteFormat.FREE);
        assertThat(detect("Assessment: MDD.\nPlan: Continue CBT.").format()).isEqualTo(NoteFormat.FREE);
    }

    @Test
    void goalsAndPlanAloneDoNotMakeAGirpNote() {
        assertThat(detect("Goals: Reduce panic.\nPlan: Weekly sessions.").format()).isEqualTo(NoteFormat.FREE);
        assertThat(detect("Goals: Reduce panic.\nInterventions: Exposure.\nPlan: Weekly.").format())
                .isEqualTo(NoteFormat.GIRP);
    }

    @Test
    void ukSpellingAndLongerLabels() {
        assertThat(detect("Behaviour: Paced.\nIntervention(s): Grounding.\nClient response: Calmer.\nPlan: Weekly.")
                .format()).isEqualTo(NoteFormat.BIRP);
        String girp = "Goal(s)/Objective(s) addressed: G1.\nIntervention: CBT.\nResponse: Engaged.\nPlan: Weekly.";
        assertThat(kinds(detect(girp)).get(0)).isEqualTo(SectionKind.GOAL);
    }

    @Test
    void substituteHeadersStandInForTheirSoapSection() {
        SectionLayout l = detect("Client Report: low mood\nClinician Observations: flat\nAssessment: MDD\nPlan: weekly");
        assertThat(l.format()).isEqualTo(NoteFormat.SOAP);
        assertThat(l.has(SectionKind.OBJECTIVE)).isTrue();
        SectionLayout birp = detector.detect("Behavior: paced\nMSE: alert\nIntervention: CBT\nResponse: calm", NoteFormat.BIRP);
        assertThat(kinds(birp)).contains(SectionKind.OTHER).doesNotContain(SectionKind.OBJECTIVE);
    }

    @Test
    void combinedAssessmentAndPlanHeaderNamesBothKinds() {
        assertThat(detector.kindsOf("A/P")).containsExactlyInAnyOrder(SectionKind.ASSESSMENT, SectionKind.PLAN);
        assertThat(detector.kindsOf("Assessment and Plan")).contains(SectionKind.PLAN);
        assertThat(detector.kindsOf("Plan")).containsExactly(SectionKind.PLAN);
        assertThat(detector.kindsOf("Planning")).isEmpty();
    }

    @Test
    void emptySectionDoesNotSwallowTheNextHeader() {
        String text = "Behavior: paced\nIntervention:\nResponse: calmer\nPlan: weekly";
        SectionLayout l = detect(text);
        assertThat(kinds(l)).containsExactly(SectionKind.BEHAVIOR, SectionKind.INTERVENTION, SectionKind.RESPONSE,
                SectionKind.PLAN);
        assertThat(l.first(SectionKind.INTERVENTION).orElseThrow().isEmpty(text)).isTrue();
    }

    @Test
    void titleLineNamesTheFormatWhenHeadersAreAmbiguous() {
        SectionLayout l = detect("DAP Note\nAssessment: Adjustment disorder.\nPlan: Weekly sessions.");
        assertThat(l.format()).isEqualTo(NoteFormat.DAP);
        assertThat(l.declared()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Client reports that the plan to move fell through.",
        "Assessment of risk was completed; risk low.",
        "She said: plan ahead.",
        "A1c: 6.1 per PCP.",
        "Objective 1a: initiated two conversations.",
        "Data 2020: none.",
        "Plan-based budgeting was discussed.",
        "s: lower-case single letters are not headers"})
    void sentencesThatMerelyContainLabelWordsAreNotHeaders(String text) {
        SectionLayout l = detect(text);
        assertThat(kinds(l)).containsExactly(SectionKind.PREAMBLE);
        assertThat(l.format()).isEqualTo(NoteFormat.FREE);
    }

    @Test
    void declaredFormatWinsOverHeaders() {
        SectionLayout l = detector.detect("Data: reports low mood.\nPlan: weekly.", NoteFormat.SOAP);
        assertThat(l.format()).isEqualTo(NoteFormat.SOAP);
        assertThat(l.declared()).isTrue();
    }

    @Test
    void sectionsAreContiguousAndOffsetsExact() {
        String text = "Intro line.\n**S:** a\n## O\nb\n- A: c\n1) P: d";
        SectionLayout l = detect(text);
        int previousEnd = 0;
        for (Section s : l.sections()) {
            int start = s.headerSpan() == null ? s.body().start() : s.headerSpan().start();
            assertThat(start).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = s.body().end();
            if (s.headerSpan() != null) {
                assertThat(s.headerSpan().in(text)).isEqualTo(s.header());
            }
        }
        assertThat(previousEnd).isEqualTo(text.length());
        assertThat(kinds(l)).containsExactly(SectionKind.PREAMBLE, SectionKind.SUBJECTIVE, SectionKind.OBJECTIVE,
                SectionKind.ASSESSMENT, SectionKind.PLAN);
    }
}
