package io.notelint.cli;

import static io.notelint.cli.CanaryCases.CANARY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No PHI where it does not belong, as users run it: the shaded jar in a child process, so whatever the
 * JVM, a library or an uncaught exception might print lands in the stderr we scan. Runs in the
 * integration-test phase, after the jar is built ({@code mvn verify}). The cases that need the test
 * rules (a failing rule, a slow one) run with the test classes after the jar on the class path.
 */
class PhiCanaryIT {

    @TempDir
    Path dir;

    @Test
    void theShadedJarNeverPrintsTheCanaryOnStandardError() throws IOException, InterruptedException {
        Path jar = Path.of("target", "notelint.jar").toAbsolutePath();
        assertThat(jar).exists();
        Path testClasses = Path.of("target", "test-classes").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int ran = 0;
        for (CanaryCases.Case c : CanaryCases.write(dir)) {
            List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
            if (c.testRules()) {
                command.addAll(List.of("-cp", jar + File.pathSeparator + testClasses, "io.notelint.cli.Main"));
            } else {
                command.addAll(List.of("-jar", jar.toString()));
            }
            command.addAll(c.args());
            Path err = dir.resolve("stderr-" + ran + ".txt");
            Path out = dir.resolve("stdout-" + ran + ".txt");
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).redirectOutput(out.toFile()).start();
            if (c.stdin() != null) {
                p.getOutputStream().write(c.stdin());
            }
            p.getOutputStream().close();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", c.name()).isTrue();
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(stderr).as("stderr of %s", c.name()).doesNotContain(CANARY);
            assertThat(stderr).as("no stack trace from %s", c.name()).doesNotContain("\tat ");
            assertThat(p.exitValue()).as("exit code of %s", c.name()).isBetween(0, 3); // 3: the slow rule met the watchdog
            ran++;
        }
        assertThat(ran).isGreaterThan(15);
    }
}
