package io.notelint.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.io.InputFile;
import io.notelint.io.NoteInputs;
import io.notelint.core.batch.NoteRecord;
import io.notelint.core.model.Clinician;
import io.notelint.core.model.NoteKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each kind of FHIR input the issue lists, and that NoteLint's own files are not mistaken for FHIR. */
class FhirInputsTest {

    @TempDir
    Path tmp;

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String docRef(String id, String text, String extra) {
        return "{\"resourceType\":\"DocumentReference\",\"id\":\"" + id + "\",\"status\":\"current\","
                + "\"subject\":{\"reference\":\"Patient/p1\"},\"content\":[{\"attachment\":{\"contentType\":\"text/plain\","
                + "\"data\":\"" + b64(text) + "\"}}]" + extra + "}";
    }

    private Path write(String name, String content) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void aSingleDocumentReference() throws Exception {
        Path f = write("note.json", docRef("d1", "S: fine.\nP: next week.", ",\"date\":\"2026-01-05T10:00:00Z\","
                + "\"type\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"11488-4\"}]},"
                + "\"context\":{\"encounter\":[{\"reference\":\"Encounter/e-elsewhere\"}],"
                + "\"period\":{\"start\":\"2026-01-05T09:00:00-05:00\",\"end\":\"2026-01-05T09:45:00-05:00\"}},"
                + "\"author\":[{\"reference\":\"Practitioner/nowhere\",\"display\":\"Dr. A. Reyes\"}]"));
        List<NoteRecord> records = FhirTestSupport.read(f.toString());
        assertThat(records).hasSize(1);
        NoteRecord r = records.get(0);
        assertThat(r.ok()).as(String.valueOf(r.error())).isTrue();
        assertThat(r.noteId()).isEqualTo("DocumentReference/d1");
        assertThat(r.note().text()).isEqualTo("S: fine.\nP: next week.");
        assertThat(r.note().declaredKind()).contains(NoteKind.CONSULT);
        // the clinician's own clock, as written
        assertThat(r.note().fields().startTime()).hasToString("09:00");
        assertThat(r.note().fields().endTime()).hasToString("09:45");
        // a lone resource: references to what is not in the input are not errors; a display is used
        assertThat(r.note().fields().clinician()).isEqualTo(new Clinician("Dr. A. Reyes", null));
        assertThat(r.note().fields().clientId()).isEqualTo("p1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"collection", "searchset", "document", "transaction"})
    void aBundleOfEachType(String type) throws Exception {
        String request = type.equals("transaction") ? ",\"request\":{\"method\":\"POST\",\"url\":\"X\"}" : "";
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"" + type + "\",\"entry\":["
                + "{\"fullUrl\":\"urn:uuid:11111111-1111-1111-1111-111111111111\",\"resource\":{\"resourceType\":\"Practitioner\",\"id\":\"pr1\","
                + "\"name\":[{\"given\":[\"Maya\"],\"family\":\"Lind\"}],\"qualification\":[{\"code\":{\"coding\":[{\"code\":\"LMFT\"}]}}]}" + request + "},"
                + "{\"fullUrl\":\"urn:uuid:22222222-2222-2222-2222-222222222222\",\"resource\":{\"resourceType\":\"Encounter\",\"id\":\"e1\",\"status\":\"finished\","
                + "\"class\":{\"code\":\"VR\"},\"period\":{\"start\":\"2026-02-02T14:00:00Z\",\"end\":\"2026-02-02T14:50:00Z\"},"
                + "\"type\":[{\"coding\":[{\"system\":\"http://www.ama-assn.org/go/cpt\",\"code\":\"90834\"}]}]}" + request + "},"
                + "{\"resource\":" + docRef("d2", "D: ok.\nA: stable.\nP: continue.", ",\"author\":[{\"reference\":\"urn:uuid:11111111-1111-1111-1111-111111111111\"}],"
                + "\"context\":{\"encounter\":[{\"reference\":\"urn:uuid:22222222-2222-2222-2222-222222222222\"}]}") + request + "},"
                + "{\"resource\":" + docRef("d1", "D: first.\nA: new.\nP: start.", ",\"date\":\"2026-01-26T15:00:00Z\"") + request + "}"
                + "]}";
        List<NoteRecord> records = FhirTestSupport.read(write("bundle.json", bundle).toString());
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("DocumentReference/d2", "DocumentReference/d1");
        NoteRecord d2 = records.get(0);
        assertThat(d2.ok()).as(String.valueOf(d2.error())).isTrue();
        assertThat(d2.note().fields().cptCode()).isEqualTo("90834");
        assertThat(d2.note().fields().modality()).isEqualTo("telehealth");
        assertThat(d2.note().fields().sessionDate()).hasToString("2026-02-02");
        assertThat(d2.note().fields().clinician()).isEqualTo(new Clinician("Maya Lind", "LMFT"));
        assertThat(d2.note().history()).extracting(n -> n.id()).containsExactly("DocumentReference/d1");
        assertThat(d2.origin().source()).endsWith("bundle.json");
    }

    @Test
    void ndjsonOfAnyTypeAndGzip() throws Exception {
        String lines = docRef("n1", "S: one.", ",\"date\":\"2026-01-01T10:00:00Z\"") + "\n\n"
                + "{\"resourceType\":\"Practitioner\",\"id\":\"x\"}\n"
                + docRef("n2", "S: two.", ",\"date\":\"2026-01-08T10:00:00Z\"") + "\n";
        Path plain = write("mixed.ndjson", lines);
        Path gz = tmp.resolve("mixed.ndjson.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        for (Path p : List.of(plain, gz)) {
            List<NoteRecord> records = FhirTestSupport.read(p.toString());
            assertThat(records).extracting(NoteRecord::noteId).containsExactly("DocumentReference/n1", "DocumentReference/n2");
            assertThat(records.get(1).note().history()).extracting(n -> n.text()).containsExactly("S: one.");
            assertThat(records.get(1).origin().line()).isEqualTo(4);
        }
    }

    @Test
    void noteLintsOwnFilesAreNotTakenForFhir() throws Exception {
        Path jsonl = write("notes.ndjson", "{\"id\":\"n1\",\"text\":\"S: fine.\"}\n");
        Path json = write("note.json", "{\"id\":\"n1\",\"text\":\"S: fine.\"}");
        Path dir = tmp.resolve("notes");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.ndjson"), "{\"id\":\"n1\",\"text\":\"S: fine.\"}\n");
        List<InputFile> inputs = NoteInputs.resolve(List.of(jsonl.toString(), json.toString(), dir.toString()));
        assertThat(inputs).allSatisfy(i -> assertThat(i.format()).isNull());
        assertThat(FhirTestSupport.read(jsonl.toString())).extracting(NoteRecord::noteId).containsExactly("n1");
    }

    @Test
    void anExportInsideAFolderIsOneInputAndItsNeighboursAreReadAsBefore() throws Exception {
        Path root = tmp.resolve("batch");
        Path export = root.resolve("export");
        Files.createDirectories(export);
        Files.writeString(export.resolve("DocumentReference.ndjson"), docRef("e1", "S: exported.", "") + "\n");
        Files.writeString(export.resolve("Observation.ndjson"), "{\"resourceType\":\"Observation\",\"id\":\"o1\"}\n");
        Files.writeString(root.resolve("local.jsonl"), "{\"id\":\"n1\",\"text\":\"S: local.\"}\n");
        List<InputFile> inputs = NoteInputs.resolve(List.of(root.toString()));
        assertThat(inputs).extracting(InputFile::name).containsExactly(root + "/export", root + "/local.jsonl");
        // a Bulk Data file of a type NoteLint does not use is not read at all
        assertThat(FhirTestSupport.read(root.toString())).extracting(NoteRecord::noteId)
                .containsExactly("DocumentReference/e1", "n1");
    }

    @Test
    void aManifestListingAMissingFileIsOneErrorAndTheRestIsRead() throws Exception {
        Path export = tmp.resolve("export");
        Files.createDirectories(export);
        Files.writeString(export.resolve("manifest.json"), "{\"transactionTime\":\"2026-01-01T00:00:00Z\",\"output\":["
                + "{\"type\":\"DocumentReference\",\"url\":\"https://example.org/files/DocumentReference.ndjson\"},"
                + "{\"type\":\"Encounter\",\"url\":\"https://example.org/files/Encounter.ndjson\"}]}");
        Files.writeString(export.resolve("DocumentReference.ndjson"), docRef("m1", "S: listed.", "") + "\n");
        List<NoteRecord> records = FhirTestSupport.read(export.toString());
        assertThat(records).hasSize(2);
        assertThat(records.get(0).ok()).isTrue();
        assertThat(records.get(1).ok()).isFalse();
        assertThat(records.get(1).error().code()).isEqualTo("missing-file");
        assertThat(records.get(1).origin().source()).endsWith("export/Encounter.ndjson");
    }

    @Test
    void aRecordOverTheSizeLimitIsAnErrorWithoutBeingHeld() throws Exception {
        Path f = write("big.ndjson", docRef("big", "x".repeat(5000), "") + "\n" + docRef("small", "S: ok.", "") + "\n");
        var options = io.notelint.io.ReadOptions.of(io.notelint.core.limits.Limits.DEFAULT.withMaxRecordBytes(2000));
        List<NoteRecord> records = FhirTestSupport.read(options, f.toString());
        assertThat(records).hasSize(2);
        assertThat(records.get(0).error().code()).isEqualTo("too-large");
        assertThat(records.get(1).noteId()).isEqualTo("DocumentReference/small");
    }
}
