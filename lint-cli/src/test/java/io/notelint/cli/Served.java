package io.notelint.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** {@code notelint serve} run in-process on a free port, as a user starts it; closing stops it. */
final class Served implements AutoCloseable {

    private static final Pattern ADDRESS = Pattern.compile("listening on (http://\\S+)");

    private final CountDownLatch stop = new CountDownLatch(1);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Thread thread;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int[] exit = {-1};
    final String address;

    Served(String... args) {
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Streams io = new Streams(new ByteArrayInputStream(new byte[0]), out, errStream);
        CommandLine cmd = new CommandLine(new ServeCommand(io, stop));
        thread = new Thread(() -> exit[0] = cmd.execute(args), "served");
        thread.start();
        String found = null;
        // waits for the command to say where it listens (or to end): no time is asserted
        while (found == null && thread.isAlive()) {
            Matcher m = ADDRESS.matcher(stdout());
            if (m.find()) {
                found = m.group(1);
            } else {
                sleep();
            }
        }
        address = found;
    }

    String stdout() {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The exit code once the command ended, or -1 while it runs. */
    int exit() throws InterruptedException {
        thread.join(120_000);
        return exit[0];
    }

    HttpResponse<String> post(String path, String type, String body) {
        return send(HttpRequest.newBuilder(URI.create(address + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(address + path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop.countDown();
        thread.join(120_000);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
