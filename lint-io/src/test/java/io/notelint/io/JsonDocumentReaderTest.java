package io.notelint.io;

import static io.notelint.io.JsonLinesReaderTest.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.batch.NoteRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDocumentReaderTest {

    private static List<NoteRecord> read(String json) {
        return readAll(new JsonDocumentReader(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "d.json"));
    }

    @Test
    void aSingleNoteObject() {
        List<NoteRecord> records = read("\n{\"id\": \"solo\", \"text\": \"hello\"}\n");
        assertThat(records).hasSize(1);
        assertThat(records.get(0).note().text()).isEqualTo("hello");
        assertThat(records.get(0).origin().line()).isEqualTo(2);
    }

    @Test
    void anArrayWithBadElementsKeepsOneRecordPerElementInOrder() {
        List<NoteRecord> records = read("[\n {\"id\": \"a\", \"text\": \"x\"},\n 42,\n {\"id\": \"c\"},\n"
                + " {\"id\": \"d\", \"text\": \"y\"}\n]");
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("a", "record-2", "c", "d");
        assertThat(records.get(1).error().code()).isEqualTo("not-an-object");
        assertThat(records.get(1).error().message()).startsWith("record 2 (line 3)");
        assertThat(records.get(2).error().code()).isEqualTo("missing-field");
        assertThat(records.get(3).origin().line()).isEqualTo(5);
    }

    @Test
    void aSyntaxErrorInsideAnElementCostsOnlyThatElement() {
        List<NoteRecord> records = read("[{\"id\": \"a\", \"text\": \"x\"},\n{\"id\": \"b\", \"text\": \"SECRET\" oops},\n"
                + "{\"id\": \"c\", \"text\": \"y, [z]\"}]");
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("a", "record-2", "c");
        assertThat(records.get(1).error().code()).isEqualTo("invalid-json");
        assertThat(records.get(1).error().message()).startsWith("malformed JSON at line 2, column 30: unexpected character")
                .contains("record 2").doesNotContain("SECRET");
        assertThat(records.get(2).note().text()).isEqualTo("y, [z]");
        assertThat(records.get(2).origin().line()).isEqualTo(3);
    }

    @Test
    void anUnclosedStringEndsTheFileWithOneErrorRecordAfterTheNotesBeforeIt() {
        List<NoteRecord> records = read("[{\"id\": \"a\", \"text\": \"x\"},\n{\"id\": \"b\", \"text\": \"SECRET, never closed}]");
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("a", "record-2");
        assertThat(records.get(1).error().message()).contains("line 2").contains("the file ends inside it")
                .doesNotContain("SECRET");
    }

    @Test
    void emptyElementsAndAMissingBracketAreReported() {
        List<NoteRecord> records = read("[{\"id\": \"a\", \"text\": \"x\"},,\n{\"id\": \"b\", \"text\": \"y\"}");
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("a", "record-2", "b", "record-4");
        assertThat(records.get(1).error().message()).contains("an empty element");
        assertThat(records.get(3).error().message()).contains("closing ]");
        assertThat(read(" [ ] ")).isEmpty();
    }

    @Test
    void trailingContentAndEmptyFilesAreReported() {
        List<NoteRecord> trailing = read("{\"id\": \"a\", \"text\": \"x\"}\n[{\"id\": \"b\"}]");
        assertThat(trailing).extracting(NoteRecord::noteId).containsExactly("a", "record-2");
        assertThat(trailing.get(1).error().message()).contains("after the end");

        // note objects one after another, as `jq . notes.jsonl` prints them: one record each
        List<NoteRecord> stream = read("{\n  \"id\": \"a\",\n  \"text\": \"x\"\n}\n{\n  \"id\": \"b\",\n  \"text\": \"y\"\n}\n");
        assertThat(stream).extracting(NoteRecord::noteId).containsExactly("a", "b");
        assertThat(stream).allMatch(r -> r.error() == null);

        List<NoteRecord> empty = read("  \n");
        assertThat(empty).hasSize(1);
        assertThat(empty.get(0).error().code()).isEqualTo("empty");
    }

    @Test
    void readsAnArrayLazilyElementByElement() {
        StringBuilder big = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            big.append(i == 0 ? "" : ",\n").append("{\"id\": \"n").append(i).append("\", \"text\": \"some note text\"}");
        }
        byte[] bytes = big.append("]").toString().getBytes(StandardCharsets.UTF_8);
        JsonLinesReaderTest.CountingStream counting = new JsonLinesReaderTest.CountingStream(new ByteArrayInputStream(bytes));
        JsonDocumentReader reader = new JsonDocumentReader(counting, "big.json");

        assertThat(reader.next().decode().noteId()).isEqualTo("n0");
        assertThat(counting.read).isLessThan(bytes.length / 20);
        reader.close();
    }
}
