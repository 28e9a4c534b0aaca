package io.notelint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Finding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The five structure rules together on 132 notes written for these tests (not taken from any shared
 * corpus), in every format and many header styles, each labelled with the structure categories it
 * must raise: missing sections, empty and absent plans, plans with and without a next contact,
 * golden-thread links, clones and near-clones. Every note must get exactly its labels.
 */
class StructureNotesTest {

    private static final Set<String> CATEGORIES = Set.of("missing-section", "missing-plan", "plan-quality",
            "golden-thread", "cloned-content");

    @Test
    void everyNoteGetsExactlyItsStructureLabels() throws IOException {
        Linter linter = Linter.builder()
                .addRule(new RequiredSectionRule()).addRule(new NoPlanRule()).addRule(new NoNextContactRule())
                .addRule(new NoGoalLinkRule()).addRule(new NearCopyRule())
                .build();
        List<String> wrong = new ArrayList<>();
        int notes = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                StructureNotesTest.class.getResourceAsStream("structure-notes.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = NoteJson.readTree(line);
                Note note = NoteJson.fromTree(item.get("note"));
                Set<String> expected = new TreeSet<>();
                for (JsonNode c : item.get("expect").get("notes")) {
                    expected.add(c.stringValue());
                }
                LintResult result = linter.lint(note);
                assertThat(result.ruleErrors()).as(note.id()).isEmpty();
                Set<String> got = new TreeSet<>();
                for (Finding f : result.findings()) {
                    if (CATEGORIES.contains(f.category().id())) {
                        got.add(f.category().id());
                    }
                }
                if (!got.equals(expected)) {
                    wrong.add(note.id() + ": expected " + expected + ", got " + got);
                }
                notes++;
            }
        }
        assertThat(notes).isGreaterThanOrEqualTo(130);
        assertThat(wrong).isEmpty();
    }
}
