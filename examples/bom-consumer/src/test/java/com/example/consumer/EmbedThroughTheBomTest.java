package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.Clinician;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFields;
import io.notelint.core.rule.Finding;
import io.notelint.core.text.TextPosition;
import io.notelint.grading.Rubric;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** What the README's Embedding section promises, compiled and run against the installed artifacts. */
class EmbedThroughTheBomTest {

    @Test
    void aNoteWithFieldsIsLintedAndItsFindingsHavePositions() {
        Linter linter = Linter.builder().build();
        Note note = Note.of("n-1", "S: Client is doing well.\nP: Continue.").withFields(NoteFields.builder()
                .sessionDate(LocalDate.of(2026, 11, 20)).startTime(LocalTime.of(14, 0)).endTime(LocalTime.of(14, 53))
                .cptCode("90837").clinician(new Clinician("A. Rivera", "LCSW")).build());
        LintResult result = linter.lint(note);
        Finding vague = result.findings().stream().filter(f -> f.ruleId().equals("vague-language/vague-status"))
                .findFirst().orElseThrow();
        TextPosition at = result.positionOf(vague).orElseThrow();
        assertEquals(1, at.line());
        assertEquals(14, at.column());
        assertTrue(Rubric.defaultRubric().maxScore() > 0, "lint-grading is on the class path through the BOM");
    }
}
