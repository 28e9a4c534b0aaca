package io.notelint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.model.Note;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.CorpusTexts;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ShingleIndex} against the string-shingle similarity it replaced ({@link StringShinglesOracle}):
 * the same double, bit for bit, for every note and every earlier note at several thresholds, on the
 * corpora's notes with their histories and on generated histories of edited copies (numbers changed,
 * words replaced, dropped or added, sentences moved, notes cut short) and unrelated notes. The same
 * similarity means the same finding, since the rule compares it with the threshold as before.
 */
class ShingleIndexDifferentialTest {

    private static final TextToolkit TOOLS = TextToolkit.standard();
    private static final double[] THRESHOLDS = {0.0, 0.3, 0.75, 0.9, 1.0};

    /** Clone detection reads sections and tokens only: any other NLP call is a mistake. */
    private static final NlpSession NO_NLP = new NlpSession() {
        @Override
        public List<Span> sentences(String text, Span region) {
            throw new AssertionError("clone detection asked for sentences");
        }

        @Override
        public List<TaggedToken> tag(String text, Span sentence) {
            throw new AssertionError("clone detection asked for tags");
        }
    };

    @Test
    void corpusNotesWithTheirHistoriesScoreAsBefore() throws IOException {
        List<Note> notes = corpusNotes();
        assertThat(notes).hasSizeGreaterThan(500);
        int pairs = 0;
        for (Note note : notes) {
            pairs += compare(note);
        }
        assertThat(pairs).as("corpus notes that carry a history").isGreaterThan(20);
    }

    @Test
    void generatedHistoriesOfEditedCopiesScoreAsBefore() throws IOException {
        List<Note> pool = corpusNotes();
        Random r = new Random(20261207L);
        int copies = 0;
        for (int n = 0; n < 400; n++) {
            Note base = pool.get(r.nextInt(pool.size()));
            List<Note> history = new ArrayList<>();
            int earlier = 1 + r.nextInt(10);
            for (int h = 0; h < earlier; h++) {
                String text = r.nextInt(3) == 0 ? pool.get(r.nextInt(pool.size())).text() : edited(base.text(), r);
                history.add(new Note(base.id() + "-h" + h, text, r.nextBoolean() ? base.format() : null, base.fields(),
                        List.of(), java.util.Map.of()));
            }
            Note note = base.withHistory(history);
            compare(note);
            AnalyzedNote now = analysis(note);
            ShingleIndex index = ShingleIndex.of(now);
            for (int i = 0; i < history.size(); i++) {
                copies += index.similarity(i, 0.75) >= 0.75 ? 1 : 0;
            }
        }
        // the generator must produce copies the rule reports, not only unrelated notes
        assertThat(copies).isGreaterThan(200);
    }

    @Test
    void longNotesPastTheWordCapScoreAsBefore() throws IOException {
        // many blocks of 64 words in the bit-parallel edit distance, a partial last one, and the 3,000-word cap
        List<Note> pool = corpusNotes();
        Random r = new Random(11);
        for (int n = 0; n < 12; n++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 4_000 + r.nextInt(20_000)) {
                text.append(pool.get(r.nextInt(pool.size())).text()).append('\n');
            }
            String base = text.toString();
            List<Note> history = List.of(Note.of("copy", edited(base, r)), Note.of("cut", base.substring(0, base.length() / 3)),
                    Note.of("other", pool.get(r.nextInt(pool.size())).text()));
            compare(Note.of("long-" + n, base).withHistory(history));
        }
    }

    @Test
    void shortNotesAndEmptyOnesScoreAsBefore() {
        String[] texts = {"", "   ", "Stable.", "Mood 5/10.", "S: fine", "Client fine", "Client fine today",
            "Client fine today.", "P: Plan: continue", "12/2 Tuesday", "fine client", "Client fine, today fine"};
        for (String a : texts) {
            List<Note> history = new ArrayList<>();
            for (String b : texts) {
                history.add(Note.of("h", b));
            }
            compare(Note.of("n", a).withHistory(history));
        }
    }

    /** Compares index and oracle on every earlier note of {@code note}; returns the pairs compared. */
    private static int compare(Note note) {
        AnalyzedNote now = analysis(note);
        List<String> current = StringShinglesOracle.words(TOOLS, note);
        assertThat(ShingleIndex.currentWords(now)).isEqualTo(current);
        ShingleIndex index = ShingleIndex.of(now);
        assertThat(index.wordCount()).isEqualTo(current.size());
        for (int i = 0; i < note.history().size(); i++) {
            List<String> earlier = StringShinglesOracle.words(TOOLS, note.history().get(i));
            for (double needed : THRESHOLDS) {
                double expected = StringShinglesOracle.similarity(current, earlier, needed);
                assertThat(Double.doubleToLongBits(index.similarity(i, needed)))
                        .as("%s against %s at %s: %s", note.id(), note.history().get(i).id(), needed, expected)
                        .isEqualTo(Double.doubleToLongBits(expected));
            }
        }
        return note.history().size();
    }

    private static AnalyzedNote analysis(Note note) {
        return new AnalyzedNote(note, TOOLS, NO_NLP);
    }

    /** A copy with some of: numbers changed, words replaced, dropped or added, sentences moved, the end cut. */
    private static String edited(String text, Random r) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ", -1)));
        double rate = r.nextInt(4) * 0.08;
        for (int i = 0; i < words.size(); i++) {
            double x = r.nextDouble();
            if (x < rate / 3) {
                words.set(i, "changed" + r.nextInt(5));
            } else if (x < 2 * rate / 3) {
                words.remove(i--);
            } else if (x < rate) {
                words.add(i, "added");
            }
        }
        String out = String.join(" ", words).replace('7', '8').replace("Monday", "Friday");
        if (r.nextInt(4) == 0) {
            List<String> sentences = new ArrayList<>(Arrays.asList(out.split("(?<=\\.) ")));
            Collections.shuffle(sentences, r);
            out = String.join(" ", sentences);
        }
        if (r.nextInt(5) == 0) {
            out = out.substring(0, r.nextInt(out.length() + 1));
        }
        return out;
    }

    private static List<Note> corpusNotes() throws IOException {
        return CorpusTexts.notes();
    }
}
