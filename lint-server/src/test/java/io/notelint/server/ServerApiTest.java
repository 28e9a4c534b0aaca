package io.notelint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.config.LintConfig;
import io.notelint.core.engine.Linter;
import io.notelint.core.json.NoteJson;
import io.notelint.output.ResultJson;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The API on a default server: what each endpoint answers for good requests. */
class ServerApiTest {

    static final String NOTE = "{\"id\": \"n-1\", \"text\": \"S: Client reports doing fine. Denies SI.\\n"
            + "O: Appropriate.\\nA: Stable.\\nP: Continue as usual.\"}";

    static NoteServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = NoteServer.builder().settings(ServerSettings.defaults().withWorkers(2)).build().start();
        http = new Http(server.address());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listensOnLoopbackOnAFreePort() {
        assertThat(server.address()).startsWith("http://127.0.0.1:");
        assertThat(server.port()).isPositive();
        assertThat(http.get("/healthz").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = http.get("/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("ready");
    }

    @Test
    void lintAnswersTheResultLineOfTheEngine() {
        HttpResponse<String> r = http.post("/v1/lint", "application/json", NOTE);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        String expected = ResultJson.toLine(Linter.builder().config(LintConfig.DEFAULT).build()
                .lint(NoteJson.parseNote(NOTE, null)));
        assertThat(r.body()).isEqualTo(expected + "\n");
        assertThat(NoteJson.readTree(r.body()).get("findings").size()).isPositive();
    }

    @Test
    void aBatchIsAnsweredOneLineANoteInInputOrder() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            body.append(NOTE.replace("n-1", "b-" + i)).append('\n');
        }
        body.append("{\"id\": \"bad\", \"text\": 12}\n");
        HttpResponse<String> r = http.post("/v1/lint", "application/x-ndjson", body.toString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/x-ndjson");
        List<String> lines = r.body().lines().toList();
        assertThat(lines).hasSize(21);
        for (int i = 0; i < 20; i++) {
            assertThat(NoteJson.readTree(lines.get(i)).get("noteId").asString()).isEqualTo("b-" + i);
        }
        assertThat(NoteJson.readTree(lines.get(20)).get("error").get("code").asString()).isNotBlank();
    }

    @Test
    void aProfilePerRequestChangesTheRulesThatRun() {
        HttpResponse<String> base = http.get("/v1/rules");
        HttpResponse<String> training = http.get("/v1/rules?profile=training");
        assertThat(base.statusCode()).isEqualTo(200);
        assertThat(training.statusCode()).isEqualTo(200);
        assertThat(training.body()).isNotEqualTo(base.body());
        HttpResponse<String> unknown = http.get("/v1/rules?profile=trainig");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown-profile").contains("did you mean 'training'");
    }

    @Test
    void oneRuleIsExplained() {
        JsonNode list = NoteJson.readTree(http.get("/v1/rules").body());
        String id = list.get(0).get("id").asString();
        HttpResponse<String> r = http.get("/v1/rules/" + id);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode rule = NoteJson.readTree(r.body());
        assertThat(rule.get("id").asString()).isEqualTo(id);
        assertThat(rule.has("rationale")).isTrue();
        assertThat(rule.get("flagged").isArray()).isTrue();
        HttpResponse<String> missing = http.get("/v1/rules/no-such/rule");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("unknown-rule");
    }

    @Test
    void profilesAndRubricsAreListed() {
        JsonNode p = NoteJson.readTree(http.get("/v1/profiles").body());
        assertThat(p.get("profiles").toString()).contains("training").contains("default");
        assertThat(p.get("rubrics").size()).isPositive();
    }

    @Test
    void gradeAnswersTheGradeLine() {
        HttpResponse<String> r = http.post("/v1/grade", "application/json", NOTE);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode g = NoteJson.readTree(r.body());
        assertThat(g.get("noteId").asString()).isEqualTo("n-1");
        assertThat(g.has("score")).isTrue();
        assertThat(http.post("/v1/grade?rubric=nope", "application/json", NOTE).statusCode()).isEqualTo(400);
    }

    @Test
    void metricsCountRequestsNotesAndFindings() {
        http.post("/v1/lint", "application/json", NOTE);
        HttpResponse<String> m = http.get("/metrics");
        assertThat(m.statusCode()).isEqualTo(200);
        assertThat(m.body()).contains("notelint_notes_total").contains("notelint_findings_total{category=")
                .contains("notelint_requests_seconds_bucket").contains("route=\"/v1/lint\"");
    }

    @Test
    void thePageAndTheApiCarrySecurityHeaders() {
        for (String path : List.of("/", "/v1/profiles", "/openapi.json")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("default-src 'none'").contains("frame-ancestors 'none'");
            assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("Server")).isEmpty();
        }
    }

    @Test
    void unknownPathsAndMethodsAnswerJson() {
        HttpResponse<String> r = http.get("/v2/lint");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("\"code\":\"not-found\"");
        assertThat(http.get("/v1/lint").statusCode()).isIn(404, 405);
    }
}
