package io.notelint.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.LintResult;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.Span;
import io.notelint.core.text.TextPosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building a note's fields by name, and a finding's line and column without LineIndex. */
class NoteFieldsBuilderTest {

    @Test
    void theBuilderSetsEachFieldByNameAndLeavesTheRestAbsent() {
        NoteFields f = NoteFields.builder().clientId("c-1").sessionDate(LocalDate.of(2026, 11, 20))
                .startTime(LocalTime.of(14, 0)).endTime(LocalTime.of(14, 53)).durationMinutes(53).cptCode("90837")
                .modality("individual").diagnoses(List.of(new Diagnosis("F33.1", "MDD")))
                .medications(List.of(new Medication("sertraline", "100 mg", "daily"))).riskLevel(RiskLevel.LOW)
                .goals(List.of(new Goal("G1", "Sleep 7 hours"))).clinician(new Clinician("A. Rivera", "LCSW"))
                .signedAt(Instant.parse("2026-11-21T09:12:00Z")).extra(Map.of("site", "north")).build();
        assertThat(f).isEqualTo(new NoteFields("c-1", LocalDate.of(2026, 11, 20), LocalTime.of(14, 0), LocalTime.of(14, 53),
                53, "90837", "individual", List.of(new Diagnosis("F33.1", "MDD")),
                List.of(new Medication("sertraline", "100 mg", "daily")), RiskLevel.LOW, List.of(new Goal("G1", "Sleep 7 hours")),
                new Clinician("A. Rivera", "LCSW"), Instant.parse("2026-11-21T09:12:00Z"), Map.of(), Map.of("site", "north")));
        assertThat(NoteFields.builder().build()).isEqualTo(NoteFields.EMPTY);
        assertThat(NoteFields.builder().build().hasMedications()).as("unset is absent, not empty").isFalse();
        assertThat(f.toBuilder().cptCode("90834").build().cptCode()).isEqualTo("90834");
        assertThat(f.toBuilder().build()).isEqualTo(f);

        Note note = Note.of("n", "text").withFields(f).withFormat(NoteFormat.SOAP);
        assertThat(note.fields()).isEqualTo(f);
        assertThat(note.declaredFormat()).contains(NoteFormat.SOAP);
    }

    @Test
    void aFindingsPositionComesFromItsResult() {
        String text = "S: fine.\r\nP: Client is doing well.";
        Finding spanned = new Finding("r/x", Category.VAGUE_LANGUAGE, Severity.WARNING, "m", new Span(22, 32), null, null, null);
        Finding whole = new Finding("r/y", Category.MISSING_PLAN, Severity.ERROR, "m", null, null, null, null);
        LintResult result = new LintResult("n", List.of(spanned, whole), List.of(), null, text);
        assertThat(result.positionOf(spanned)).contains(new TextPosition(2, 13, 2, 23));
        assertThat(result.positionOf(whole)).as("a note-level finding has no position").isEmpty();
    }
}
