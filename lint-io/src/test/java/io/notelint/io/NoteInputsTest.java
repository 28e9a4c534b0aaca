package io.notelint.io;

import static io.notelint.io.JsonLinesReaderTest.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.batch.NoteRecord;
import io.notelint.core.batch.RecordOrigin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteInputsTest {

    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path f = dir.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void directoriesExpandRecursivelyInSortedOrderToKnownExtensions() throws IOException {
        write("in/z.txt", "zed");
        write("in/a/b.jsonl", "{\"id\": \"b1\", \"text\": \"t\"}\n");
        write("in/a/a.json", "[{\"id\": \"a1\", \"text\": \"t\"}]");
        write("in/notes.md", "# Progress note\nmarkdown is a note too");
        write("in/readme.rst", "ignored");
        write("in/a/c.ndjson", "{\"id\": \"c1\", \"text\": \"t\"}\n");

        List<InputFile> inputs = NoteInputs.resolve(List.of(dir.resolve("in").toString()));

        assertThat(inputs).extracting(InputFile::kind).containsExactly(
                InputFile.Kind.JSON, InputFile.Kind.JSON_LINES, InputFile.Kind.JSON_LINES, InputFile.Kind.TEXT,
                InputFile.Kind.TEXT);
        assertThat(inputs.get(0).name()).isEqualTo(dir.resolve("in") + "/a/a.json");
        List<NoteRecord> records = readAll(NoteInputs.open(inputs, () -> new ByteArrayInputStream(new byte[0])));
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("a1", "b1", "c1", "notes.md", "z.txt");
        assertThat(records.get(4).origin().wholeFile()).isTrue();
        assertThat(records.get(4).note().text()).isEqualTo("zed");
    }

    @Test
    void standardInputAndArgumentOrder() throws IOException {
        Path t = write("one.txt", "\uFEFFbom dropped");
        List<InputFile> inputs = NoteInputs.resolve(List.of(t.toString(), "-"));
        byte[] stdin = "{\"id\": \"s\", \"text\": \"from stdin\"}\n".getBytes(StandardCharsets.UTF_8);
        List<NoteRecord> records = readAll(NoteInputs.open(inputs, () -> new ByteArrayInputStream(stdin)));
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("one.txt", "s");
        assertThat(records.get(0).note().text()).isEqualTo("bom dropped");
        assertThat(records.get(1).origin().source()).isEqualTo("stdin");
    }

    @Test
    void missingUnknownAndRepeatedInputsFailBeforeReading() throws IOException {
        Path csv = write("x.rst", "a,b");
        assertThatThrownBy(() -> NoteInputs.resolve(List.of(dir.resolve("none.jsonl").toString())))
                .isInstanceOf(NoteInputs.InputException.class).hasMessageContaining("none.jsonl: no such file");
        assertThatThrownBy(() -> NoteInputs.resolve(List.of(csv.toString())))
                .hasMessageContaining("unknown input type");
        assertThatThrownBy(() -> NoteInputs.resolve(List.of("-", "-"))).hasMessageContaining("more than once");
    }

    @Test
    void noteUrisAreReferencesToTheNoteInsideItsFile() {
        assertThat(RecordOrigin.line("data/batch one.jsonl", 3).noteUri("n 1/é")).isEqualTo("data/batch%20one.jsonl#n%201/%C3%A9");
        assertThat(RecordOrigin.wholeFile("notes\\a.txt").noteUri("a.txt")).isEqualTo("notes/a.txt");
        assertThat(RecordOrigin.line("x.jsonl", 3).noteLabel("n-1")).isEqualTo("x.jsonl#n-1");
        assertThat(RecordOrigin.wholeFile("x.txt").noteLabel("x.txt")).isEqualTo("x.txt");
    }

    @Test
    void idOfABrokenLineIsRecoveredOnlyFromTheTopLevel() {
        assertThat(IdSniffer.idOf("{\"id\": \"n-9\", \"text\": \"brok")).isEqualTo("n-9");
        assertThat(IdSniffer.idOf("{\"id\": 12, \"text\": ")).isEqualTo("12");
        assertThat(IdSniffer.idOf("{\"fields\": {\"id\": \"inner\"}, \"text\": \"x")).isNull();
        assertThat(IdSniffer.idOf("{\"text\": \"has \\\"id\\\": \\\"fake\\\" inside")).isNull();
        assertThat(IdSniffer.idOf("not json")).isNull();
    }
}
