package io.notelint.io;

import static io.notelint.io.JsonLinesReaderTest.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.batch.NoteRecord;
import io.notelint.core.limits.Limits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What records systems export: line ends of every convention, bytes that are not UTF-8, lines and
 * elements far past the limits, nesting past the limit. Every record gets exactly one result in its
 * place, and no error message quotes a byte of it.
 */
class HostileInputTest {

    private static final String SECRET = "Qsecretcanary";

    @TempDir
    Path dir;

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            byte[] b = p instanceof byte[] raw ? raw : p.toString().getBytes(StandardCharsets.UTF_8);
            out.write(b, 0, b.length);
        }
        return out.toByteArray();
    }

    private static List<NoteRecord> jsonl(byte[] input, ReadOptions options) {
        return readAll(new JsonLinesReader(new ByteArrayInputStream(input), "h.jsonl", options));
    }

    private static String note(String id, String text) {
        return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\"}";
    }

    @Test
    void lfCrlfAndLoneCrAllEndALine() {
        byte[] input = bytes(note("a", "one"), "\r\n", note("b", "two"), "\r", note("c", "three"), "\n\r\n",
                note("d", "four"), "\r");
        List<NoteRecord> records = jsonl(input, ReadOptions.DEFAULT);
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("a", "b", "c", "d");
        assertThat(records).extracting(r -> r.origin().line()).containsExactly(1L, 2L, 3L, 5L);
        assertThat(records).allMatch(NoteRecord::ok);
    }

    @Test
    void invalidUtf8IsReplacedByDefaultAndReportedWithItsByteOffsetWhenAsked() {
        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9};
        byte[] input = bytes(note("a", "fine"), "\n", "{\"id\": \"b\", \"text\": \"", latin1, " " + SECRET + "\"}\n",
                note("c", "after"), "\n");

        List<NoteRecord> replaced = jsonl(input, ReadOptions.DEFAULT);
        assertThat(replaced).extracting(NoteRecord::noteId).containsExactly("a", "b", "c");
        assertThat(replaced.get(1).note().text()).isEqualTo("caf\uFFFD " + SECRET);

        List<NoteRecord> reported = jsonl(input, ReadOptions.DEFAULT.withInvalidUtf8(InvalidUtf8.REPORT));
        assertThat(reported).extracting(NoteRecord::noteId).containsExactly("a", "b", "c");
        NoteRecord bad = reported.get(1);
        assertThat(bad.error().code()).isEqualTo("invalid-utf8");
        int lineStart = note("a", "fine").length() + 1;
        int inLine = "{\"id\": \"b\", \"text\": \"caf".length();
        assertThat(bad.error().message()).isEqualTo("line 2: invalid UTF-8 at byte " + (inLine + 1)
                + " of the line (byte offset " + (lineStart + inLine) + " of the input)");
        assertThat(reported.get(2).ok()).isTrue();
    }

    @Test
    void aUtf16FileIsNamedAsSuch() {
        byte[] input = bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, note("a", "x").getBytes(StandardCharsets.UTF_16LE));
        List<NoteRecord> records = jsonl(input, ReadOptions.DEFAULT);
        assertThat(records.get(0).error().message()).contains("UTF-16");
    }

    @Test
    void aHugeLineStreamsPastWithoutBeingHeld() {
        // 2.2 GB of one line: more than any Java array holds, so it can only pass by being skipped as it streams
        long huge = Integer.MAX_VALUE + 100_000_000L;
        byte[] head = bytes(note("a", "before"), "\n{\"id\": \"big\", \"text\": \"");
        byte[] tail = bytes("\"}\n", note("b", "after"), "\n");
        InputStream in = new GeneratedStream(head, huge, tail);
        List<NoteRecord> records = readAll(new JsonLinesReader(in, "huge.jsonl",
                ReadOptions.of(Limits.DEFAULT.withMaxRecordBytes(1 << 20))));
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("a", "line-2", "b");
        assertThat(records.get(1).error().code()).isEqualTo("too-large");
        assertThat(records.get(1).error().message()).contains("maxRecordBytes").contains("1048576");
    }

    @Test
    void nestingPastTheLimitIsTooDeepAndTheNextLineIsRead() {
        String deep = "{\"id\": \"d\", \"text\": \"x\", \"fields\": " + "[".repeat(100) + "]".repeat(100) + "}";
        byte[] input = bytes(deep, "\n", note("ok", "fine"), "\n");
        List<NoteRecord> records = jsonl(input, ReadOptions.DEFAULT);
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("d", "ok");
        assertThat(records.get(0).error().code()).isEqualTo("too-deep");
        assertThat(records.get(0).error().message()).isEqualTo("line 1: nested deeper than 64 levels (maxNestingDepth)");

        List<NoteRecord> deeper = jsonl(input, ReadOptions.of(Limits.DEFAULT.withMaxNestingDepth(200)));
        assertThat(deeper.get(0).ok()).isTrue();
    }

    @Test
    void aJsonElementOverTheLimitIsSkippedAndTheArrayGoesOn() {
        String big = note("big", SECRET + " " + "x".repeat(5_000)); // one string over the limit
        String many = "{\"id\": \"many\", \"text\": \"x\", \"history\": ["
                + ("{\"text\": \"" + SECRET + " small\"},").repeat(100) + "{}]}"; // many strings, each small
        byte[] input = bytes("[", note("a", "one"), ",\n", big, ",\n", many, ",\n", note("c", "three"), "]");
        List<NoteRecord> records = readAll(new JsonDocumentReader(new ByteArrayInputStream(input), "d.json",
                ReadOptions.of(Limits.DEFAULT.withMaxRecordBytes(1000))));
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("a", "record-2", "record-3", "c");
        assertThat(records.get(1).error().code()).isEqualTo("too-large");
        assertThat(records.get(1).error().message()).startsWith("record 2 (line 2)").doesNotContain(SECRET);
        assertThat(records.get(2).error().message()).startsWith("record 3 (line 3)").contains("maxRecordBytes");
        assertThat(records.get(3).note().text()).isEqualTo("three");
    }

    /**
     * Issue 19 item 6: an element holding one string far past the limit made the parser stop inside the
     * string, and skipping on from there read the string's letters as JSON: "malformed JSON ... the rest
     * of the file was not read". So do a long property name and a long number (parser limits).
     */
    @Test
    void aLargeElementOfAnyShapeIsTooLargeAndTheRestOfTheArrayIsRead() {
        String a = note("a", "one");
        String c = note("c", "three");
        String string = "{\"id\": \"b\", \"text\": \"" + SECRET + "x".repeat(2_000_000) + "\"}";
        String name = "{\"id\": \"b\", \"" + SECRET + "k".repeat(60_000) + "\": 1, \"text\": \"x\"}";
        String number = "{\"id\": \"b\", \"fields\": {\"durationMinutes\": " + "9".repeat(20_000) + "}, \"text\": \"x\"}";
        for (String big : List.of(string, name, number)) {
            byte[] input = bytes("[", a, ",\n", big, ",\n", c, "]");
            List<NoteRecord> records = readAll(new JsonDocumentReader(new ByteArrayInputStream(input), "d.json",
                    ReadOptions.of(Limits.DEFAULT.withMaxRecordBytes(1 << 20))));
            assertThat(records).extracting(NoteRecord::noteId).containsExactly("a", "record-2", "c");
            assertThat(records.get(1).error().code()).isEqualTo("too-large");
            assertThat(records.get(1).error().message()).startsWith("record 2 (line 2)").doesNotContain(SECRET)
                    .doesNotContain("rest of the file");
            assertThat(records.get(2).note().text()).isEqualTo("three");
        }
    }

    @Test
    void aJsonDocumentHonoursTheUtf8Policy() {
        byte[] input = bytes("\uFEFF[", note("a", "one"), ",\n{\"id\": \"b\", \"text\": \"caf", new byte[] {(byte) 0xE9},
                "\"}]");
        List<NoteRecord> replaced = readAll(new JsonDocumentReader(new ByteArrayInputStream(input), "d.json"));
        assertThat(replaced).extracting(NoteRecord::noteId).containsExactly("a", "b");
        assertThat(replaced.get(1).note().text()).isEqualTo("caf\uFFFD");

        List<NoteRecord> reported = readAll(new JsonDocumentReader(new ByteArrayInputStream(input), "d.json",
                ReadOptions.DEFAULT.withInvalidUtf8(InvalidUtf8.REPORT)));
        assertThat(reported).extracting(NoteRecord::noteId).containsExactly("a", "record-2");
        assertThat(reported.get(1).error().code()).isEqualTo("invalid-utf8");
        assertThat(reported.get(1).error().message()).contains("line 2");
    }

    @Test
    void anUnclosedQuoteInACsvStopsAtTheLimitNotAtTheEndOfMemory() {
        String csv = "id,text\na,fine\nb,\"" + SECRET + " never closed\n" + "x,y\n".repeat(5_000);
        List<NoteRecord> records = readAll(new CsvNotesReader(new java.io.StringReader(csv), "e.csv",
                CsvMapping.DEFAULT, Limits.DEFAULT.withMaxRecordBytes(1000)));
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("a", "row-2");
        assertThat(records.get(1).error().code()).isEqualTo("too-large");
        assertThat(records.get(1).error().message()).contains("maxRecordBytes").doesNotContain(SECRET);
    }

    /** Found by fuzzing: zero bytes made Jackson guess UTF-32, and its failure ended the batch as an I/O error. */
    @Test
    void aJsonDocumentIsNeverTakenForUtf16OrUtf32() {
        byte[] input = {0, 1, 0, 0, 3, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, '\n'};
        for (InvalidUtf8 policy : InvalidUtf8.values()) {
            List<NoteRecord> records = readAll(new JsonDocumentReader(new ByteArrayInputStream(input), "z.json",
                    ReadOptions.DEFAULT.withInvalidUtf8(policy)));
            // a NUL is valid UTF-8 but not JSON, and 0xFF is not UTF-8: either policy gives an error record
            // (invalid-json, or invalid-utf8 when bad bytes are reported), never an I/O failure
            assertThat(records).singleElement().satisfies(r -> assertThat(r.error().code())
                    .isEqualTo(policy == InvalidUtf8.REPORT ? "invalid-utf8" : "invalid-json"));
        }
    }

    @Test
    void textFilesHonourTheSizeLimitAndTheUtf8Policy() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.write(big, bytes(SECRET, "x".repeat(2_000)));
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, bytes("\uFEFFcaf", new byte[] {(byte) 0xE9}, " ok"));
        ReadOptions small = ReadOptions.of(Limits.DEFAULT.withMaxRecordBytes(1000));

        NoteRecord tooBig = readAll(new TextFileReader(big, "big.txt", small)).get(0);
        assertThat(tooBig.error().code()).isEqualTo("too-large");
        assertThat(tooBig.error().message()).contains("maxRecordBytes").doesNotContain(SECRET);

        assertThat(readAll(new TextFileReader(latin, "latin.txt", small)).get(0).note().text()).isEqualTo("caf\uFFFD ok");
        NoteRecord reported = readAll(new TextFileReader(latin, "latin.txt",
                small.withInvalidUtf8(InvalidUtf8.REPORT))).get(0);
        assertThat(reported.error().message()).isEqualTo("invalid UTF-8 at byte offset 6 of the file");
    }

    /** head, then {@code length} bytes of 'x' made on the fly, then tail. */
    static final class GeneratedStream extends InputStream {
        private final byte[] head;
        private final byte[] tail;
        private final long length;
        private long pos;

        GeneratedStream(byte[] head, long length, byte[] tail) {
            this.head = head;
            this.length = length;
            this.tail = tail;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long total = head.length + length + tail.length;
            if (pos >= total) {
                return -1;
            }
            int n = 0;
            while (n < len && pos < total) {
                if (pos < head.length) {
                    b[off + n] = head[(int) pos];
                } else if (pos < head.length + length) {
                    int run = (int) Math.min(len - n, head.length + length - pos);
                    java.util.Arrays.fill(b, off + n, off + n + run, (byte) 'x');
                    n += run;
                    pos += run;
                    continue;
                } else {
                    b[off + n] = tail[(int) (pos - head.length - length)];
                }
                n++;
                pos++;
            }
            return n;
        }
    }
}
