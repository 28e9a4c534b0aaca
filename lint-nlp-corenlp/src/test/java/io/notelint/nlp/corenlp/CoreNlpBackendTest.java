package io.notelint.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.nlp.NlpBackend;
import io.notelint.core.nlp.NlpBackends;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The backend as NoteLint sees it: found by name, exact offsets, sentences, UPOS tags and lemmas. */
class CoreNlpBackendTest {

    /** Creating a backend loads nothing; the models are process-wide and load on first use. */
    private final NlpBackend backend = NlpBackends.load("corenlp");

    @Test
    void isFoundByNameThroughServiceLoader() {
        assertThat(backend).isInstanceOf(CoreNlpBackend.class);
        assertThat(backend.name()).isEqualTo("corenlp");
        assertThat(NlpBackends.load("CoreNLP")).isInstanceOf(CoreNlpBackend.class);
    }

    @Test
    void tokenOffsetsAreExactOnNonAsciiText() {
        // dotted capital I (two chars when lower-cased), an emoji (a surrogate pair), smart quotes, NBSP
        String text = "İpek said “I’m fine” 😀 today; dose 10\u00A0mg.";
        List<TaggedToken> tokens = backend.openSession().tag(text, new Span(0, text.length()));
        assertThat(tokens).extracting(TaggedToken::text).containsExactly(
                "İpek", "said", "“", "I", "’m", "fine", "”", "😀", "today", ";", "dose", "10", "mg", ".");
        assertExact(text, tokens);
        TaggedToken emoji = tokens.get(7);
        assertThat(emoji.span()).isEqualTo(new Span(text.indexOf("😀"), text.indexOf("😀") + 2));
        assertThat(tokens.get(12).span().start()).isEqualTo(text.indexOf("mg"));
    }

    @Test
    void offsetsAreAbsoluteInsideARegionOfALongerText() {
        String text = "S: ﬁne 😀\nÖmer reports “better sleep”.\u00A0He denies SI. Plan: Return next week.";
        int start = text.indexOf("Ömer");
        Span region = new Span(start, text.length());
        NlpSession session = backend.openSession();
        List<Span> sentences = session.sentences(text, region);
        assertThat(sentences).extracting(s -> s.in(text)).containsExactly(
                "Ömer reports “better sleep”.", "He denies SI.", "Plan: Return next week.");
        for (Span s : sentences) {
            assertExact(text, session.tag(text, s));
        }
    }

    @Test
    void tagsAreUniversalPosTags() {
        String text = "The client was tired and did not sleep well because she worked late.";
        List<TaggedToken> tokens = backend.openSession().tag(text, new Span(0, text.length()));
        assertThat(tokens).extracting(TaggedToken::pos).containsExactly(
                "DET", "NOUN", "AUX", "ADJ", "CCONJ", "AUX", "PART", "VERB", "ADV", "SCONJ", "PRON", "VERB",
                "ADV", "PUNCT");
    }

    @Test
    void lemmasComeWithTheTags() {
        String text = "She was crying and denies thoughts of self-harm.";
        List<TaggedToken> tokens = backend.openSession().tag(text, new Span(0, text.length()));
        assertThat(tokens).extracting(TaggedToken::lemma)
                .contains("be", "cry", "deny", "thought", "harm");
    }

    @Test
    void analyzedNoteUsesTheBackendForSentencesTagsAndParses() {
        Note note = NoteJson.parseNote("{\"id\": \"n1\", \"text\": \"Subjective: Client denies SI but reports "
                + "thoughts of self-harm. Sleep is poor.\\nPlan: Return in two weeks.\"}", "n1");
        AnalyzedNote analysis = new AnalyzedNote(note, TextToolkit.standard(), backend.openSession());
        List<Sentence> sentences = analysis.sentences();
        assertThat(sentences).extracting(s -> s.span().in(note.text())).contains(
                "Client denies SI but reports thoughts of self-harm.", "Sleep is poor.", "Return in two weeks.");
        Sentence first = sentences.get(0);
        assertExact(note.text(), analysis.tagged(first));
        assertThat(analysis.dependencies(first)).hasValueSatisfying(parse ->
                assertThat(parse.tokens()).isEqualTo(analysis.tagged(first)));
    }

    @Test
    void emptyAndBlankTextGiveNothing() {
        NlpSession session = backend.openSession();
        assertThat(session.sentences("   ", new Span(0, 3))).isEmpty();
        assertThat(session.tag("   ", new Span(0, 3))).isEmpty();
        assertThat(session.tag("", new Span(0, 0))).isEmpty();
        assertThat(session.tag("\u200B\u00A0", new Span(0, 2))).isEmpty();
    }

    /** Every token's text is exactly the text at its span; tokens are in order and do not overlap. */
    static void assertExact(String text, List<TaggedToken> tokens) {
        int previousEnd = 0;
        for (TaggedToken t : tokens) {
            assertThat(t.span().in(text)).isEqualTo(t.text());
            assertThat(t.span().start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.pos()).isNotBlank();
            previousEnd = t.span().end();
        }
    }
}
