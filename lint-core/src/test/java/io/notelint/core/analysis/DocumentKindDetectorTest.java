package io.notelint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentKindDetectorTest {

    private static final DocumentKindDetector DETECTOR = DocumentKindDetector.load();

    private static NoteKind kindOf(String text) {
        return DETECTOR.detect(Note.of("n", text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // titles on the first line
        "PSYCHIATRIC EVALUATION\\nIdentifying data: 34-year-old man.|EVALUATION",
        "Psychological Evaluation - Confidential\\nTests administered: WAIS-IV.|EVALUATION",
        "Discharge Summary: unit 4B\\nHospital course: stabilised on lithium.|DISCHARGE",
        "Psychiatric Consultation Note\\nReason: low mood after surgery.|CONSULT",
        "INTAKE\\nPresenting problem: panic attacks.|INTAKE",
        "Group Therapy Note\\nTopic: relapse prevention.|GROUP",
        "Progress Note\\nReason for referral: panic. Impression: better. Recommendations: continue.|PROGRESS",
        // section titles that name the kind, transcribed run-on style included
        "REASON FOR CONSULTATION:, Depressed mood. HISTORY OF PRESENT ILLNESS:, The patient ...|CONSULT",
        "Patient seen on the unit.\\nHOSPITAL COURSE: Started on sertraline.|DISCHARGE",
        // history, impression and recommendation sections together
        "Reason for referral: school refusal.\\nDevelopmental history: milestones on time.\\nImpression: separation anxiety.|EVALUATION",
        "HPI: worse sleep.\\nImpression: MDD.\\nRecommendations: start CBT.|EVALUATION",
        // progress notes stay progress notes
        "S: Client reports better sleep.\\nO: Calm.\\nA: Improving.\\nP: Next session 12/4.|PROGRESS",
        "Behavior: calm, engaged.\\nIntervention: CBT.\\nResponse: practised.\\nPlan: next week.|PROGRESS",
        "Client discussed discharge planning from the IOP.\\nNext session 12/4.|PROGRESS",
        "Impression: improving.\\nPlan: continue weekly.|PROGRESS",
        // a medication-management visit: a mental status exam and an assessment do not make an evaluation
        "Interval history: sleeping 7 hours.\\nMental status exam: calm, euthymic.\\nAssessment: stable.\\nPlan: RTC 4 weeks.|PROGRESS",
        "IDENTIFYING DATA: 40-year-old man.\\nSOURCES OF INFORMATION: patient and his wife.\\nIMPRESSION: alcohol use disorder.|EVALUATION",
    })
    void infersTheKindFromTitleAndHeaders(String text, NoteKind expected) {
        assertThat(kindOf(text)).as(text).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"text\": \"S: ok\", \"kind\": \"discharge\"}|DISCHARGE",
        "{\"text\": \"PSYCHIATRIC EVALUATION\", \"kind\": \"progress\"}|PROGRESS",
        "{\"text\": \"PSYCHIATRIC EVALUATION\", \"kind\": \"AUTO\"}|EVALUATION",
        "{\"text\": \"Notes.\", \"fields\": {\"noteType\": \"Psychiatric Consultation\"}}|CONSULT",
        "{\"text\": \"Notes.\", \"fields\": {\"loinc\": \"18842-5\"}}|DISCHARGE",
        "{\"text\": \"Notes.\", \"fields\": {\"modality\": \"group\"}}|GROUP",
        "{\"text\": \"Notes.\", \"fields\": {\"cptCode\": \"90791\"}}|INTAKE",
        "{\"text\": \"Notes.\", \"fields\": {\"cptCode\": \"90837\"}}|PROGRESS",
    })
    void aDeclaredKindOrATypeFieldComesFirst(String json, NoteKind expected) {
        assertThat(DETECTOR.detect(NoteJson.parseNote(json, "n"))).as(json).isEqualTo(expected);
    }
}
