package io.notelint.cli;

import static io.notelint.cli.CanaryCases.CANARY;
import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code notelint serve} against {@code notelint check}: the same note, the same config, the same line;
 * and the CLI's PHI canary run against the server.
 */
class ServeCommandTest {

    @TempDir
    Path dir;

    /** The notes of the labelled corpus, one JSON object a line (the corpus lines wrap each in "note"). */
    private static List<String> labelledNotes() throws IOException {
        Path corpus = Path.of("..", "corpus", "labelled.jsonl");
        List<String> notes = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                notes.add(NoteJson.mapper().writeValueAsString(NoteJson.readTree(line).get("note")));
            }
        }
        return notes;
    }

    @Test
    void everyLabelledNoteGetsTheCheckLineFromLint() throws Exception {
        List<String> notes = labelledNotes();
        assertThat(notes).hasSizeGreaterThan(100);
        Path file = dir.resolve("labelled-notes.jsonl");
        Files.write(file, notes, StandardCharsets.UTF_8);
        for (String profile : List.of("", "training")) {
            List<String> args = new ArrayList<>(List.of("check", "--format", "jsonl"));
            if (!profile.isEmpty()) {
                args.addAll(List.of("--profile", profile));
            }
            args.add(file.toString());
            Cli.Run check = Cli.run(args.toArray(String[]::new));
            assertThat(check.err()).isEmpty();
            List<String> expected = check.out().lines().toList();
            assertThat(expected).hasSize(notes.size());
            String query = profile.isEmpty() ? "" : "?profile=" + profile;
            try (Served server = new Served("--port", "0", "--no-access-log")) {
                for (int i = 0; i < notes.size(); i++) {
                    HttpResponse<String> r = server.post("/v1/lint" + query, "application/json", notes.get(i));
                    assertThat(r.statusCode()).isEqualTo(200);
                    assertThat(r.body()).as("note %d", i).isEqualTo(expected.get(i) + "\n");
                }
                HttpResponse<String> batch = server.post("/v1/lint" + query, "application/x-ndjson",
                        String.join("\n", notes) + "\n");
                assertThat(batch.statusCode()).isEqualTo(200);
                assertThat(batch.body()).isEqualTo(check.out());
            }
        }
    }

    @Test
    void gradeAnswersTheGradeCommandsLine() throws Exception {
        String note = labelledNotes().get(0);
        Cli.Run grade = Cli.runWithStdin(note + "\n", "grade", "--format", "jsonl", "-");
        try (Served server = new Served("--port", "0", "--no-access-log")) {
            HttpResponse<String> r = server.post("/v1/grade", "application/json", note);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(grade.out());
        }
    }

    @Test
    void theCanaryNeverReachesTheLogOrAnErrorBody() throws Exception {
        CanaryCases.write(dir);
        List<String> bodies = new ArrayList<>();
        for (String file : List.of("good.jsonl", "broken.jsonl", "failing.jsonl", "big.jsonl")) {
            bodies.addAll(Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8));
        }
        bodies.add(Files.readString(dir.resolve("doc.json")));
        int errors = 0;
        int findings = 0;
        try (Served server = new Served("--port", "0", "--max-request-bytes", "2000", "--max-batch-notes", "3")) {
            for (String body : bodies) {
                for (String path : List.of("/v1/lint", "/v1/grade", "/v1/lint?profile=" + CANARY)) {
                    HttpResponse<String> r = server.post(path, "application/json", body);
                    errors += r.statusCode() == 200 ? 0 : 1;
                    findings += r.statusCode() == 200 && r.body().contains("\"ruleId\"") ? 1 : 0;
                    assertMessagesClean(r);
                }
                assertMessagesClean(server.post("/v1/lint", "application/x-ndjson", body + "\n" + body));
            }
            assertMessagesClean(server.post("/v1/lint", "application/x-ndjson", String.join("\n", bodies)));
            assertMessagesClean(server.post("/v1/lint", "text/plain", CANARY));
            assertMessagesClean(server.get("/v1/rules/" + CANARY));
            assertThat(server.stderr()).as("the access log").isNotEmpty().doesNotContain(CANARY);
        }
        // not vacuous: canary notes were linted into findings, and canary requests went down the error paths
        assertThat(findings).isGreaterThan(3);
        assertThat(errors).isGreaterThan(10);
    }

    private static void assertMessagesClean(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            assertThat(r.body()).as("error body").doesNotContain(CANARY).doesNotContain("Exception\n\tat");
            return;
        }
        for (String line : r.body().lines().toList()) {
            JsonNode node = NoteJson.readTree(line);
            List<String> messages = PhiCanaryTest.messages(line);
            assertThat(messages).as("messages of %s", node.path("noteId")).noneMatch(m -> m.contains(CANARY));
        }
    }

    @Test
    void aPublicAddressNeedsATokenOrNoAuth() throws Exception {
        Cli.Run refused = Cli.run("serve", "--host", "0.0.0.0", "--port", "0");
        assertThat(refused.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("--token-file").contains("--no-auth");
        try (Served open = new Served("--host", "0.0.0.0", "--port", "0", "--no-auth")) {
            assertThat(open.stderr()).contains("warning: --no-auth");
        }
        Path token = dir.resolve("token");
        Files.writeString(token, "s3cret-token\n");
        try (Served guarded = new Served("--host", "0.0.0.0", "--port", "0", "--token-file", token.toString())) {
            assertThat(guarded.address).startsWith("http://0.0.0.0:");
        }
    }

    @Test
    void aTakenPortIsAUsageErrorNamingIt() throws Exception {
        try (Served first = new Served("--port", "0", "--no-access-log")) {
            String port = first.address.substring(first.address.lastIndexOf(':') + 1);
            Cli.Run second = Cli.run("serve", "--port", port);
            assertThat(second.exit()).isEqualTo(ExitCodes.USAGE);
            assertThat(second.err()).startsWith("notelint: cannot start the server").contains(port)
                    .doesNotContain("Exception");
        }
    }

    @Test
    void startsOnAFreePortAndPrintsItsAddress() throws Exception {
        try (Served server = new Served("--port", "0")) {
            assertThat(server.address).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(server.get("/readyz").statusCode()).isEqualTo(200);
        }
    }
}
