package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.cli.testrules.FlagWordRule;
import io.notelint.cli.testrules.NoteFlagRule;
import io.notelint.cli.testrules.ThrowingRule;
import io.notelint.core.json.NoteJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SarifOutputTest {

    @TempDir
    Path dir;
    private Path config;

    @BeforeEach
    void isolate() throws IOException {
        config = TestConfigs.onlyTestRules(dir);
    }

    private Cli.Run sarif(String... inputs) {
        List<String> args = new ArrayList<>(List.of("check", "--format", "sarif", "--config", config.toString()));
        args.addAll(List.of(inputs));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void reportWithFindingsRuleErrorsAndBadRecordsIsSchemaValid() throws IOException {
        Path batch = Notes.write(dir, "notes.jsonl", List.of(
                Notes.line("n-1042", "S: Fine.\nO: Client was zorblat today."),
                Notes.line("n 2/é", "NOPLANHERE"),
                "{\"id\": \"n-3\", \"text\": \"broken",
                Notes.line("n-4", "KABOOM")));
        Path txt = dir.resolve("one note.txt");
        Files.writeString(txt, "zorblat", StandardCharsets.UTF_8);

        Cli.Run run = sarif(batch.toString(), txt.toString());

        assertThat(SarifSchema.validate(run.out())).isEmpty();
        JsonNode log = NoteJson.readTree(run.out());
        assertThat(log.get("version").stringValue()).isEqualTo("2.1.0");
        JsonNode r = log.get("runs").get(0);
        JsonNode driver = r.get("tool").get("driver");
        assertThat(driver.get("name").stringValue()).isEqualTo("NoteLint");
        assertThat(driver.get("version").stringValue()).isNotBlank();
        assertThat(driver.get("informationUri").stringValue()).startsWith("https://");
        assertThat(r.get("columnKind").stringValue()).isEqualTo("utf16CodeUnits");

        List<String> ruleIds = new ArrayList<>();
        driver.get("rules").values().forEach(d -> ruleIds.add(d.get("id").stringValue()));
        JsonNode flag = driver.get("rules").get(ruleIds.indexOf(FlagWordRule.ID));
        assertThat(flag.get("shortDescription").get("text").stringValue()).isEqualTo("Flags a made-up test word.");
        assertThat(flag.get("fullDescription").get("text").stringValue()).isNotBlank();
        assertThat(flag.get("help").get("text").stringValue()).contains("NoteLint CLI tests")
                .contains("How to fix:\n- Say what you mean instead of {word}.");
        assertThat(flag.get("defaultConfiguration").get("level").stringValue()).isEqualTo("warning");
        assertThat(flag.get("properties").get("category").stringValue()).isEqualTo("vague-language");

        JsonNode results = r.get("results");
        assertThat(results).hasSize(3);
        JsonNode span = results.get(0);
        assertThat(span.get("ruleId").stringValue()).isEqualTo(FlagWordRule.ID);
        assertThat(span.get("ruleIndex").intValue()).isEqualTo(ruleIds.indexOf(FlagWordRule.ID));
        assertThat(span.get("level").stringValue()).isEqualTo("warning");
        // redacted by default: the rule and the position, not the rule's message (which quotes the note)
        assertThat(span.get("message").get("text").stringValue()).isEqualTo(FlagWordRule.ID + " at line 2, column 15");
        JsonNode physical = span.get("locations").get(0).get("physicalLocation");
        assertThat(physical.get("artifactLocation").get("uri").stringValue()).endsWith("notes.jsonl#n-1042");
        JsonNode region = physical.get("region");
        assertThat(region.get("startLine").intValue()).isEqualTo(2);
        assertThat(region.get("startColumn").intValue()).isEqualTo(15);
        assertThat(region.get("endLine").intValue()).isEqualTo(2);
        assertThat(region.get("endColumn").intValue()).isEqualTo(22);
        assertThat(region.get("charOffset").intValue()).isEqualTo(23);
        assertThat(region.get("charLength").intValue()).isEqualTo(7);

        JsonNode noteLevel = results.get(1);
        assertThat(noteLevel.get("ruleId").stringValue()).isEqualTo(NoteFlagRule.ID);
        assertThat(noteLevel.get("level").stringValue()).isEqualTo("error");
        JsonNode loc = noteLevel.get("locations").get(0);
        assertThat(loc.get("physicalLocation").has("region")).isFalse();
        assertThat(loc.get("physicalLocation").get("artifactLocation").get("uri").stringValue())
                .endsWith("notes.jsonl#n%202/%C3%A9");
        assertThat(loc.get("logicalLocations").get(0).get("name").stringValue()).isEqualTo("n 2/é");

        JsonNode wholeFile = results.get(2).get("locations").get(0).get("physicalLocation");
        assertThat(wholeFile.get("artifactLocation").get("uri").stringValue()).endsWith("one%20note.txt");
        assertThat(wholeFile.get("region").get("startLine").intValue()).isEqualTo(1);

        JsonNode invocation = r.get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").booleanValue()).isTrue();
        JsonNode notes = invocation.get("toolExecutionNotifications");
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0).get("level").stringValue()).isEqualTo("error");
        assertThat(notes.get(0).get("message").get("text").stringValue()).contains("n-3").contains("line 3");
        assertThat(notes.get(0).get("locations").get(0).get("physicalLocation").get("region").get("startLine").intValue())
                .isEqualTo(3);
        assertThat(notes.get(1).get("associatedRule").get("id").stringValue()).isEqualTo(ThrowingRule.ID);
        assertThat(notes.get(1).get("associatedRule").get("index").intValue()).isEqualTo(ruleIds.indexOf(ThrowingRule.ID));
        assertThat(run.out()).as("SARIF carries no note text").doesNotContain("Client was").doesNotContain("KABOOM");
    }

    @Test
    void emptyBatchIsSchemaValidToo() throws IOException {
        Path empty = Notes.write(dir, "empty.jsonl", List.of(""));
        Cli.Run run = sarif(empty.toString());
        assertThat(SarifSchema.validate(run.out())).isEmpty();
        JsonNode r = NoteJson.readTree(run.out()).get("runs").get(0);
        assertThat(r.get("results")).isEmpty();
        assertThat(r.get("invocations").get(0).has("toolExecutionNotifications")).isFalse();
        // nothing was checked, which must not look like a clean pass to a gate
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no notes were read");
    }

    @Test
    void theValidatorRejectsWhatIsNotSarif() {
        // guards the guard: a schema that accepted anything would make the tests above worthless
        assertThat(SarifSchema.validate("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}")).isNotEmpty();
        assertThat(SarifSchema.validate("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}},"
                + " \"results\": [{\"message\": {\"text\": \"m\"}, \"level\": \"fatal\"}]}]}")).isNotEmpty();
    }
}
