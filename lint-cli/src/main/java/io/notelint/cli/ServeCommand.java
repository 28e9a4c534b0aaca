package io.notelint.cli;

import io.notelint.core.config.ConfigException;
import io.notelint.core.config.ConfigLoader;
import io.notelint.core.config.LintConfig;
import io.notelint.core.files.IoProblem;
import io.notelint.grading.GradingFileException;
import io.notelint.grading.Rubric;
import io.notelint.server.NoteServer;
import io.notelint.server.ServerSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code notelint serve}: the HTTP API and the note editor page (docs/server.md). */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Serves the HTTP API (POST /v1/lint, /v1/grade; GET /v1/rules, /v1/profiles, /healthz, /readyz,"
                    + " /metrics, /openapi.json) and the note editor page at /.",
            "",
            "Listens on 127.0.0.1 unless --host says otherwise; another address needs --token-file (clients send"
                    + " 'Authorization: Bearer TOKEN') or --no-auth. Prints the address on standard output when it"
                    + " answers; stops gracefully on SIGTERM or Ctrl-C (requests in flight finish).",
            ""},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:stopped",
            "2:usage error, bad config or rubric, unreadable token file or keystore, or the port is taken"})
final class ServeCommand implements Callable<Integer> {

    private final Streams io;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = ServerSettings.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file, as for 'check'.")
    Path config;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Start from this profile, as for 'check'; a request may name another (?profile=).")
    String profile;

    @Option(names = "--rubric", paramLabel = "FILE",
            description = "A rubric /v1/grade may name (the first given is the default); the built-in one is"
                    + " always there. May be repeated.")
    List<Path> rubrics = new ArrayList<>();

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding the bearer token every /v1 and /metrics request must carry.")
    Path tokenFile;

    @Option(names = "--no-auth",
            description = "Serve an address other than loopback without a token (only behind a proxy that"
                    + " authenticates); prints a warning.")
    boolean noAuth;

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "Serve HTTPS with this PKCS12 or JKS keystore.")
    Path keystore;

    @Option(names = "--tls-password-file", paramLabel = "FILE", description = "A file holding the keystore's password.")
    Path keystorePassword;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "16777216",
            description = "Largest request body; a larger one gets 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--max-batch-notes", paramLabel = "N", defaultValue = "10000",
            description = "Most notes in one ndjson batch; more get 413 (default: ${DEFAULT-VALUE}).")
    int maxBatchNotes;

    @Option(names = "--workers", paramLabel = "N",
            description = "Requests linted at once (default: the number of processors).")
    Integer workers;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "64",
            description = "Requests that may wait for a worker; more get 503 with Retry-After (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Close a connection idle this long, e.g. a client sending its request too slowly"
                    + " (default: ${DEFAULT-VALUE}).")
    int idleTimeout;

    @Option(names = "--access-log", negatable = true, defaultValue = "true",
            description = "Log each request (method, route, status, time: never a body or query) on standard error"
                    + " (default: on).")
    boolean accessLog;

    /** Counted down to stop the server (tests); the shutdown hook stops it in a real process. */
    private final CountDownLatch stop;

    ServeCommand(Streams io) {
        this(io, new CountDownLatch(1));
    }

    ServeCommand(Streams io, CountDownLatch stop) {
        this.io = io;
        this.stop = stop;
    }

    @Override
    public Integer call() {
        NoteServer server;
        try {
            ServerSettings settings = settings();
            settings.requireSafeBind();
            LintConfig c = config == null ? LintConfig.DEFAULT : ConfigLoader.load(config);
            if (profile != null) {
                c = c.withProfile(profile);
            }
            List<Rubric> loaded = new ArrayList<>();
            for (Path r : rubrics) {
                loaded.add(Rubric.load(r));
            }
            if (settings.noAuth() && !settings.loopback()) {
                io.err().println("notelint: warning: --no-auth: anyone who can reach " + host + " can send notes to"
                        + " this server and read their findings; use it only behind a proxy that authenticates");
            }
            server = NoteServer.builder().settings(settings).engines(c, null, loaded).version(Version.version())
                    .accessLog(accessLog ? io.err() : null).build().start();
        } catch (ConfigException e) {
            return fail("config error: " + e.getMessage());
        } catch (GradingFileException e) {
            return fail("cannot use the rubric:\n" + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return fail(e.getMessage());
        } catch (RuntimeException e) {
            // Jetty's bind failure and keystore errors: their messages name the address or file, no note text
            return fail("cannot start the server: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        Thread hook = new Thread(stop::countDown, "notelint-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = StdoutWriters.writer(io);
        out.println("notelint: listening on " + server.address());
        out.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is what stopped us
            }
        }
        return ExitCodes.OK;
    }

    private ServerSettings settings() {
        ServerSettings s = ServerSettings.defaults().withHost(host).withPort(port).withNoAuth(noAuth)
                .withMaxRequestBytes(maxRequestBytes).withMaxBatchNotes(maxBatchNotes)
                .withQueue(queue, Duration.ofSeconds(30));
        if (idleTimeout < 1) {
            throw new IllegalArgumentException("--idle-timeout must be at least 1 second");
        }
        s = s.withIdleTimeout(Duration.ofSeconds(idleTimeout));
        if (workers != null) {
            s = s.withWorkers(workers);
        }
        if (tokenFile != null) {
            s = s.withToken(secret(tokenFile, "--token-file"));
        }
        if (keystore != null) {
            if (keystorePassword == null) {
                throw new IllegalArgumentException("--tls-keystore needs --tls-password-file");
            }
            if (!Files.isRegularFile(keystore)) {
                throw new IllegalArgumentException("no such keystore: " + keystore);
            }
            s = s.withTls(new ServerSettings.Tls(keystore, secret(keystorePassword, "--tls-password-file")));
        }
        return s;
    }

    /** A file's first line, trimmed: a token or password kept out of the command line (and so out of ps). */
    private static String secret(Path file, String option) {
        try {
            String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").trim();
            if (first.isEmpty()) {
                throw new IllegalArgumentException(option + " " + file + " is empty");
            }
            return first;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + option + " " + file + ": " + IoProblem.describe(e));
        }
    }

    private int fail(String message) {
        io.err().println("notelint: " + message);
        return ExitCodes.USAGE;
    }
}
