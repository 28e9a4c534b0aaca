package io.notelint.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@code notelint serve} listens and what it accepts: the address, who may call it, TLS, and the
 * limits that keep one client from taking the server (request size, batch size, work queue, timeouts).
 *
 * @param host           the address to bind; anything but a loopback address needs {@code token} or {@code noAuth}
 * @param port           the port; 0 picks a free one
 * @param token          the bearer token every /v1 request must carry, or null
 * @param noAuth         true to serve a non-loopback address without a token (the user asked for it)
 * @param tls            the keystore to serve HTTPS from, or null for plain HTTP
 * @param maxRequestBytes largest request body
 * @param maxBatchNotes  most notes in one ndjson batch
 * @param workers        requests linted at once (each batch also lints on this many threads)
 * @param queue          requests that may wait for a worker; one more gets 503 with Retry-After
 * @param queueWait      longest a request waits for a worker before it gets 503
 * @param idleTimeout    a connection that sends or reads nothing this long is closed (slow clients)
 * @param drainTimeout   on shutdown, how long requests in flight may take to finish
 */
public record ServerSettings(String host, int port, String token, boolean noAuth, Tls tls, long maxRequestBytes,
        int maxBatchNotes, int workers, int queue, Duration queueWait, Duration idleTimeout, Duration drainTimeout) {

    /** A keystore (PKCS12 or JKS) with the server's certificate and key. */
    public record Tls(Path keystore, String password) {
        public Tls {
            Objects.requireNonNull(keystore, "keystore");
            Objects.requireNonNull(password, "password");
        }
    }

    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;
    public static final int DEFAULT_MAX_BATCH_NOTES = 10_000;
    public static final int DEFAULT_QUEUE = 64;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535");
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("--max-request-bytes must be at least 1");
        }
        if (maxBatchNotes < 1) {
            throw new IllegalArgumentException("--max-batch-notes must be at least 1");
        }
        if (workers < 1 || workers > 1024) {
            throw new IllegalArgumentException("--workers must be between 1 and 1024");
        }
        if (queue < 0) {
            throw new IllegalArgumentException("--queue must not be negative");
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token file is empty");
        }
        Objects.requireNonNull(queueWait, "queueWait");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(drainTimeout, "drainTimeout");
    }

    /** Loopback, a free port, no token, the default limits, one worker per processor. */
    public static ServerSettings defaults() {
        return new ServerSettings(LOOPBACK, 0, null, false, null, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_BATCH_NOTES,
                Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE, Duration.ofSeconds(30), Duration.ofSeconds(30),
                Duration.ofSeconds(30));
    }

    public ServerSettings withHost(String value) {
        return new ServerSettings(value, port, token, noAuth, tls, maxRequestBytes, maxBatchNotes, workers, queue,
                queueWait, idleTimeout, drainTimeout);
    }

    public ServerSettings withPort(int value) {
        return new ServerSettings(host, value, token, noAuth, tls, maxRequestBytes, maxBatchNotes, workers, queue,
                queueWait, idleTimeout, drainTimeout);
    }

    public ServerSettings withToken(String value) {
        return new ServerSettings(host, port, value, noAuth, tls, maxRequestBytes, maxBatchNotes, workers, queue,
                queueWait, idleTimeout, drainTimeout);
    }

    public ServerSettings withNoAuth(boolean value) {
        return new ServerSettings(host, port, token, value, tls, maxRequestBytes, maxBatchNotes, workers, queue,
                queueWait, idleTimeout, drainTimeout);
    }

    public ServerSettings withTls(Tls value) {
        return new ServerSettings(host, port, token, noAuth, value, maxRequestBytes, maxBatchNotes, workers, queue,
                queueWait, idleTimeout, drainTimeout);
    }

    public ServerSettings withMaxRequestBytes(long value) {
        return new ServerSettings(host, port, token, noAuth, tls, value, maxBatchNotes, workers, queue,
                queueWait, idleTimeout, drainTimeout);
    }

    public ServerSettings withMaxBatchNotes(int value) {
        return new ServerSettings(host, port, token, noAuth, tls, maxRequestBytes, value, workers, queue,
                queueWait, idleTimeout, drainTimeout);
    }

    public ServerSettings withWorkers(int value) {
        return new ServerSettings(host, port, token, noAuth, tls, maxRequestBytes, maxBatchNotes, value, queue,
                queueWait, idleTimeout, drainTimeout);
    }

    public ServerSettings withQueue(int value, Duration wait) {
        return new ServerSettings(host, port, token, noAuth, tls, maxRequestBytes, maxBatchNotes, workers, value,
                wait, idleTimeout, drainTimeout);
    }

    public ServerSettings withIdleTimeout(Duration value) {
        return new ServerSettings(host, port, token, noAuth, tls, maxRequestBytes, maxBatchNotes, workers, queue,
                queueWait, value, drainTimeout);
    }

    /** True when the address is reachable only from this machine. */
    public boolean loopback() {
        return host.equals(LOOPBACK) || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }

    /**
     * Refuses a public bind with no token unless {@code noAuth} says the user wants it.
     *
     * @throws IllegalArgumentException saying what to add
     */
    public void requireSafeBind() {
        if (!loopback() && token == null && !noAuth) {
            throw new IllegalArgumentException("listening on " + host + " lets other machines send notes: give a token"
                    + " with --token-file FILE (clients send 'Authorization: Bearer TOKEN'), or --no-auth if a proxy"
                    + " in front of the server authenticates");
        }
    }
}
