package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.text.LineIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The acceptance test of the reliability issue: {@code hostile.jsonl} ({@link HostileNotes}), a new
 * user's export with every messy-text case and malformed JSON lines between them, yields exactly one
 * result per line, in order, with error results where due, every span within its note and on the
 * words it names, in bounded time, and nothing on standard error.
 */
class HostileBatchTest {

    private static final Path FILE = Path.of("src", "test", "resources", "hostile.jsonl");
    private static List<HostileNotes.Line> lines;

    @BeforeAll
    static void file() throws IOException {
        if (Boolean.getBoolean("hostile.regenerate")) {
            Files.write(FILE, HostileNotes.file());
        }
        lines = HostileNotes.lines();
    }

    @Test
    void theCommittedFileIsTheGeneratorsOutput() throws IOException {
        assertThat(Files.readAllBytes(FILE)).as("regenerate with -Dhostile.regenerate=true").isEqualTo(HostileNotes.file());
    }

    @Test
    void oneResultPerLineInOrderWithErrorsWhereDueAndSpansOnTheText() {
        Cli.Run run = check("--format", "jsonl", "--threads", "2");

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).as("error results make the exit code say so").isEqualTo(ExitCodes.FOUND);
        List<JsonNode> results = run.out().lines().map(l -> NoteJson.mapper().readTree(l)).toList();
        assertThat(results).hasSize(lines.size());
        int spans = 0;
        for (int i = 0; i < lines.size(); i++) {
            HostileNotes.Line line = lines.get(i);
            JsonNode r = results.get(i);
            String what = (i + 1) + ": " + line.name();
            if (line.error() != null) {
                assertThat(r.path("error").path("code").asString()).as(what).isEqualTo(line.error());
                assertThat(r.path("error").path("line").asInt()).as(what).isEqualTo(i + 1);
                assertThat(r.path("findings").size()).as(what).isZero();
                continue;
            }
            assertThat(r.has("error")).as(what).isFalse();
            assertThat(r.has("ruleErrors")).as(what + ": " + r.path("ruleErrors")).isFalse();
            String json = new String(line.bytes(), StandardCharsets.UTF_8);
            Note note = NoteJson.parseNote(json.startsWith("\uFEFF") ? json.substring(1) : json, "fallback");
            assertThat(r.path("noteId").asString()).as(what).isEqualTo(note.id());
            spans += checkSpans(what, note.text(), r.path("findings"));
        }
        assertThat(spans).as("the notes gave the rules plenty to report").isGreaterThan(100);
    }

    @Test
    void reportingInvalidUtf8TurnsTheLinesWithBadBytesIntoErrors() {
        Cli.Run run = check("--format", "jsonl", "--invalid-utf8", "report");
        assertThat(run.err()).isEmpty();
        List<JsonNode> results = run.out().lines().map(l -> NoteJson.mapper().readTree(l)).toList();
        assertThat(results).hasSize(lines.size());
        List<String> utf8Errors = new ArrayList<>();
        for (JsonNode r : results) {
            if (r.path("error").path("code").asString().equals("invalid-utf8")) {
                utf8Errors.add(r.path("noteId").asString() + " " + r.path("error").path("message").asString());
            }
        }
        assertThat(utf8Errors).as("the Latin-1 note, and the UTF-16 line that was invalid JSON before").hasSize(2);
        assertThat(utf8Errors.get(0)).startsWith("h-08 line 8: invalid UTF-8 at byte 42 of the line (byte offset ");
        assertThat(utf8Errors.get(1)).startsWith("line-27 line 27: invalid UTF-8 at byte 1 of the line");
    }

    @Test
    void everyFormatCopesAndSarifStaysValid() {
        for (String format : List.of("text", "json", "sarif")) {
            Cli.Run run = check("--format", format);
            assertThat(run.err()).as(format).isEmpty();
            assertThat(run.exit()).as(format).isEqualTo(ExitCodes.FOUND);
            if (format.equals("sarif")) {
                assertThat(SarifSchema.validate(run.out())).isEmpty();
            }
            if (format.equals("text")) {
                // ids, messages and source lines come from the notes: no escape, line break or bidi control gets through
                assertThat(run.out().lines()).allSatisfy(l -> assertThat(l.codePoints()
                        .filter(c -> Character.isISOControl(c) || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069))
                        .isEmpty());
                assertThat(run.out()).contains("hostile.jsonl#h-25 \"quoted\":");
            }
        }
    }

    private static Cli.Run check(String... options) {
        List<String> args = new ArrayList<>(List.of("check", "--time-budget", "20000"));
        args.addAll(HostileNotes.OPTIONS);
        args.addAll(List.of(options));
        args.add(FILE.toString());
        return Cli.run(args.toArray(String[]::new));
    }

    /** Every span within the text, on whole characters, its excerpt the text under it, line and column right. */
    private static int checkSpans(String what, String text, JsonNode findings) {
        LineIndex index = LineIndex.of(text);
        int n = 0;
        for (JsonNode f : findings) {
            JsonNode span = f.path("span");
            if (span.isMissingNode()) {
                continue;
            }
            int start = span.path("start").asInt();
            int end = span.path("end").asInt();
            String rule = what + " " + f.path("ruleId").asString();
            assertThat(start).as(rule).isBetween(0, end);
            assertThat(end).as(rule).isLessThanOrEqualTo(text.length());
            assertThat(f.path("excerpt").asString()).as(rule).isEqualTo(text.substring(start, end)).isNotBlank();
            assertThat(splits(text, start) || splits(text, end)).as(rule + " splits a surrogate pair").isFalse();
            assertThat(span.path("line").asInt()).as(rule).isEqualTo(index.line(start));
            assertThat(span.path("column").asInt()).as(rule).isEqualTo(index.column(start));
            n++;
        }
        return n;
    }

    private static boolean splits(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }
}
