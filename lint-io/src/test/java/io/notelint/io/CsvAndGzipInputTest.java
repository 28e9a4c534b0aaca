package io.notelint.io;

import static io.notelint.io.JsonLinesReaderTest.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.batch.NoteRecord;
import io.notelint.core.config.ConfigException;
import io.notelint.core.config.ConfigLoader;
import io.notelint.core.model.NoteFormat;
import io.notelint.core.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvAndGzipInputTest {

    @TempDir
    Path dir;

    private static List<NoteRecord> csv(String content, CsvMapping mapping) {
        return readAll(new CsvNotesReader(new StringReader(content), "notes.csv", mapping));
    }

    @Test
    void columnsNamedLikeTheSpecMapThemselvesAndQuotedCellsKeepCommasQuotesAndLineBreaks() {
        String content = "Note ID,text,format,session_date,Duration Minutes,cptCode,riskLevel,diagnoses,goals,clinician,site\r\n"
                + "n-1,\"S: Client said \"\"better\"\", slept 7h.\r\nP: Next session 12/4.\",SOAP,2026-11-20,53,90837,low,"
                + "F33.1 Major depressive disorder; F41.1,G1: Sleep 7 hours; Return to work,A. Rivera,north\r\n";
        List<NoteRecord> records = csv(content, CsvMapping.DEFAULT);

        assertThat(records).hasSize(1);
        NoteRecord r = records.get(0);
        assertThat(r.ok()).as("%s", r.error()).isTrue();
        assertThat(r.noteId()).isEqualTo("n-1");
        assertThat(r.note().text()).isEqualTo("S: Client said \"better\", slept 7h.\r\nP: Next session 12/4.");
        assertThat(r.note().format()).isEqualTo(NoteFormat.SOAP);
        assertThat(r.note().fields().sessionDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(r.note().fields().durationMinutes()).isEqualTo(53);
        assertThat(r.note().fields().cptCode()).isEqualTo("90837");
        assertThat(r.note().fields().riskLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(r.note().fields().diagnoses()).extracting(d -> d.code()).containsExactly("F33.1", "F41.1");
        assertThat(r.note().fields().diagnoses().get(0).display()).isEqualTo("Major depressive disorder");
        assertThat(r.note().fields().goals()).extracting(g -> g.id() + "=" + g.text())
                .containsExactly("G1=Sleep 7 hours", "G2=Return to work");
        assertThat(r.note().fields().clinician().name()).isEqualTo("A. Rivera");
        assertThat(r.origin().line()).isEqualTo(2);
    }

    @Test
    void aConfiguredMappingNamesTheColumnsAndDottedTargetsFillNestedFields() throws IOException {
        Path config = dir.resolve("notelint.yaml");
        Files.writeString(config, "extends: default\ncsv:\n  id: note_id\n  text: body\n  fields:\n"
                + "    sessionDate: dos\n    cptCode: cpt\n    clinician.name: author\n    clinician.credentials: cred\n");
        assertThat(ConfigLoader.load(config).profile()).as("the rule config reads past the csv section").isEqualTo("default");
        CsvMapping mapping = CsvMappingLoader.load(config);

        List<NoteRecord> records = csv("note_id,dos,body,cpt,author,cred,text\n"
                + "a-7,2026-03-02,Client reports calmer mornings.,90834,J. Okafor,LPC,not the note\n", mapping);

        NoteRecord r = records.get(0);
        assertThat(r.ok()).as("%s", r.error()).isTrue();
        assertThat(r.noteId()).isEqualTo("a-7");
        assertThat(r.note().text()).isEqualTo("Client reports calmer mornings.");
        assertThat(r.note().fields().cptCode()).isEqualTo("90834");
        assertThat(r.note().fields().clinician().credentials()).isEqualTo("LPC");
        assertThat(r.note().fields().clinician().name()).isEqualTo("J. Okafor");
    }

    @Test
    void mappingErrorsNameTheFileLineAndKey() throws IOException {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "csv:\n  id: note_id\n  txt: body\n");
        assertThatThrownBy(() -> CsvMappingLoader.load(config)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("csv.txt").hasMessageContaining("bad.yaml:3");

        CsvMapping mapping = new CsvMapping(java.util.Map.of("text", "body"));
        assertThatThrownBy(() -> csv("id,note\nx,y\n", mapping)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("'body'");
    }

    @Test
    void badRowsBecomeErrorRecordsAndTheFileGoesOn() {
        List<NoteRecord> records = csv("id,text,sessionDate\n"
                + "a,fine,2026-01-02\n"
                + "b,,2026-01-02\n"
                + ",no id here,\n"
                + "c,too,many,cells\n"
                + "d,after the bad ones,\n", CsvMapping.DEFAULT);

        assertThat(records).extracting(NoteRecord::noteId).containsExactly("a", "b", "row-3", "row-4", "d");
        assertThat(records.get(0).ok()).isTrue();
        assertThat(records.get(1).ok()).as("an empty text is a note with nothing in it").isTrue();
        assertThat(records.get(2).error().message()).startsWith("row 3 (line 4)");
        assertThat(records.get(3).error().code()).isEqualTo("invalid-csv");
        assertThat(records.get(3).error().message()).contains("4 cells").doesNotContain("many");
        assertThat(records.get(4).ok()).isTrue();
    }

    /** Issue 19 item 8: one stray character after a quoted cell ended the file (one result for three rows). */
    @Test
    void aStrayCharacterAfterAQuotedCellCostsOnlyItsRow() {
        List<NoteRecord> records = csv("id,text\r\nn1,\"doing well\"x\r\nn2,\"fine, \"\"really\"\"\nfine\"\r\nn3,ok\n",
                CsvMapping.DEFAULT);
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("row-1", "n2", "n3");
        assertThat(records.get(0).error().code()).isEqualTo("invalid-csv");
        assertThat(records.get(0).error().message()).startsWith("row 1 (line 2): column 2 has characters after its closing quote")
                .doesNotContain("doing well");
        assertThat(records.get(1).note().text()).isEqualTo("fine, \"really\"\nfine");
        assertThat(records.get(2).origin().line()).isEqualTo(5);
        assertThat(records.get(2).note().text()).isEqualTo("ok");
    }

    @Test
    void linesAreCountedForEveryLineEndConvention() {
        List<NoteRecord> records = csv("id,text\ra,x\r\rb,\"y\r\ny\"\nc,z", CsvMapping.DEFAULT);
        assertThat(records).extracting(r -> r.noteId() + "@" + r.origin().line()).containsExactly("a@2", "row-2@3", "b@4", "c@6");
    }

    @Test
    void anUnclosedQuoteEndsTheFileWithOneErrorRecord() {
        List<NoteRecord> records = csv("id,text\na,fine\nb,\"never closed\nc,lost\n", CsvMapping.DEFAULT);
        assertThat(records).hasSize(2);
        assertThat(records.get(1).ok()).isFalse();
        assertThat(records.get(1).error().message()).contains("malformed CSV").doesNotContain("never closed");
    }

    @Test
    void gzipIsReadByItsMagicBytesInEveryKindOfInputAndBytesAreCounted() throws IOException {
        gzip("a.jsonl.gz", "{\"id\": \"j1\", \"text\": \"one\"}\n{\"id\": \"j2\", \"text\": \"two\"}\n");
        gzip("b.csv.gz", "id,text\nc1,three\n");
        gzip("c.json.gz", "[{\"id\": \"d1\", \"text\": \"four\"}]");
        gzip("d.txt.gz", "five");
        Files.writeString(dir.resolve("e.md"), "six");

        List<InputFile> inputs = NoteInputs.resolve(List.of(dir.toString()));
        AtomicLong consumed = new AtomicLong();
        List<NoteRecord> records = readAll(NoteInputs.open(inputs, () -> new ByteArrayInputStream(new byte[0]),
                ReadOptions.DEFAULT.withConsumed(consumed)));

        assertThat(records).extracting(r -> r.note().text()).containsExactly("one", "two", "three", "four", "five", "six");
        assertThat(consumed.get()).isEqualTo(NoteInputs.totalBytes(inputs));
    }

    @Test
    void gzippedStandardInputIsReadToo() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write("{\"id\": \"s\", \"text\": \"piped\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<NoteRecord> records = readAll(NoteInputs.open(List.of(InputFile.stdin()),
                () -> new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(records).extracting(r -> r.note().text()).containsExactly("piped");
    }

    private List<NoteRecord> readDir() {
        return readAll(NoteInputs.open(NoteInputs.resolve(List.of(dir.toString())), () -> new ByteArrayInputStream(new byte[0]),
                ReadOptions.DEFAULT));
    }

    /** Issue 19 item 9: bytes after the end of gzip data were dropped without a word. */
    @Test
    void junkAfterGzipDataIsReportedAfterTheNotes() throws IOException {
        gzip("a.jsonl.gz", "{\"id\": \"j1\", \"text\": \"one\"}\n");
        Files.write(dir.resolve("a.jsonl.gz"), "{\"id\": \"j2\", \"text\": \"Zyxcanary\"}\n".getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);
        List<NoteRecord> records = readDir();
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("j1", "gzip-trailer");
        assertThat(records.get(1).error().code()).isEqualTo("invalid-gzip");
        assertThat(records.get(1).error().message()).contains("bytes after the end of the gzip data").doesNotContain("Zyxcanary");
    }

    @Test
    void aGzippedTextNoteWithJunkAfterItIsAnErrorNotAShortNote() throws IOException {
        gzip("n1.txt.gz", "S: Client slept well.");
        Files.write(dir.resolve("n1.txt.gz"), new byte[] {'P', ':', ' ', 'x'}, java.nio.file.StandardOpenOption.APPEND);
        gzip("n2.txt.gz", "S: Fine.");
        List<NoteRecord> records = readDir();
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("n1.txt.gz", "n2.txt.gz");
        assertThat(records.get(0).error().code()).isEqualTo("invalid-gzip");
        assertThat(records.get(1).note().text()).isEqualTo("S: Fine.");
    }

    @Test
    void concatenatedGzipMembersAreReadWholeWithoutComplaint() throws IOException {
        gzip("a.jsonl.gz", "{\"id\": \"j1\", \"text\": \"one\"}\n");
        byte[] second = Files.readAllBytes(dir.resolve("a.jsonl.gz"));
        gzip("b.jsonl.gz", "{\"id\": \"j2\", \"text\": \"two\"}\n");
        Files.write(dir.resolve("a.jsonl.gz"), Files.readAllBytes(dir.resolve("b.jsonl.gz")), java.nio.file.StandardOpenOption.APPEND);
        Files.delete(dir.resolve("b.jsonl.gz"));
        assertThat(second.length).isPositive();
        assertThat(readDir()).extracting(NoteRecord::noteId).containsExactly("j1", "j2");
    }

    /** Issue 19 item 9: a UTF-16 .json or .csv got "unexpected character" (or garbage) instead of the fix. */
    @Test
    void aUtf16JsonOrCsvFileIsNamedAsSuchWithTheFix() throws IOException {
        Files.write(dir.resolve("a.json"), ("\uFEFF[{\"id\": \"x\", \"text\": \"one\"}]").getBytes(StandardCharsets.UTF_16LE));
        Files.write(dir.resolve("b.csv"), "id,text\nx,one\n".getBytes(StandardCharsets.UTF_16BE)); // no byte-order mark
        gzip("c.json.gz", "{\"id\": \"ok\", \"text\": \"fine\"}");
        List<NoteRecord> records = readDir();
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("line-1", "line-1", "ok");
        for (NoteRecord r : records.subList(0, 2)) {
            assertThat(r.error().code()).isEqualTo("invalid-utf8");
            assertThat(r.error().message()).contains("UTF-16").contains("save it as UTF-8");
        }
    }

    private void gzip(String name, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
