package io.notelint.core.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.model.Note;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The path rules take: AnalyzedNote.assertion(span) finds the sentence and asks the classifier. */
class AnalyzedNoteAssertionTest {

    /** Sentences end at ". "; enough for this test, and it keeps OpenNLP out of it. */
    private static final NlpSession SPLIT_AT_FULL_STOPS = new NlpSession() {
        @Override
        public List<Span> sentences(String text, Span region) {
            List<Span> out = new ArrayList<>();
            int start = region.start();
            for (int i = region.start(); i < region.end(); i++) {
                if (text.charAt(i) == '.' && (i + 1 == region.end() || text.charAt(i + 1) == ' ')) {
                    out.add(new Span(start, i + 1));
                    start = i + 1;
                }
            }
            if (start < region.end()) {
                out.add(new Span(start, region.end()));
            }
            return out;
        }

        @Override
        public List<TaggedToken> tag(String text, Span sentence) {
            return List.of();
        }
    };

    @Test
    void eachMentionIsClassifiedInItsOwnSentence() {
        String text = "\u0130lkay (client) denies SI. Reports thoughts of self-harm. Her brother has depression.\n"
                + "Will call 988 if SI returns. History of overdose in 2019.";
        AnalyzedNote note = new AnalyzedNote(Note.of("n1", text), TextToolkit.standard(), SPLIT_AT_FULL_STOPS);
        assertThat(note.assertion(span(text, "SI", 0))).isEqualTo(Assertion.NEGATED);
        assertThat(note.assertion(span(text, "self-harm", 0))).isEqualTo(Assertion.AFFIRMED);
        assertThat(note.assertion(span(text, "depression", 0))).isEqualTo(Assertion.OTHER_PERSON);
        assertThat(note.assertion(span(text, "SI", text.indexOf("988")))).isEqualTo(Assertion.HYPOTHETICAL);
        assertThat(note.assertion(span(text, "overdose", 0))).isEqualTo(Assertion.HISTORICAL);
    }

    @Test
    void theResultNamesTheCueForRuleAuthors() {
        String text = "Mood low. SI: denied. Affect flat.";
        AnalyzedNote note = new AnalyzedNote(Note.of("n2", text), TextToolkit.standard(), SPLIT_AT_FULL_STOPS);
        AssertionResult r = note.assertionResult(span(text, "SI", 0));
        assertThat(r.status()).isEqualTo(Assertion.NEGATED);
        assertThat(r.trigger()).get().extracting(cue -> cue.span().in(text)).isEqualTo(": denied");
        assertThat(note.assertionResult(span(text, "flat", 0)).cues()).isEmpty();
    }

    private static Span span(String text, String term, int from) {
        int at = text.indexOf(term, from);
        return new Span(at, at + term.length());
    }
}
