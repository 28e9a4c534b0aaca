package io.notelint.cli;

import static io.notelint.cli.CanaryCases.CANARY;
import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * No PHI where it does not belong, in-process: a canary word in the notes rides through every command
 * and error path ({@link CanaryCases}) and never reaches standard error; in the machine-readable
 * outputs it appears only as a finding's excerpt, never in an error or rule-error message.
 */
class PhiCanaryTest {

    @TempDir
    Path dir;

    @Test
    void theCanaryStaysInTheOutputsTheUserAskedFor() throws IOException {
        List<CanaryCases.Case> cases = CanaryCases.write(dir);
        boolean shown = false;
        for (CanaryCases.Case c : cases) {
            String stdin = c.stdin() == null ? "" : new String(c.stdin(), StandardCharsets.UTF_8);
            Cli.Run run = Cli.runWithStdin(stdin, c.args().toArray(String[]::new));
            shown |= run.out().contains(CANARY);
            assertThat(run.err()).as("stderr of %s", c.name()).doesNotContain(CANARY);
            if (c.args().contains("jsonl") || c.args().contains("json") || c.args().contains("sarif")) {
                String out = c.args().contains("--output") ? Files.readString(dir.resolve("out.jsonl")) : run.out();
                assertThat(messages(out)).as("messages of %s", c.name()).noneMatch(m -> m.contains(CANARY));
            }
        }
        assertThat(cases).hasSizeGreaterThan(15);
        assertThat(shown).as("the canary reaches the reports that show note text: the test is not vacuous").isTrue();
    }

    /** Every "message" value anywhere in the output (error results, rule errors, SARIF notifications). */
    static List<String> messages(String out) {
        List<String> found = new java.util.ArrayList<>();
        String trimmed = out.strip();
        List<String> docs = trimmed.startsWith("{\"noteId\"") ? trimmed.lines().toList() : List.of(trimmed);
        for (String doc : docs) {
            if (!doc.isBlank()) {
                collect(NoteJson.mapper().readTree(doc), found);
            }
        }
        return found;
    }

    private static void collect(JsonNode node, List<String> found) {
        if (node.isObject()) {
            for (var e : node.properties()) {
                boolean finding = e.getKey().equals("findings") || e.getKey().equals("results");
                if (e.getKey().equals("message")) {
                    found.add(e.getValue().toString());
                } else if (!finding) {
                    collect(e.getValue(), found);
                }
            }
        } else if (node.isArray()) {
            node.values().forEach(v -> collect(v, found));
        }
    }
}
