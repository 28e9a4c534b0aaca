package io.notelint.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.batch.NoteRecord;
import io.notelint.core.batch.PendingRecord;
import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.batch.RecordReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    static List<NoteRecord> readAll(RecordReader reader) {
        List<NoteRecord> out = new ArrayList<>();
        PendingRecord p;
        while ((p = reader.next()) != null) {
            out.add(p.decode());
        }
        reader.close();
        return out;
    }

    @Test
    void readsOneNotePerLineSkippingBlankLinesButCountingThem() {
        String input = "\uFEFF{\"id\": \"a\", \"text\": \"one\"}\r\n\n   \n{\"id\": 7, \"text\": \"two\"}";
        List<NoteRecord> records = readAll(new JsonLinesReader(new StringReader(input), "b.jsonl"));
        assertThat(records).extracting(NoteRecord::noteId).containsExactly("a", "7");
        assertThat(records).extracting(r -> r.origin().line()).containsExactly(1L, 4L);
        assertThat(records.get(0).note().text()).isEqualTo("one");
        assertThat(records.get(1).origin()).isEqualTo(RecordOrigin.line("b.jsonl", 4));
    }

    @Test
    void badLinesBecomeErrorRecordsInPlaceNamingTheLineNeverTheContent() {
        String input = String.join("\n",
                "{\"id\": \"a\", \"text\": \"fine\"}",
                "{\"id\": \"b\", \"text\": \"SECRET broken",
                "{\"text\": \"SECRET\", \"id\": [1]",
                "{\"id\": \"d\"}",
                "\"SECRET\"",
                "{\"id\": \"f\", \"text\": 42}",
                "{\"id\": \"g\", \"text\": \"after\"}");
        List<NoteRecord> records = readAll(new JsonLinesReader(new StringReader(input), "x.jsonl"));

        assertThat(records).extracting(NoteRecord::noteId).containsExactly("a", "b", "line-3", "d", "line-5", "f", "g");
        assertThat(records).extracting(r -> r.error() == null ? "ok" : r.error().code())
                .containsExactly("ok", "invalid-json", "invalid-json", "missing-field", "not-an-object", "wrong-type", "ok");
        for (NoteRecord r : records) {
            if (!r.ok()) {
                assertThat(r.error().message()).startsWith("line " + r.origin().line() + ":").doesNotContain("SECRET");
                assertThat(r.error().line()).isEqualTo(r.origin().line());
            }
        }
        assertThat(records.get(1).error().message()).contains("column");
    }

    @Test
    void aLineOverTheLimitIsSkippedToItsEndAndReported() {
        String input = "{\"id\": \"a\", \"text\": \"" + "x".repeat(100) + "\"}\n{\"id\": \"b\", \"text\": \"ok\"}\n";
        List<NoteRecord> records = readAll(new JsonLinesReader(new StringReader(input), "big.jsonl", 50));
        assertThat(records).hasSize(2);
        assertThat(records.get(0).error().code()).isEqualTo("too-large");
        assertThat(records.get(0).noteId()).isEqualTo("line-1");
        assertThat(records.get(1).note().text()).isEqualTo("ok");
    }

    @Test
    void readsLazilyOneLineAtATime() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append("{\"id\": \"n").append(i).append("\", \"text\": \"some note text here\"}\n");
        }
        byte[] bytes = big.toString().getBytes(StandardCharsets.UTF_8);
        CountingStream counting = new CountingStream(new ByteArrayInputStream(bytes));
        JsonLinesReader reader = new JsonLinesReader(new InputStreamReader(counting, StandardCharsets.UTF_8), "s");

        assertThat(reader.next().decode().noteId()).isEqualTo("n0");
        assertThat(counting.read).as("bytes read for the first record").isLessThan(bytes.length / 20);
        reader.close();
    }

    /**
     * Lines are split the same wherever the input's reads happen to end (a line within one read is taken
     * from the read buffer itself, a longer one gathered): random lines, line ends, byte-order marks and
     * blank lines, read in random chunks, against a plain split of the whole input.
     */
    @Test
    void linesAreTheSameWhereverTheReadsEnd() {
        java.util.Random random = new java.util.Random(20261207);
        for (int round = 0; round < 30; round++) {
            StringBuilder input = new StringBuilder();
            List<String> texts = new ArrayList<>();
            List<Long> lineNumbers = new ArrayList<>();
            long lineNumber = 0;
            int lines = 1 + random.nextInt(40);
            for (int i = 0; i < lines; i++) {
                lineNumber++;
                if (random.nextInt(8) == 0) {
                    input.append(random.nextBoolean() ? " " : "  \t"); // not empty: a CR then an empty line would be one CRLF
                } else {
                    int length = random.nextInt(10) == 0 ? 60_000 + random.nextInt(90_000) : random.nextInt(300);
                    StringBuilder text = new StringBuilder("t");
                    for (int c = 0; c < length; c++) {
                        text.append(random.nextInt(20) == 0 ? "😀" : random.nextInt(10) == 0 ? "é" : "ab {}".substring(c % 5, c % 5 + 1));
                    }
                    String t = text.toString();
                    if (random.nextInt(6) == 0) {
                        input.append('\uFEFF');
                    }
                    input.append("{\"id\": \"n").append(i).append("\", \"text\": \"").append(t).append("\"}");
                    texts.add(t);
                    lineNumbers.add(lineNumber);
                }
                input.append(switch (random.nextInt(3)) { case 0 -> "\n"; case 1 -> "\r\n"; default -> "\r"; });
            }
            byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);
            InputStream chunked = new FilterInputStream(new ByteArrayInputStream(bytes)) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return super.read(b, off, Math.min(len, 1 + random.nextInt(random.nextBoolean() ? 7 : 90_000)));
                }
            };
            List<NoteRecord> records = readAll(new JsonLinesReader(chunked, "r.jsonl", ReadOptions.DEFAULT));
            assertThat(records).extracting(r -> r.ok() ? r.note().text() : r.error().message()).as("round %s", round).containsExactlyElementsOf(texts);
            assertThat(records).extracting(r -> r.origin().line()).containsExactlyElementsOf(lineNumbers);
        }
    }

    @Test
    void anUnreadableInputThrowsNamingTheInputOnly() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk SECRET");
            }
        };
        JsonLinesReader reader = new JsonLinesReader(new InputStreamReader(failing, StandardCharsets.UTF_8), "gone.jsonl");
        Assertions.assertThatThrownBy(reader::next).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("gone.jsonl").hasMessageNotContaining("SECRET");
    }

    /** Counts the bytes pulled from the underlying stream. */
    static final class CountingStream extends FilterInputStream {
        long read;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            read += c < 0 ? 0 : 1;
            return c;
        }
    }
}
