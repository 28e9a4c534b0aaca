package io.notelint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import io.notelint.server.testrules.HoldRule;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document against what the server really answers: every operation it lists is called
 * with good and bad requests, and each answer's status, content type and body must be documented
 * there (bodies checked against the document's schemas). Clients generated from it meet the server.
 */
class OpenApiTest {

    private static final String NOTE = ServerApiTest.NOTE;

    static NoteServer server;
    static Http http;
    static JsonNode doc;
    static SchemaCheck schemas;

    /** One call: the documented path template it exercises, and the answer. */
    record Call(String template, String method, HttpResponse<String> response) {
    }

    @BeforeAll
    static void start() throws IOException {
        server = NoteServer.builder().settings(ServerSettings.defaults().withMaxBatchNotes(2).withMaxRequestBytes(50_000))
                .build().start();
        http = new Http(server.address());
        doc = NoteJson.readTree(http.get("/openapi.json").body());
        schemas = new SchemaCheck(doc);
    }

    @AfterAll
    static void stop() {
        HoldRule.release.countDown();
        server.close();
    }

    @Test
    void theServedDocumentIsTheOneInDocs() throws IOException {
        String served = http.get("/openapi.json").body();
        assertThat(served).isEqualTo(Files.readString(Path.of("..", "docs", "openapi.json"), StandardCharsets.UTF_8));
        assertThat(doc.get("openapi").asString()).isEqualTo("3.1.0");
    }

    @Test
    void everyAnswerIsDocumentedAndMatchesItsSchema() {
        String rule = NoteJson.readTree(http.get("/v1/rules").body()).get(0).get("id").asString();
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("/v1/lint", "post", http.post("/v1/lint", "application/json", NOTE)));
        calls.add(new Call("/v1/lint", "post", http.post("/v1/lint?profile=training", "application/json", NOTE)));
        calls.add(new Call("/v1/lint", "post", http.post("/v1/lint", "application/x-ndjson", NOTE + "\n{\"id\": 3}\n")));
        calls.add(new Call("/v1/lint", "post", http.post("/v1/lint", "application/json", "{\"id\": \"x\",\n \"text\": }")));
        calls.add(new Call("/v1/lint", "post", http.post("/v1/lint", "application/json", "{\"id\":\"x\",\"text\":\""
                + "a".repeat(60_000) + "\"}")));
        calls.add(new Call("/v1/lint", "post", http.post("/v1/lint", "application/x-ndjson", (NOTE + "\n").repeat(3))));
        calls.add(new Call("/v1/lint", "post", http.post("/v1/lint", "text/plain", "hello")));
        calls.add(new Call("/v1/lint", "post", http.post("/v1/lint?profile=nope", "application/json", NOTE)));
        calls.add(new Call("/v1/grade", "post", http.post("/v1/grade", "application/json", NOTE)));
        calls.add(new Call("/v1/grade", "post", http.post("/v1/grade?rubric=nope", "application/json", NOTE)));
        calls.add(new Call("/v1/grade", "post", http.post("/v1/grade", "application/json", "[")));
        calls.add(new Call("/v1/rules", "get", http.get("/v1/rules")));
        calls.add(new Call("/v1/rules", "get", http.get("/v1/rules?profile=training")));
        calls.add(new Call("/v1/rules", "get", http.get("/v1/rules?profile=nope")));
        calls.add(new Call("/v1/rules/{group}/{name}", "get", http.get("/v1/rules/" + rule)));
        calls.add(new Call("/v1/rules/{group}/{name}", "get", http.get("/v1/rules/no/such")));
        calls.add(new Call("/v1/profiles", "get", http.get("/v1/profiles")));
        calls.add(new Call("/healthz", "get", http.get("/healthz")));
        calls.add(new Call("/readyz", "get", http.get("/readyz")));
        calls.add(new Call("/metrics", "get", http.get("/metrics")));
        calls.add(new Call("/openapi.json", "get", http.get("/openapi.json")));

        Set<String> exercised = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Call c : calls) {
            JsonNode op = doc.path("paths").path(c.template()).path(c.method());
            assertThat(op.isMissingNode()).as("%s %s is documented", c.method(), c.template()).isFalse();
            exercised.add(c.method() + " " + c.template());
            String status = Integer.toString(c.response().statusCode());
            JsonNode answer = op.path("responses").path(status);
            if (answer.isMissingNode()) {
                problems.add(c.method() + " " + c.template() + ": status " + status + " is not documented");
                continue;
            }
            String type = c.response().headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
            JsonNode media = answer.path("content").path(type);
            if (media.isMissingNode()) {
                problems.add(c.method() + " " + c.template() + " " + status + ": content type " + type + " is not documented");
                continue;
            }
            List<JsonNode> bodies = new ArrayList<>();
            if (type.equals("application/json")) {
                bodies.add(NoteJson.readTree(c.response().body()));
                check(c, status, media.get("schema"), bodies, problems);
            } else if (type.equals("application/x-ndjson")) {
                JsonNode lineSchema = doc.at("/paths/~1v1~1lint/post/responses/200/content/application~1json/schema");
                c.response().body().lines().forEach(l -> bodies.add(NoteJson.readTree(l)));
                check(c, status, lineSchema, bodies, problems);
            }
        }
        assertThat(problems).isEmpty();
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> p : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> m : p.getValue().properties()) {
                documented.add(m.getKey() + " " + p.getKey());
            }
        }
        assertThat(exercised).as("every documented operation is called").containsAll(documented);
    }

    @Test
    void theBusyAndShuttingDownAnswersAreDocumented() throws Exception {
        NoteServer small = NoteServer.builder().settings(ServerSettings.defaults().withWorkers(1)
                .withQueue(0, java.time.Duration.ofSeconds(30))).build().start();
        try {
            Http h = new Http(small.address());
            HoldRule.reset();
            var held = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> h.post("/v1/lint", "application/json", NOTE.replace("doing fine", "HOLDPOKE")));
            assertThat(HoldRule.entered.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            HttpResponse<String> busy = h.post("/v1/lint", "application/json", NOTE);
            HoldRule.release.countDown();
            held.get(60, java.util.concurrent.TimeUnit.SECONDS);
            small.drain();
            HttpResponse<String> closing = h.post("/v1/grade", "application/json", NOTE);
            HttpResponse<String> notReady = h.get("/readyz");
            List<String> problems = new ArrayList<>();
            for (Call c : List.of(new Call("/v1/lint", "post", busy), new Call("/v1/grade", "post", closing),
                    new Call("/readyz", "get", notReady))) {
                assertThat(c.response().statusCode()).isEqualTo(503);
                JsonNode media = doc.path("paths").path(c.template()).path(c.method()).path("responses").path("503")
                        .path("content").path("application/json");
                assertThat(media.isMissingNode()).as(c.template()).isFalse();
                check(c, "503", media.get("schema"), List.of(NoteJson.readTree(c.response().body())), problems);
            }
            assertThat(problems).isEmpty();
        } finally {
            small.close();
        }
    }

    private static void check(Call c, String status, JsonNode schema, List<JsonNode> bodies, List<String> problems) {
        for (JsonNode body : bodies) {
            for (String p : schemas.problems(body, schema)) {
                problems.add(c.method() + " " + c.template() + " " + status + ": " + p);
            }
        }
    }
}
