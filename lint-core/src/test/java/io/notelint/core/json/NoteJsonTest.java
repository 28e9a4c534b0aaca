package io.notelint.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFormat;
import io.notelint.core.model.NoteFormatException;
import io.notelint.core.model.RiskLevel;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class NoteJsonTest {

    @Test
    void readsTheSpecExampleWithTypedFields() {
        Note n = NoteJson.parseNote("""
                {"id": "n-1042", "format": "SOAP", "text": "S: ok\\nP: Next session 12/4",
                 "fields": {"clientId": "c-77", "sessionDate": "2026-11-20", "startTime": "14:00", "endTime": "14:53",
                   "durationMinutes": 53, "cptCode": "90837", "modality": "individual",
                   "diagnoses": [{"code": "F33.1", "display": "Major depressive disorder"}],
                   "medications": [{"name": "sertraline", "dose": "100 mg", "frequency": "daily"}],
                   "riskLevel": "low", "goals": [{"id": "G1", "text": "PHQ-9 below 10"}],
                   "clinician": {"name": "A. Rivera", "credentials": "LCSW"}, "signedAt": "2026-11-21T09:12:00Z",
                   "payer": "X"},
                 "history": [{"id": "n-1031", "text": "earlier", "fields": {"riskLevel": "moderate"},
                              "history": [{"id": "dropped", "text": "x"}]}],
                 "source": {"system": "ehr"}}
                """, null);
        assertThat(n.id()).isEqualTo("n-1042");
        assertThat(n.format()).isEqualTo(NoteFormat.SOAP);
        assertThat(n.fields().sessionDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(n.fields().endTime()).isEqualTo(LocalTime.of(14, 53));
        assertThat(n.fields().durationMinutes()).isEqualTo(53);
        assertThat(n.fields().riskLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(n.fields().medicationList()).singleElement().satisfies(m -> assertThat(m.dose()).isEqualTo("100 mg"));
        assertThat(n.fields().clinician().credentials()).isEqualTo("LCSW");
        assertThat(n.fields().extra()).containsEntry("payer", "X");
        assertThat(n.extra()).containsKey("source");
        assertThat(n.previous()).hasValueSatisfying(p -> {
            assertThat(p.fields().riskLevel()).isEqualTo(RiskLevel.MODERATE);
            assertThat(p.history()).isEmpty();
        });
    }

    @Test
    void malformedFieldsAreRecordedNotFatal() {
        Note n = NoteJson.parseNote("""
                {"id": "x", "text": "t", "format": "SOAPY", "fields": {"sessionDate": "yesterday", "durationMinutes": "fifty",
                 "riskLevel": "extreme", "cptCode": 90834}}""", null);
        assertThat(n.format()).isNull();
        assertThat(n.fields().sessionDate()).isNull();
        assertThat(n.fields().cptCode()).isEqualTo("90834");
        assertThat(n.fields().invalid()).containsKeys("sessionDate", "durationMinutes", "riskLevel")
                .doesNotContainKey("format");
        // an unknown format is the note's, not a field: it is reported, and it does not make the note carry a record
        assertThat(n.invalid()).containsOnlyKeys("format");
    }

    @Test
    void autoMeansDetectInAnyCaseForFormatAndKind() {
        for (String auto : new String[] {"auto", "AUTO", " Auto "}) {
            Note n = NoteJson.parseNote("{\"id\": \"x\", \"text\": \"t\", \"format\": \"" + auto + "\", \"kind\": \""
                    + auto + "\"}", null);
            assertThat(n.format()).isNull();
            assertThat(n.kind()).isNull();
            assertThat(n.invalid()).isEmpty();
            assertThat(n.fields().invalid()).isEmpty();
            assertThat(n).isEqualTo(NoteJson.parseNote("{\"id\": \"x\", \"text\": \"t\"}", null));
        }
    }

    @Test
    void readsADeclaredKindAndReportsAnUnknownOne() {
        Note n = NoteJson.parseNote("{\"id\": \"x\", \"text\": \"t\", \"kind\": \"Evaluation\"}", null);
        assertThat(n.kind()).isEqualTo(io.notelint.core.model.NoteKind.EVALUATION);
        Note bad = NoteJson.parseNote("{\"id\": \"x\", \"text\": \"t\", \"kind\": \"therapy\"}", null);
        assertThat(bad.kind()).isNull();
        assertThat(bad.invalid()).containsKey("kind");
        assertThat(bad.extra()).doesNotContainKey("kind");
    }

    @Test
    void formatAutoAsksForDetectionAndIsNotAnError() {
        Note n = NoteJson.parseNote("{\"id\": \"x\", \"text\": \"t\", \"format\": \"Auto\"}", null);
        assertThat(n.format()).isNull();
        assertThat(n.fields().invalid()).doesNotContainKey("format");
    }

    @Test
    void rejectsRecordsWithoutIdOrTextNamingWhatIsMissing() {
        assertThatThrownBy(() -> NoteJson.parseNote("{\"text\": \"secret words\"}", null))
                .isInstanceOf(NoteFormatException.class).hasMessageContaining("'id'").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> NoteJson.parseNote("{\"id\": \"a\", \"text\": 5}", null))
                .hasMessageContaining("'text' must be a string");
        assertThatThrownBy(() -> NoteJson.parseNote("[1]", null)).hasMessageContaining("JSON object");
    }

    /** Issue 19 item 9: each of these was accepted silently. */
    @Test
    void duplicateKeysAHistoryOfTheWrongTypeAndOverflowingNumbersAreRefused() {
        assertThatThrownBy(() -> NoteJson.parseNote("{\"id\": \"a\", \"text\": \"one\",\n \"text\": \"Zyxcanary\"}", null))
                .isInstanceOf(NoteFormatException.class)
                .hasMessage("malformed JSON at line 2, column 8: the same key twice in one object");
        assertThatThrownBy(() -> NoteJson.parseNote("{\"id\": \"a\", \"text\": \"x\", \"fields\": {\"cptCode\": \"90837\","
                + " \"cptCode\": \"90832\"}}", null)).hasMessageContaining("the same key twice");
        for (String history : new String[] {"\"Zyxcanary\"", "{\"text\": \"Zyxcanary\"}", "5"}) {
            assertThatThrownBy(() -> NoteJson.parseNote("{\"id\": \"a\", \"text\": \"x\", \"history\": " + history + "}", null))
                    .isInstanceOf(NoteFormatException.class)
                    .hasMessage("note 'a': 'history' must be an array of earlier notes");
        }
        assertThat(NoteJson.parseNote("{\"id\": \"a\", \"text\": \"x\", \"history\": null}", null).history()).isEmpty();
        for (String where : new String[] {"\"fields\": {\"durationMinutes\": 1e999}", "\"fields\": {\"custom\": {\"score\": -1E999}}",
            "\"history\": [{\"text\": \"y\", \"fields\": {\"durationMinutes\": 2e400}}]"}) {
            assertThatThrownBy(() -> NoteJson.parseNote("{\"id\": \"a\", \"text\": \"x\", " + where + "}", null))
                    .as(where).isInstanceOf(NoteFormatException.class)
                    .hasMessageContaining("is too large to read (past 1.8e308, such as 1e999)");
        }
        assertThat(NoteJson.parseNote("{\"id\": \"a\", \"text\": \"x\", \"fields\": {\"durationMinutes\": 5e1}}", null)
                .fields().durationMinutes()).isEqualTo(50);
    }

    @Test
    void malformedJsonNamesThePositionButNotTheContent() {
        assertThatThrownBy(() -> NoteJson.parseNote("{\"id\": \"a\", \"text\": \"PRIVATE canary\" oops}", null))
                .isInstanceOf(NoteFormatException.class)
                .hasMessageContaining("column")
                .hasMessageNotContaining("PRIVATE").hasMessageNotContaining("oops");
    }
}
