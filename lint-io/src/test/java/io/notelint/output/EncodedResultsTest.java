package io.notelint.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.RuleError;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.NoteError;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.Span;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Results encoded on other threads ({@link EncodingResultWriter#encode}) and copied through a
 * {@link Utf8Output} in order give the bytes the formats had when the writing thread serialised every
 * result itself through the JDK's UTF-8 writer: held here against independent oracles (the result's JSON
 * tree, one CSV sheet for the whole batch), on text with the characters where encodings differ.
 */
class EncodedResultsTest {

    /** Quotes, controls, a line separator, an emoji (a surrogate pair), unpaired surrogates of both kinds. */
    private static final String TEXT = "S: \"quoted\" \\ tab\t é \u2028 😀\r\nP: =x \uD800 y \uDC00 z \uD83D";

    private static List<LintResult> results() {
        List<LintResult> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int start = i % (TEXT.length() - 9);
            String excerpt = TEXT.substring(start, start + 4 + i % 5);
            List<Finding> findings = List.of(
                    new Finding("vague/x", Category.VAGUE_LANGUAGE, Severity.WARNING, "'" + excerpt + "' is vague",
                            new Span(start, start + 4), i % 2 == 0 ? "S" : null, excerpt, i % 3 == 0 ? "=say it" : null),
                    new Finding("plan/none", Category.MISSING_PLAN, Severity.ERROR, "no plan \uDBFF", null, null, null, null));
            switch (i % 5) {
                case 0 -> out.add(LintResult.failed("line-" + i, new NoteError("invalid-json",
                        "line " + i + ": malformed JSON at column 3: unexpected character", i)));
                case 1 -> out.add(new LintResult("n-" + i, List.of(), List.of(), null, TEXT));
                case 2 -> out.add(new LintResult("n-\u00e9\"" + i + "\uD800", findings,
                        List.of(new RuleError("r/boom", "java.lang.IllegalStateException at X.y:1")), null, TEXT));
                default -> out.add(new LintResult("@n-" + i, findings, List.of(), null, i % 4 == 0 ? null : TEXT));
            }
        }
        return out;
    }

    private static RecordOrigin origin(int i) {
        return RecordOrigin.line("b 😀.jsonl", i + 1);
    }

    /** The batch's way: encode on a pool of threads, then copy the bytes in input order through a Utf8Output. */
    private static byte[] encodedElsewhere(ResultFormat format, boolean redact, boolean completed) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<LintResult> results = results();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (Utf8Output out = new Utf8Output(bytes)) {
            EncodingResultWriter w = (EncodingResultWriter) format.create(out, new ToolInfo("NoteLint", "9", null, List.of()),
                    redact);
            List<Future<byte[]>> encoded = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                int n = i;
                encoded.add(pool.submit(() -> w.encode(origin(n), results.get(n))));
            }
            w.begin();
            for (Future<byte[]> e : encoded) {
                w.writeEncoded(e.get());
            }
            w.finish(completed);
        } finally {
            pool.shutdownNow();
        }
        return bytes.toByteArray();
    }

    private static Writer jdkUtf8(ByteArrayOutputStream bytes) {
        return new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesAndJsonAreTheTreesThroughTheJdkUtf8Writer() throws Exception {
        for (boolean redact : new boolean[] {false, true}) {
            ByteArrayOutputStream lines = new ByteArrayOutputStream();
            ByteArrayOutputStream array = new ByteArrayOutputStream();
            try (Writer l = jdkUtf8(lines); Writer a = jdkUtf8(array)) {
                a.write("[");
                boolean first = true;
                for (LintResult r : results()) {
                    String tree = NoteJson.mapper().writeValueAsString(ResultJson.toTree(redact ? Redaction.redact(r) : r));
                    l.write(tree + "\n");
                    a.write((first ? "\n" : ",\n") + tree);
                    first = false;
                }
                a.write("\n]\n");
            }
            assertThat(encodedElsewhere(ResultFormat.JSONL, redact, true)).as("jsonl, redact %s", redact)
                    .isEqualTo(lines.toByteArray());
            assertThat(encodedElsewhere(ResultFormat.JSON, redact, true)).as("json, redact %s", redact)
                    .isEqualTo(array.toByteArray());
        }
    }

    @Test
    void csvRowsEncodedNoteByNoteAreOneSheetOfTheWholeBatch() throws Exception {
        for (boolean redact : new boolean[] {false, true}) {
            for (boolean completed : new boolean[] {true, false}) {
                ByteArrayOutputStream sheet = new ByteArrayOutputStream();
                try (Writer w = jdkUtf8(sheet)) {
                    CsvSheet one = new CsvSheet(w);
                    one.row(CsvResultWriter.HEADER);
                    List<LintResult> results = results();
                    for (int i = 0; i < results.size(); i++) {
                        CsvResultWriter.rows(origin(i), redact ? Redaction.redact(results.get(i)) : results.get(i), one);
                    }
                    if (!completed) {
                        one.row(List.of("", "input/stopped", "", "error", "", "", "", "", "",
                                "the batch stopped early: an input could not be read", "", "", ""));
                    }
                    one.flush();
                }
                assertThat(encodedElsewhere(ResultFormat.CSV, redact, completed))
                        .as("csv, redact %s, completed %s", redact, completed).isEqualTo(sheet.toByteArray());
            }
        }
    }

    @Test
    void textAndBytesReachTheTargetInTheOrderWrittenAndOnlyWhenFlushed() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(target);
        out.write("[é ");
        out.writeUtf8("😀".getBytes(StandardCharsets.UTF_8), 0, 4);
        out.write(',');
        out.write("\uD83D".toCharArray()); // half a pair: completed by the next text, not by bytes
        out.write("\uDE00]");
        out.writeUtf8(new byte[] {'\n'}, 0, 1);
        assertThat(target.size()).isZero();
        out.flush();
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("[é 😀,😀]\n");
        out.write("\uD800");
        out.close();
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("[é 😀,😀]\n?");
    }
}
