package io.notelint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import io.notelint.server.testrules.HoldRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Requests a service for clinical text must survive: each gets its documented status and a JSON error
 * that names the problem (and the limit), and the server keeps serving afterwards. No test times
 * anything: the queue and shutdown tests hold a worker with {@link HoldRule} until they let it go.
 */
class HostileRequestTest {

    private static final String NOTE = ServerApiTest.NOTE;

    private NoteServer server;

    private Http start(ServerSettings settings) {
        HoldRule.reset();
        server = NoteServer.builder().settings(settings).build().start();
        return new Http(server.address());
    }

    @AfterEach
    void stop() {
        HoldRule.release.countDown();
        if (server != null) {
            server.close();
        }
    }

    private static JsonNode error(HttpResponse<String> r) {
        return NoteJson.readTree(r.body()).get("error");
    }

    private static void stillServes(Http http) {
        assertThat(http.post("/v1/lint", "application/json", NOTE).statusCode()).isEqualTo(200);
    }

    @Test
    void anOversizedBodyGets413NamingTheLimit() {
        Http http = start(ServerSettings.defaults().withMaxRequestBytes(1000));
        HttpResponse<String> r = http.post("/v1/lint", "application/json", "{\"id\":\"x\",\"text\":\"" + "a".repeat(5000) + "\"}");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(error(r).get("limit").asString()).isEqualTo("maxRequestBytes");
        assertThat(error(r).get("message").asString()).contains("1000 bytes");
        stillServes(http);
    }

    @Test
    void aLongNoteGets413NamingTheNoteLimit() {
        Http http = start(ServerSettings.defaults());
        String text = "Client reports doing fine. ".repeat(40_000); // over the 1,000,000-char default
        HttpResponse<String> r = http.post("/v1/lint", "application/json", "{\"id\":\"x\",\"text\":\"" + text + "\"}");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(error(r).get("limit").asString()).isEqualTo("maxNoteChars");
        stillServes(http);
    }

    @Test
    void tooDeepJsonGets413() {
        Http http = start(ServerSettings.defaults());
        String deep = "{\"id\":\"x\",\"text\":\"a\",\"fields\":" + "[".repeat(200) + "]".repeat(200) + "}";
        HttpResponse<String> r = http.post("/v1/lint", "application/json", deep);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(error(r).get("code").asString()).isEqualTo("too-deep");
        stillServes(http);
    }

    @Test
    void aBatchOverTheNoteLimitGets413BeforeAnyIsLinted() {
        Http http = start(ServerSettings.defaults().withMaxBatchNotes(3));
        HttpResponse<String> r = http.post("/v1/lint", "application/x-ndjson", (NOTE + "\n").repeat(4));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(error(r).get("limit").asString()).isEqualTo("maxBatchNotes");
        assertThat(http.post("/v1/lint", "application/x-ndjson", (NOTE + "\n").repeat(3)).body().lines()).hasSize(3);
    }

    @Test
    void malformedJsonGets400WithLineAndColumnAndNoStackTrace() {
        Http http = start(ServerSettings.defaults());
        HttpResponse<String> r = http.post("/v1/lint", "application/json", "{\"id\": \"x\",\n  \"text\": \"a\" \"b\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode e = error(r);
        assertThat(e.get("code").asString()).isEqualTo("invalid-json");
        assertThat(e.get("line").asInt()).isEqualTo(2);
        assertThat(e.get("column").asInt()).isPositive();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        for (String bad : new String[] {"", "[]", "nope", "{\"id\": 1}", "[" + NOTE + "," + NOTE + "]"}) {
            HttpResponse<String> b = http.post("/v1/lint", "application/json", bad);
            assertThat(b.statusCode()).as(bad).isEqualTo(400);
            assertThat(error(b).get("message").asString()).as(bad).isNotBlank();
        }
        assertThat(http.post("/v1/lint", "text/plain", NOTE).statusCode()).isEqualTo(415);
        stillServes(http);
    }

    /**
     * An error answered before the body is all read leaves bytes on the connection that the next request
     * would be read after: the server says Connection: close then, and only then, so a client opens a new
     * connection instead of racing the server's close.
     */
    @Test
    void anErrorBeforeTheBodyIsReadSaysTheConnectionClosesAndOneAfterDoesNot() {
        Http http = start(ServerSettings.defaults().withMaxRequestBytes(1000));
        HttpResponse<String> wrongType = http.post("/v1/lint", "text/plain", NOTE);
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.headers().firstValue("Connection")).hasValue("close");
        HttpResponse<String> tooLarge = http.post("/v1/lint", "application/json", "{\"text\":\"" + "a".repeat(5000) + "\"}");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Connection")).hasValue("close");
        HttpResponse<String> noRoute = http.post("/v1/nothing-here", "application/json", NOTE);
        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(noRoute.headers().firstValue("Connection")).hasValue("close");
        HttpResponse<String> malformed = http.post("/v1/lint", "application/json", "{\"id\": \"x\" \"b\"}");
        assertThat(malformed.statusCode()).as("the body was read, then found malformed").isEqualTo(400);
        assertThat(malformed.headers().firstValue("Connection")).isEmpty();
        HttpResponse<String> unknownRule = http.get("/v1/rules/no-such-rule");
        assertThat(unknownRule.statusCode()).as("no body sent").isEqualTo(404);
        assertThat(unknownRule.headers().firstValue("Connection")).isEmpty();
        stillServes(http);
    }

    @Test
    void invalidUtf8IsAClientError() {
        Http http = start(ServerSettings.defaults());
        byte[] body = "{\"id\":\"x\",\"text\":\"caf\u0000\"}".getBytes(StandardCharsets.UTF_8);
        body[body.length - 3] = (byte) 0xE9;
        HttpResponse<String> r = http.post("/v1/lint", "application/json", body);
        assertThat(r.statusCode()).isIn(200, 400);
        stillServes(http);
    }

    @Test
    void withATokenEveryApiCallMustCarryIt() {
        Http http = start(ServerSettings.defaults().withToken("t0ken-of-the-server"));
        HttpResponse<String> none = http.post("/v1/lint", "application/json", NOTE);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(none.headers().firstValue("Connection")).as("the refused body is left unread").hasValue("close");
        assertThat(http.post("/v1/lint", "application/json", NOTE, "Authorization", "Bearer t0ken-of-the-serveR")
                .statusCode()).isEqualTo(401);
        HttpResponse<String> metrics = http.get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(401);
        assertThat(metrics.headers().firstValue("Connection")).as("no body, nothing left unread").isEmpty();
        assertThat(http.post("/v1/lint", "application/json", NOTE, "Authorization", "Bearer t0ken-of-the-server")
                .statusCode()).isEqualTo(200);
        assertThat(http.get("/healthz").statusCode()).as("probes stay open").isEqualTo(200);
    }

    @Test
    void aPublicBindWithoutATokenIsRefused() {
        ServerSettings open = ServerSettings.defaults().withHost("0.0.0.0");
        org.assertj.core.api.Assertions.assertThatThrownBy(open::requireSafeBind)
                .hasMessageContaining("--token-file").hasMessageContaining("--no-auth");
        open.withNoAuth(true).requireSafeBind();
        open.withToken("x").requireSafeBind();
    }

    @Test
    void aFullQueueGets503WithRetryAfterAndTheServerRecovers() throws Exception {
        Http http = start(ServerSettings.defaults().withWorkers(1).withQueue(0, Duration.ofSeconds(30)));
        CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(
                () -> http.post("/v1/lint", "application/json", NOTE.replace("doing fine", "HOLDPOKE")));
        assertThat(HoldRule.entered.await(60, TimeUnit.SECONDS)).isTrue();
        HttpResponse<String> busy = http.post("/v1/lint", "application/json", NOTE);
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).contains("1");
        assertThat(error(busy).get("code").asString()).isEqualTo("busy");
        assertThat(http.get("/metrics").body()).contains("notelint_rejected_total{reason=\"queue-full\"}");
        HoldRule.release.countDown();
        assertThat(held.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        stillServes(http);
    }

    @Test
    void shutdownLetsRequestsInFlightFinishAndTurnsNewOnesAway() throws Exception {
        Http http = start(ServerSettings.defaults().withWorkers(2));
        CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(
                () -> http.post("/v1/lint", "application/json", NOTE.replace("doing fine", "HOLDPOKE")));
        assertThat(HoldRule.entered.await(60, TimeUnit.SECONDS)).isTrue();
        server.drain();
        HttpResponse<String> late = http.post("/v1/lint", "application/json", NOTE);
        assertThat(late.statusCode()).isEqualTo(503);
        assertThat(error(late).get("code").asString()).isEqualTo("shutting-down");
        assertThat(http.get("/readyz").statusCode()).isEqualTo(503);
        CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
        HoldRule.release.countDown();
        HttpResponse<String> finished = held.get(60, TimeUnit.SECONDS);
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(NoteJson.readTree(finished.body()).get("noteId").asString()).isEqualTo("n-1");
        closing.get(60, TimeUnit.SECONDS);
        server = null;
    }

    @Test
    void aSlowClientIsCutOffAndOthersAreServed() throws Exception {
        Http http = start(ServerSettings.defaults().withIdleTimeout(Duration.ofMillis(300)));
        try (Socket slow = new Socket("127.0.0.1", server.port())) {
            OutputStream out = slow.getOutputStream();
            out.write("POST /v1/lint HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"id\""
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            stillServes(http); // while the slow one holds its connection
            slow.setSoTimeout(60_000);
            InputStream in = slow.getInputStream();
            // the server answers (an error) and closes, or just closes: either way read() reaches the end
            byte[] answer = in.readAllBytes();
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            assertThat(text.isEmpty() || !text.contains(" 200 ")).isTrue();
        } catch (IOException reset) {
            // a reset connection is a cut-off too
        }
        // a new client, so a new connection: the first client's kept-alive connection has been idle past
        // the same 300 ms limit by now, and whether the server has closed it yet is a race the client
        // loses with "received no bytes" (it does not retry a POST)
        stillServes(new Http(server.address()));
    }
}
