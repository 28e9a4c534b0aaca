package io.notelint.grading;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Renders a page with headless Chromium (Debian's {@code chromium} package) to a PNG screenshot. */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** The chromium executable on the PATH, or null when there is none (a developer's machine). */
    static Path find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Screenshots {@code page} into {@code png}; fails when Chromium does not finish within two minutes. */
    static void screenshot(Path chromium, Path page, Path png, Path work) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        Path log = work.resolve("chromium.log");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=1200,1600",
                page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s");
        }
    }
}
