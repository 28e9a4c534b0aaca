package io.notelint.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A small HTTP client for the tests. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        return send(headers.length == 0 ? b : b.headers(headers));
    }

    HttpResponse<String> post(String path, String type, String body, String... headers) {
        return post(path, type, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    HttpResponse<String> post(String path, String type, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return send(headers.length == 0 ? b : b.headers(headers));
    }

    /**
     * Sends once more, on a new connection, when the server closed the kept-alive connection the request went
     * down before answering. HTTP/1.1 lets a server close an idle connection, and Jetty closes one whose last
     * request body was left unread (a refusal, a parse error); a client whose next request races that close
     * reads no bytes back. Browsers send again then; so do these tests, once: every call here is safe to repeat
     * (linting, grading and listing change nothing on the server).
     */
    private HttpResponse<String> send(HttpRequest.Builder b) {
        HttpRequest request = b.build();
        try {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException closedUnderIt) {
                return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
