package io.notelint.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.notelint.core.batch.NoteRecord;
import io.notelint.core.batch.PendingRecord;
import io.notelint.core.batch.RecordReader;
import io.notelint.core.json.NoteJson;
import io.notelint.core.limits.Limits;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFormatException;
import io.notelint.io.CsvMapping;
import io.notelint.io.CsvNotesReader;
import io.notelint.io.InvalidUtf8;
import io.notelint.io.JsonDocumentReader;
import io.notelint.io.JsonLinesReader;
import io.notelint.io.ReadOptions;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Note parsing on arbitrary bytes: a note or a {@link NoteFormatException}, never anything else; the
 * readers give one record per line (JSON Lines) or per element until a syntax error (JSON), each
 * decodable without an exception, with small limits so the fuzzer reaches them.
 * Seeds: src/test/resources/io/notelint/io/fuzz/NoteParsingFuzzTestInputs/METHOD/.
 */
class NoteParsingFuzzTest {

    private static final Limits SMALL = Limits.DEFAULT.withMaxRecordBytes(2048).withMaxNestingDepth(8);

    @FuzzTest
    void noteJson(byte[] data) {
        String json = FuzzInput.text(data);
        Note note;
        try {
            note = NoteJson.parseNote(json, "fuzz");
        } catch (NoteFormatException e) {
            assertThat(e.code()).isNotBlank();
            return;
        }
        assertThat(note.id()).isNotNull();
        assertThat(note.text()).isNotNull();
        assertThat(note.toString()).doesNotContain("text=");
    }

    @FuzzTest
    void jsonLines(byte[] data) {
        for (InvalidUtf8 policy : InvalidUtf8.values()) {
            List<NoteRecord> records = readAll(new JsonLinesReader(new ByteArrayInputStream(data), "fuzz.jsonl",
                    new ReadOptions(SMALL, policy)));
            assertThat(records).hasSize(nonBlankLines(data));
            long previous = 0;
            for (NoteRecord r : records) {
                assertThat(r.origin().line()).isGreaterThan(previous);
                previous = r.origin().line();
                if (!r.ok()) {
                    assertThat(r.error().line()).isEqualTo(r.origin().line());
                    assertThat(r.error().message()).startsWith("line " + r.origin().line() + ":");
                }
            }
        }
    }

    @FuzzTest
    void jsonDocument(byte[] data) {
        for (InvalidUtf8 policy : InvalidUtf8.values()) {
            List<NoteRecord> records = readAll(new JsonDocumentReader(new ByteArrayInputStream(data), "fuzz.json",
                    new ReadOptions(SMALL, policy)));
            // an empty array holds no record, so none may come out: no emptiness check here
            for (int i = 0; i < records.size() - 1; i++) {
                // endsWith: a message may quote the note's id, and the fuzzer soon writes ids that say "rest of the file"
                assertThat(records.get(i).ok() || !records.get(i).error().message().endsWith("the rest of the file was not read"))
                        .as("only the last record may end the file").isTrue();
            }
        }
    }

    /**
     * CSV: the reader terminates, every record decodes, records come in line order, and only the last
     * one may end the file (a stray character after a quote costs only its row).
     */
    @FuzzTest
    void csv(byte[] data) {
        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        List<NoteRecord> records = readAll(new CsvNotesReader(new java.io.StringReader(text), "fuzz.csv",
                CsvMapping.DEFAULT, SMALL));
        long lastLine = 0;
        for (int i = 0; i < records.size(); i++) {
            NoteRecord r = records.get(i);
            assertThat(r.origin().line()).as("in line order").isGreaterThanOrEqualTo(lastLine);
            lastLine = r.origin().line();
            if (i < records.size() - 1) {
                assertThat(r.ok() || !r.error().message().endsWith("the rest of the file was not read"))
                        .as("only the last record may end the file").isTrue();
            }
        }
    }

    private static List<NoteRecord> readAll(RecordReader reader) {
        List<NoteRecord> out = new ArrayList<>();
        PendingRecord p;
        while ((p = reader.next()) != null) {
            out.add(p.decode());
            assertThat(out.size()).as("records keep coming").isLessThan(1_000_000);
        }
        reader.close();
        return out;
    }

    /** Lines as JSON Lines counts them, worked out independently: LF, CRLF or CR end a line. */
    static int nonBlankLines(byte[] data) {
        int count = 0;
        int start = 0;
        for (int i = 0; i <= data.length; i++) {
            boolean end = i == data.length || data[i] == '\n' || data[i] == '\r';
            if (!end) {
                continue;
            }
            int from = start;
            if (i - start >= 3 && (data[start] & 0xff) == 0xEF && (data[start + 1] & 0xff) == 0xBB
                    && (data[start + 2] & 0xff) == 0xBF) {
                from = start + 3;
            }
            boolean blank = true;
            for (int j = from; j < i; j++) {
                byte b = data[j];
                if (b != ' ' && b != '\t' && b != '\f' && b != 0x0B) {
                    blank = false;
                    break;
                }
            }
            boolean utf16 = start == 0 && i - start >= 2 && ((data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xFE
                    || (data[0] & 0xff) == 0xFE && (data[1] & 0xff) == 0xFF);
            if (!blank || utf16 || i - start > SMALL.maxRecordBytes()) {
                count++;
            }
            if (i < data.length && data[i] == '\r' && i + 1 < data.length && data[i + 1] == '\n') {
                i++;
            }
            start = i + 1;
        }
        return count;
    }
}
