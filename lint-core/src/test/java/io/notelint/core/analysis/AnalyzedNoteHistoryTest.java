package io.notelint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.model.Note;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analyses of a note's earlier notes: one per earlier note and lint, whichever rule asks first. */
class AnalyzedNoteHistoryTest {

    private static final NlpSession NO_NLP = new NlpSession() {
        @Override
        public List<Span> sentences(String text, Span region) {
            return List.of(region);
        }

        @Override
        public List<TaggedToken> tag(String text, Span sentence) {
            return List.of();
        }
    };

    @Test
    void anEarlierNoteIsAnalysedOncePerLint() {
        Note first = Note.of("h1", "S: Tired.\nP: Walk daily.");
        Note second = Note.of("h2", "S: Tired.\nP: Walk daily."); // equal text, another note
        Note note = Note.of("n", "S: Better.").withHistory(List.of(first, second));
        AnalyzedNote now = new AnalyzedNote(note, TextToolkit.standard(), NO_NLP);

        AnalyzedNote once = now.analysisOf(note.history().get(0));
        assertThat(now.analysisOf(note.history().get(0))).isSameAs(once);
        assertThat(once.sections()).isSameAs(now.analysisOf(note.history().get(0)).sections());
        // notes are told apart by identity, not by equal content
        assertThat(now.analysisOf(note.history().get(1))).isNotSameAs(once);
        assertThat(once.note()).isSameAs(note.history().get(0));
        // a new lint (a new analysis of the note) starts afresh
        assertThat(new AnalyzedNote(note, TextToolkit.standard(), NO_NLP).analysisOf(note.history().get(0)))
                .isNotSameAs(once);
    }
}
