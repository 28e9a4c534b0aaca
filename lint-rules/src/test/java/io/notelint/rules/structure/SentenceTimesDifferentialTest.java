package io.notelint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.model.Note;
import io.notelint.core.nlp.NlpBackend;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.CorpusTexts;
import io.notelint.core.time.TimeExpression;
import io.notelint.nlp.opennlp.OpenNlpBackend;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Next-contact detection reads the time expressions of a sentence only when the sentence could hold a
 * next contact (a plan section, a contact header, a contact word), and reads them from that sentence alone
 * ({@link AnalyzedNote#timeExpressions(Sentence)}). This differential test holds both to the eager
 * computation they replace, on every note of the corpora (real notes too, when present beside the checkout)
 * and every note of their histories, as written, lower-cased and with each sentence on a line of its own:
 * sentence by sentence, the lazily read expressions equal the whole note's lying inside the sentence, and
 * the next contacts found equal those found judging every sentence's times.
 */
class SentenceTimesDifferentialTest {

    private static final TextToolkit TOOLS = TextToolkit.standard();
    private static final NlpBackend NLP = new OpenNlpBackend();

    @Test
    void lazyTimesEqualTheWholeNotesSentenceBySentence() throws IOException {
        int sentences = 0;
        int withTimes = 0;
        int contacts = 0;
        for (Note note : notes()) {
            try (NlpSession session = NLP.openSession()) {
                AnalyzedNote lazy = new AnalyzedNote(note, TOOLS, session);
                AnalyzedNote eager = new AnalyzedNote(note, TOOLS, session);
                eager.timeExpressions();
                for (Sentence s : lazy.sentences()) {
                    List<TimeExpression> expected = eager.timeExpressions(s.span());
                    assertThat(lazy.timeExpressions(s)).as("sentence %s of note %s", s.span(), note.id())
                            .isEqualTo(expected);
                    sentences++;
                    withTimes += expected.isEmpty() ? 0 : 1;
                }
                AnalyzedNote screened = new AnalyzedNote(note, TOOLS, session);
                AnalyzedNote all = new AnalyzedNote(note, TOOLS, session);
                List<TimeExpression> found = NextContactFinder.standard().find(screened, true);
                assertThat(found).as("next contacts of note %s", note.id())
                        .isEqualTo(NextContactFinder.standard().find(all, false));
                contacts += found.size();
            }
        }
        assertThat(sentences).isGreaterThan(5_000);
        assertThat(withTimes).isGreaterThan(1_000);
        assertThat(contacts).as("next contacts found").isGreaterThan(300);
    }

    /** The corpora's notes and their earlier notes, each also lower-cased and with one sentence a line. */
    private static List<Note> notes() throws IOException {
        List<Note> base = new ArrayList<>();
        for (Note n : CorpusTexts.notes()) {
            base.add(n);
            base.addAll(n.history());
        }
        List<Note> out = new ArrayList<>(base);
        for (Note n : base) {
            out.add(withText(n, n.text().toLowerCase(Locale.ROOT)));
            out.add(withText(n, n.text().replace(". ", ".\n")));
        }
        return out;
    }

    private static Note withText(Note n, String text) {
        return new Note(n.id(), text, n.format(), n.fields(), n.history(), n.extra(), n.kind(), n.invalid());
    }
}
