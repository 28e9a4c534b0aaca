package io.notelint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.limits.Limits;
import io.notelint.core.model.Note;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A note over a limit gets an error result that names the limit; a note at the limit is linted. */
class LimitsTest {

    private static final String SECRET = "Zyxwvutcanary";

    private static Linter linter(Limits limits) {
        return Linter.builder().nlp(PlainNlp.BACKEND).addRule(new LinterTest.WordRule()).limits(limits).build();
    }

    @Test
    void noteTextOverTheLimitIsAnErrorNamingTheLimitNeverTheText() {
        Linter linter = linter(Limits.DEFAULT.withMaxNoteChars(100));
        LintResult over = linter.lint(Note.of("big", SECRET + " fine ".repeat(20)));
        assertThat(over.error().code()).isEqualTo("too-large");
        assertThat(over.error().message()).contains("maxNoteChars").contains("100").doesNotContain(SECRET);
        assertThat(over.findings()).isEmpty();
        assertThat(over.noteId()).isEqualTo("big");

        LintResult at = linter.lint(Note.of("edge", "fine" + " ".repeat(96)));
        assertThat(at.ok()).isTrue();
        assertThat(at.findings()).hasSize(1);
    }

    @Test
    void historyEntriesAndHistoryTextAreBounded() {
        List<Note> history = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            history.add(Note.of("h" + i, "earlier note " + i));
        }
        Note note = Note.of("n", "fine").withHistory(history);

        assertThat(linter(Limits.DEFAULT.withMaxHistoryEntries(5)).lint(note).ok()).isTrue();
        LintResult entries = linter(Limits.DEFAULT.withMaxHistoryEntries(4)).lint(note);
        assertThat(entries.error().code()).isEqualTo("too-large");
        assertThat(entries.error().message()).contains("maxHistoryEntries");

        LintResult chars = linter(Limits.DEFAULT.withMaxHistoryChars(20)).lint(note);
        assertThat(chars.error().code()).isEqualTo("too-large");
        assertThat(chars.error().message()).contains("maxHistoryChars").contains("70 chars");
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        Limits d = Linter.builder().nlp(PlainNlp.BACKEND).addRule(new LinterTest.WordRule()).build().limits();
        assertThat(d).isEqualTo(Limits.DEFAULT);
        assertThat(d.maxNoteChars()).isEqualTo(1_000_000);
        assertThat(d.maxRecordBytes()).isEqualTo(16 * 1024 * 1024);
        assertThat(d.maxNestingDepth()).isEqualTo(64);
        assertThat(d.maxHistoryEntries()).isEqualTo(100);
        assertThat(d.maxHistoryChars()).isEqualTo(4_000_000);
        assertThat(d.timeBudget().toMillis()).isEqualTo(30_000);
    }
}
