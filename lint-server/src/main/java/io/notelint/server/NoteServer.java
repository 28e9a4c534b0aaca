package io.notelint.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.notelint.core.engine.ActiveRule;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.json.NoteJson;
import io.notelint.core.limits.CpuClock;
import io.notelint.grading.Grade;
import io.micrometer.core.instrument.Clock;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code notelint serve}: the HTTP API under {@code /v1}, health, readiness and metrics, the OpenAPI
 * document and the note editor page, on Javalin (Jetty 12). Every request body is protected health
 * information, so nothing here logs or echoes one: the access log has method, route, status and time;
 * errors say what and where, never what the note said.
 */
public final class NoteServer implements AutoCloseable {

    static final String NDJSON = "application/x-ndjson";
    static final String JSON = "application/json";
    /** Set on a request once its whole body is read: an error answer after that leaves the connection usable. */
    private static final String BODY_READ = "notelint.bodyRead";

    private final ServerSettings settings;
    private final Engines engines;
    private final Linting linting;
    private final Admission admission;
    private final ServerMetrics metrics;
    private final PrintStream log;
    private final byte[] token;
    private final String version;
    private Javalin app;
    /** Requests whose answer is not yet flushed (see the filter in {@link #start}). */
    private final java.util.concurrent.atomic.AtomicInteger answering = new java.util.concurrent.atomic.AtomicInteger();

    private NoteServer(Builder b) {
        this.settings = b.settings;
        this.engines = b.engines;
        this.linting = new Linting(b.cpuClock);
        this.admission = new Admission(settings.workers(), settings.queue(), settings.queueWait());
        this.metrics = new ServerMetrics(b.clock);
        this.log = b.log;
        this.token = settings.token() == null ? null : settings.token().getBytes(StandardCharsets.UTF_8);
        this.version = b.version;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening; returns when the server answers. */
    public NoteServer start() {
        settings.requireSafeBind();
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.addConnector(this::connector);
            // counts a request until its answer is flushed to the client, so shutdown waits for the bytes,
            // not only for the handler (which returns before Javalin writes the result)
            config.jetty.modifyServletContextHandler(h -> h.addFilter((jakarta.servlet.Filter) (req, res, chain) -> {
                answering.incrementAndGet();
                try {
                    chain.doFilter(req, res);
                    res.flushBuffer();
                } finally {
                    answering.decrementAndGet();
                }
            }, "/*", java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
            config.requestLogger.http((ctx, ms) -> access(ctx, ms));
            config.routes.before(this::guard);
            config.routes.after(this::headers);
            config.routes.get("/", ctx -> WebPage.serve(ctx, "index.html"));
            config.routes.get("/editor.css", ctx -> WebPage.serve(ctx, "editor.css"));
            config.routes.get("/editor.js", ctx -> WebPage.serve(ctx, "editor.js"));
            config.routes.get("/openapi.json", ctx -> WebPage.serve(ctx, "openapi.json"));
            config.routes.get("/healthz", ctx -> json(ctx, 200, "{\"status\":\"ok\"}"));
            config.routes.get("/readyz", this::ready);
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
            config.routes.post("/v1/lint", work(this::lint));
            config.routes.post("/v1/grade", work(this::grade));
            config.routes.get("/v1/rules", this::rules);
            config.routes.get("/v1/rules/{group}/{name}", this::rule);
            config.routes.get("/v1/rules/{id}", this::rule);
            config.routes.get("/v1/profiles", this::profiles);
            config.routes.exception(ApiError.Failure.class, (e, ctx) -> error(ctx, e.error()));
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, ApiError.of(500, "internal-error",
                    "the request could not be answered (" + e.getClass().getName() + "); please report it")));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{")) {
                    error(ctx, ApiError.of(404, "not-found", "no such endpoint; see /openapi.json"));
                }
            });
            config.routes.error(405, ctx -> error(ctx, ApiError.of(405, "method-not-allowed",
                    "this endpoint does not take " + ctx.method() + "; see /openapi.json")));
        }).start();
        for (Connector c : app.jettyServer().server().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setIdleTimeout(settings.idleTimeout().toMillis());
            }
        }
        return this;
    }

    /** The one connector: plain HTTP, or TLS from the keystore; the idle timeout cuts off slow clients. */
    private Connector connector(Server server, HttpConfiguration http) {
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // Jetty reuses a header seen earlier on the connection when a new one matches it ignoring case: a
        // bearer token differing from the last one only in case would read as the last one
        http.setHeaderCacheCaseSensitive(true);
        ServerConnector c;
        if (settings.tls() != null) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(settings.tls().keystore().toString());
            ssl.setKeyStorePassword(settings.tls().password());
            HttpConfiguration https = new HttpConfiguration(http);
            https.addCustomizer(new SecureRequestCustomizer(false));
            c = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
        } else {
            c = new ServerConnector(server, new HttpConnectionFactory(http));
        }
        c.setHost(settings.host());
        c.setPort(settings.port());
        c.setIdleTimeout(settings.idleTimeout().toMillis());
        return c;
    }

    /** The port it listens on (the free one picked for port 0). */
    public int port() {
        for (Connector c : app.jettyServer().server().getConnectors()) {
            if (c instanceof ServerConnector sc && sc.getLocalPort() > 0) {
                return sc.getLocalPort();
            }
        }
        return app.port();
    }

    /** Where it listens, e.g. {@code http://127.0.0.1:8080}. */
    public String address() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return (settings.tls() != null ? "https" : "http") + "://" + host + ":" + port();
    }

    /**
     * Graceful shutdown: new requests get 503 at once, requests in flight finish (up to the drain
     * timeout), then the server stops.
     */
    @Override
    public void close() {
        if (app == null) {
            return;
        }
        admission.drain();
        long deadline = System.nanoTime() + settings.drainTimeout().toNanos();
        while ((admission.inFlight() > 0 || answering.get() > 0) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        app.stop();
        app = null;
    }

    /** Starts draining without stopping: for tests of what a request sees during shutdown. */
    void drain() {
        admission.drain();
    }

    int inFlight() {
        return admission.inFlight();
    }

    // ---- around every request

    private void guard(Context ctx) {
        ctx.attribute("started", metrics.clock().monotonicTime());
        String path = ctx.path();
        if (token != null && (path.startsWith("/v1/") || path.equals("/metrics"))) {
            String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
            byte[] given = header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? header.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
            // constant time: how much of the token a guess got right must not show in how long the answer takes
            if (!MessageDigest.isEqual(digest(given), digest(token))) {
                metrics.rejected("unauthorized");
                ctx.header("WWW-Authenticate", "Bearer");
                throw ApiError.of(401, "unauthorized", "this server needs 'Authorization: Bearer TOKEN'"
                        + " (the token it was started with)").failure();
            }
        }
    }

    private static byte[] digest(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private void headers(Context ctx) {
        SecurityHeaders.apply(ctx);
    }

    private void access(Context ctx, Float ms) {
        Long started = ctx.attribute("started");
        long nanos = started == null ? 0 : metrics.clock().monotonicTime() - started;
        String route = route(ctx);
        metrics.request(route, ctx.statusCode(), nanos);
        if (log != null) {
            // the route pattern, not the path or query: no body, no parameter a client typed
            log.printf(Locale.ROOT, "%s %s %d %.1fms%n", ctx.method(), route, ctx.statusCode(), ms);
        }
    }

    private static String route(Context ctx) {
        io.javalin.router.Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        String p = matched == null ? null : matched.path;
        return p == null || p.isEmpty() ? "unmatched" : p;
    }

    /** A handler that takes a worker from the bounded queue, or answers 503 with Retry-After. */
    private Handler work(Handler inner) {
        return ctx -> {
            if (admission.draining()) {
                metrics.rejected("draining");
                ctx.header("Connection", "close");
                throw new ApiError(503, "shutting-down", "the server is shutting down; try another instance", null, 0, 0)
                        .failure();
            }
            try (Admission.Permit permit = admission.enter()) {
                if (permit == null) {
                    metrics.rejected(admission.draining() ? "draining" : "queue-full");
                    ctx.header("Retry-After", "1");
                    throw ApiError.of(503, "busy", "the server is busy (" + settings.workers() + " requests linting, "
                            + settings.queue() + " waiting); retry after a second").failure();
                }
                inner.handle(ctx);
            }
        };
    }

    // ---- endpoints

    private void lint(Context ctx) {
        byte[] body = body(ctx);
        Linter linter = engines.linter(ctx.queryParam("profile"));
        if (mediaType(ctx).equals(NDJSON)) {
            ctx.status(200).contentType(NDJSON + "; charset=utf-8");
            Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
            int[] written = {0};
            try {
                linting.batch(body, linter, settings.workers(), settings.maxBatchNotes(), result -> {
                    metrics.result(result);
                    try {
                        out.write(Linting.line(result));
                        out.write('\n');
                        if (++written[0] % 64 == 0) {
                            out.flush();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("the client went away", e);
                    }
                });
            } catch (ApiError.Failure e) {
                if (written[0] == 0) {
                    ctx.res().reset();
                    throw e;
                }
                write(out, e.error().json() + "\n"); // results were sent: the error ends the stream
            }
            flush(out);
            return;
        }
        LintResult result = linting.one(body, linter);
        metrics.result(result);
        json(ctx, 200, Linting.line(result) + "\n");
    }

    private void grade(Context ctx) {
        byte[] body = body(ctx);
        Grade grade = linting.grade(body, engines.grader(ctx.queryParam("rubric"), ctx.queryParam("profile")));
        metrics.graded();
        json(ctx, 200, Linting.line(grade) + "\n");
    }

    private void rules(Context ctx) {
        Linter linter = engines.linter(ctx.queryParam("profile"));
        json(ctx, 200, NoteJson.mapper().writeValueAsString(RuleJson.list(linter.rules())) + "\n");
    }

    private void rule(Context ctx) {
        String id = ctx.pathParamMap().containsKey("group")
                ? ctx.pathParam("group") + "/" + ctx.pathParam("name") : ctx.pathParam("id");
        Linter linter = engines.linter(ctx.queryParam("profile"));
        ActiveRule found = linter.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        if (found == null) {
            String hint = io.notelint.core.text.DidYouMean.nearest(id, linter.rules().stream().map(ActiveRule::id).toList())
                    .map(n -> " (did you mean " + n + "?)").orElse("");
            throw ApiError.of(404, "unknown-rule", "no rule with that id runs in this profile" + hint
                    + "; list them with GET /v1/rules").failure();
        }
        json(ctx, 200, NoteJson.mapper().writeValueAsString(RuleJson.full(found)) + "\n");
    }

    private void profiles(Context ctx) {
        ObjectNode o = NoteJson.mapper().createObjectNode();
        o.put("server", engines.serverProfile());
        engines.profiles().forEach(o.putArray("profiles")::add);
        o.put("defaultRubric", engines.defaultRubric());
        engines.rubricNames().forEach(o.putArray("rubrics")::add);
        o.put("version", version);
        json(ctx, 200, NoteJson.mapper().writeValueAsString(o) + "\n");
    }

    private void ready(Context ctx) {
        // the models are loaded before the server listens (Engines): ready from the first request until draining
        if (admission.draining()) {
            json(ctx, 503, "{\"status\":\"shutting-down\"}");
        } else {
            json(ctx, 200, "{\"status\":\"ready\"}");
        }
    }

    // ---- helpers

    private byte[] body(Context ctx) {
        String type = mediaType(ctx);
        if (!type.equals(JSON) && !type.equals(NDJSON)) {
            throw ApiError.of(415, "unsupported-media-type", "send the note as application/json, or a batch as "
                    + NDJSON).failure();
        }
        try {
            byte[] body = Bodies.read(ctx.bodyInputStream(), ctx.req().getContentLengthLong(), settings.maxRequestBytes());
            ctx.attribute(BODY_READ, Boolean.TRUE);
            return body;
        } catch (ApiError.Failure e) {
            metrics.rejected("too-large");
            throw e;
        }
    }

    /** Whether the request came with a body that was refused before it was all read. */
    private static boolean bodyLeftUnread(Context ctx) {
        boolean sent = ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
        return sent && ctx.attribute(BODY_READ) == null;
    }

    private static String mediaType(Context ctx) {
        String t = ctx.contentType();
        if (t == null) {
            return JSON;
        }
        int semi = t.indexOf(';');
        return (semi < 0 ? t : t.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    private static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType(JSON + "; charset=utf-8").result(body);
    }

    private void error(Context ctx, ApiError e) {
        if (e.status() == 400) {
            metrics.rejected("malformed");
        }
        if (bodyLeftUnread(ctx)) {
            // the connection cannot carry another request: saying so keeps a client from sending its next one
            // down a connection the server is closing (refusals, a body too large or of the wrong type)
            ctx.header("Connection", "close");
        }
        if (e.status() == 503 && ctx.header("Retry-After") == null) {
            ctx.header("Retry-After", "1");
        }
        json(ctx, e.status(), e.json() + "\n");
    }

    private static void write(Writer out, String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException("the client went away", e);
        }
    }

    private static void flush(Writer out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the client went away", e);
        }
    }

    /** What the server runs with. */
    public static final class Builder {
        private ServerSettings settings = ServerSettings.defaults();
        private Engines engines;
        private CpuClock cpuClock = CpuClock.system();
        private Clock clock = Clock.SYSTEM;
        private PrintStream log;
        private String version = "dev";

        public Builder settings(ServerSettings value) {
            this.settings = value;
            return this;
        }

        /** The server's config, a class loader for plugin rules (null: NoteLint's), and the rubrics a grade may name. */
        public Builder engines(io.notelint.core.config.LintConfig config, ClassLoader loader,
                java.util.List<io.notelint.grading.Rubric> rubrics) {
            this.engines = new Engines(config, loader, rubrics);
            return this;
        }

        /** The CPU clock the watchdog reads (tests inject one). */
        public Builder cpuClock(CpuClock value) {
            this.cpuClock = value;
            return this;
        }

        /** The clock latencies are measured with (tests inject one). */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** Where the access log goes (null: nowhere). */
        public Builder accessLog(PrintStream value) {
            this.log = value;
            return this;
        }

        public Builder version(String value) {
            this.version = value;
            return this;
        }

        public NoteServer build() {
            if (engines == null) {
                engines(io.notelint.core.config.LintConfig.DEFAULT, null, java.util.List.of());
            }
            return new NoteServer(this);
        }
    }
}
