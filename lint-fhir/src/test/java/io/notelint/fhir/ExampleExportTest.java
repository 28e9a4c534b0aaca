package io.notelint.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import io.notelint.core.batch.NoteRecord;
import io.notelint.core.model.Clinician;
import io.notelint.core.model.Diagnosis;
import io.notelint.core.model.Goal;
import io.notelint.core.model.Medication;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFormat;
import io.notelint.core.model.NoteKind;
import io.notelint.core.model.RiskLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed example export (examples/fhir/, made by scripts/fhir-example.py), read as a user would. */
class ExampleExportTest {

    private static Path export;
    private static Map<String, NoteRecord> records;

    @BeforeAll
    static void read() {
        export = FhirTestSupport.repoRoot().resolve("examples/fhir");
        records = new LinkedHashMap<>();
        for (NoteRecord r : FhirTestSupport.read(export.toString())) {
            assertThat(records.put(r.noteId(), r)).as("one result per record: " + r.noteId()).isNull();
        }
    }

    @Test
    void everyResourceButTheDeliberatelyBrokenLinesIsValidR4ToHapiStrictParser() throws Exception {
        IParser strict = FhirContext.forR4().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        int parsed = 0;
        try (Stream<Path> files = Files.list(export)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ndjson")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.contains("x-not-json") || line.contains("x-bad-base64")) {
                        continue; // the broken lines, on purpose
                    }
                    strict.parseResource(line);
                    parsed++;
                }
            }
        }
        assertThat(parsed).isGreaterThan(60);
    }

    @Test
    void eachBrokenRecordGetsItsOwnErrorNamingTheResourceAndWhy() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("DocumentReference/x-pdf", "unsupported-attachment");
        expected.put("DocumentReference/x-image", "unsupported-attachment");
        expected.put("DocumentReference/x-no-attachment", "missing-attachment");
        expected.put("DocumentReference/x-bad-base64", "invalid-attachment");
        expected.put("DocumentReference/x-missing-binary", "unresolved-reference");
        expected.put("DocumentReference/x-missing-encounter", "unresolved-reference");
        expected.put("Observation/x-observation", "not-a-note");
        expected.forEach((ref, code) -> {
            NoteRecord r = records.get(ref);
            assertThat(r).as(ref).isNotNull();
            assertThat(r.ok()).as(ref).isFalse();
            assertThat(r.error().code()).as(ref).isEqualTo(code);
            assertThat(r.error().message()).as(ref).contains(ref);
            assertThat(r.origin().source()).isEqualTo(export + "/DocumentReference.ndjson");
            assertThat(r.origin().line()).isPositive();
        });
        assertThat(records.get("DocumentReference/x-pdf").error().message()).contains("application/pdf");
        // the line that is not JSON is named by its line, and says nothing of its content
        List<NoteRecord> invalid = records.values().stream().filter(r -> !r.ok() && r.error().code().equals("invalid-fhir")).toList();
        assertThat(invalid).hasSize(1);
        assertThat(invalid.get(0).error().message()).startsWith("line 18: ").doesNotContain("status");
        // the rest are linted: 8 sessions, an intake, a discharge summary, a Composition
        assertThat(records.values().stream().filter(NoteRecord::ok).map(NoteRecord::noteId)).containsExactly(
                "DocumentReference/a-3", "DocumentReference/a-1", "DocumentReference/a-2", "DocumentReference/b-2",
                "DocumentReference/b-1", "DocumentReference/b-3", "DocumentReference/c-1", "DocumentReference/c-2",
                "DocumentReference/a-0", "DocumentReference/b-9", "Composition/c-3");
    }

    @Test
    void aSessionNoteTakesItsFieldsFromTheResourcesAroundIt() {
        Note a3 = records.get("DocumentReference/a-3").note();
        assertThat(a3.text()).startsWith("S: Client reports worry time down");
        assertThat(a3.declaredFormat()).contains(NoteFormat.SOAP);
        assertThat(a3.declaredKind()).contains(NoteKind.PROGRESS);
        var f = a3.fields();
        assertThat(f.clientId()).isEqualTo("CL-A");
        assertThat(f.sessionDate()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(f.startTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(f.endTime()).isEqualTo(LocalTime.of(10, 53));
        assertThat(f.durationMinutes()).isEqualTo(53);
        assertThat(f.cptCode()).isEqualTo("90837");
        assertThat(f.modality()).isEqualTo("individual");
        assertThat(f.diagnoses()).containsExactly(new Diagnosis("F41.1", "Generalized anxiety disorder"));
        assertThat(f.goals()).containsExactly(new Goal("G1", "Worry under 30 minutes a day"));
        assertThat(f.riskLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(f.clinician()).isEqualTo(new Clinician("Lena Okafor", "LCSW"));
        assertThat(f.signedAt()).isEqualTo(Instant.parse("2026-03-17T10:53:00Z"));
        assertThat(f.medications()).isNull(); // none recorded for this client: absent, not empty
        Note b2 = records.get("DocumentReference/b-2").note();
        assertThat(b2.fields().medications()).containsExactly(new Medication("naltrexone", "50 mg", "daily"));
        assertThat(b2.fields().riskLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(records.get("DocumentReference/b-3").note().fields().riskLevel()).isEqualTo(RiskLevel.MODERATE);
        assertThat(records.get("DocumentReference/c-2").note().fields().modality()).isEqualTo("telehealth");
    }

    @Test
    void historyIsTheClientsEarlierNotesByDateWhateverTheFileOrder() {
        assertThat(ids(records.get("DocumentReference/a-3").note().history())).containsExactly(
                "DocumentReference/a-2", "DocumentReference/a-1", "DocumentReference/a-0");
        assertThat(ids(records.get("DocumentReference/a-1").note().history())).containsExactly("DocumentReference/a-0");
        assertThat(records.get("DocumentReference/a-0").note().history()).isEmpty();
        assertThat(ids(records.get("Composition/c-3").note().history())).containsExactly(
                "DocumentReference/c-2", "DocumentReference/c-1");
        assertThat(ids(records.get("DocumentReference/b-9").note().history())).containsExactly(
                "DocumentReference/b-3", "DocumentReference/b-2", "DocumentReference/b-1");
        // an earlier note carries its own fields, not its own history
        Note previous = records.get("DocumentReference/a-3").note().history().get(0);
        assertThat(previous.fields().sessionDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(previous.history()).isEmpty();
    }

    @Test
    void historyIsBoundedByTheHistoryLimit() {
        var options = io.notelint.io.ReadOptions.of(io.notelint.core.limits.Limits.DEFAULT.withMaxHistoryEntries(1));
        NoteRecord a3 = FhirTestSupport.read(options, export.toString()).stream()
                .filter(r -> r.noteId().equals("DocumentReference/a-3")).findFirst().orElseThrow();
        assertThat(ids(a3.note().history())).containsExactly("DocumentReference/a-2");
    }

    @Test
    void htmlCompositionAndBinaryTextsReadAsPlainTextWithTheirParagraphs() {
        Note intake = records.get("DocumentReference/a-0").note();
        assertThat(intake.declaredKind()).contains(NoteKind.INTAKE);
        assertThat(intake.text()).startsWith("Presenting problem\n\nClient describes constant worry")
                .contains("\n\nPlan\n\n- Weekly CBT for anxiety.\n- First session 3/3 at 10:00.")
                .doesNotContain("<");
        Note composition = records.get("Composition/c-3").note();
        assertThat(composition.declaredKind()).contains(NoteKind.PROGRESS);
        assertThat(composition.text()).startsWith("Subjective:\nClient went to the gym twice")
                .contains("\n\nPlan:\n- Keep the activity schedule.\n- Next session 5/26 at 09:00.");
        assertThat(composition.fields().durationMinutes()).isEqualTo(53);
        assertThat(composition.fields().signedAt()).isEqualTo(Instant.parse("2026-05-19T10:05:00Z"));
        assertThat(composition.fields().clinician()).isEqualTo(new Clinician("Lena Okafor", "LCSW"));
        Note discharge = records.get("DocumentReference/b-9").note();
        assertThat(discharge.declaredKind()).contains(NoteKind.DISCHARGE);
        assertThat(discharge.text()).startsWith("Discharge summary. Client completed 8 sessions");
        assertThat(discharge.fields().clinician()).isEqualTo(new Clinician("Tomas Brandt", "PsyD"));
    }

    @Test
    void theSameExportGzippedReadsTheSame(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path gz = tmp.resolve("export");
        Files.createDirectories(gz);
        try (Stream<Path> files = Files.list(export)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".ndjson")) {
                    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz.resolve(name + ".gz")))) {
                        out.write(Files.readAllBytes(f));
                    }
                }
            }
        }
        // no manifest: the files are found by name
        List<NoteRecord> again = FhirTestSupport.read(gz.toString());
        assertThat(again).hasSize(records.size());
        for (NoteRecord r : again) {
            NoteRecord before = records.get(r.noteId());
            assertThat(before).as(r.noteId()).isNotNull();
            assertThat(r.ok()).isEqualTo(before.ok());
            if (r.ok()) {
                assertThat(r.note().text()).isEqualTo(before.note().text());
                assertThat(r.note().fields()).isEqualTo(before.note().fields());
                assertThat(ids(r.note().history())).isEqualTo(ids(before.note().history()));
            } else {
                assertThat(r.error().code()).isEqualTo(before.error().code());
            }
        }
    }

    private static List<String> ids(List<Note> notes) {
        return notes.stream().map(Note::id).toList();
    }
}
