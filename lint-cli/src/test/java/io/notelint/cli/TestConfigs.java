package io.notelint.cli;

import io.notelint.core.rule.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Configs for tests that need exact output: every rule on the class path except the test rules is
 * turned off, so the built-in pack (written in parallel, growing) never changes what a test expects.
 */
final class TestConfigs {

    private TestConfigs() {
    }

    static Path onlyTestRules(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# every rule but the CLI test rules off");
        lines.add("rules:");
        for (Rule r : ServiceLoader.load(Rule.class)) {
            String id = r.meta().id();
            if (!id.startsWith("test-cli/")) {
                lines.add("  " + id + ": off");
            }
        }
        if (lines.size() == 2) {
            lines.set(1, "rules: {}");
        }
        Path f = dir.resolve("only-test-rules.yaml");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }
}
