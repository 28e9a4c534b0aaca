package io.notelint.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.nlp.DependencyParse;
import io.notelint.core.nlp.DependencyParses;
import io.notelint.core.nlp.NlpBackend;
import io.notelint.core.nlp.NlpBackends;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import io.notelint.core.time.TimeExpressionFinder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The backend as NoteLint sees it: found by name, the default's sentences and tags, CoreNLP's parses. */
class CoreNlpBackendTest {

    /** Creating a backend loads nothing; the models are process-wide and load on first use. */
    private final NlpBackend backend = NlpBackends.load("corenlp");

    @Test
    void isFoundByNameThroughServiceLoader() {
        assertThat(backend).isInstanceOf(CoreNlpBackend.class);
        assertThat(backend.name()).isEqualTo("corenlp");
        assertThat(NlpBackends.load("CoreNLP")).isInstanceOf(CoreNlpBackend.class);
    }

    /**
     * Every sentence, token and tag is the default backend's: a rule reads the same text units with either
     * backend, so the findings differ only where a parse changed an assertion.
     */
    @Test
    void sentencesTokensAndTagsAreTheDefaultBackends() {
        NlpBackend opennlp = NlpBackends.load("opennlp");
        for (String text : List.of(
                "İpek said “I’m fine” 😀 today; dose 10\u00A0mg.",
                "S: ﬁne 😀\nÖmer reports “better sleep”.\u00A0He denies SI. Plan: Return next week.",
                "The client was tired and did not sleep well because she worked late.")) {
            Span all = new Span(0, text.length());
            NlpSession mine = backend.openSession();
            NlpSession theirs = opennlp.openSession();
            List<Span> sentences = mine.sentences(text, all);
            assertThat(sentences).isEqualTo(theirs.sentences(text, all));
            for (Span s : sentences) {
                List<TaggedToken> tokens = mine.tag(text, s);
                assertThat(tokens).isEqualTo(theirs.tag(text, s));
                assertExact(text, tokens);
            }
        }
    }

    @Test
    void theParseHasCoreNlpsLemmasAndExactOffsets() {
        String text = "S: ﬁne 😀\nÖmer was crying and denies thoughts of self-harm.";
        Span sentence = new Span(text.indexOf("Ömer"), text.length());
        DependencyParse parse = backend.openSession().capability(DependencyParses.class).orElseThrow()
                .parse(text, sentence);
        assertExact(text, parse.tokens());
        assertThat(parse.tokens()).extracting(TaggedToken::lemma).contains("be", "cry", "deny", "thought", "harm");
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
                assertThat(parse.tokens()).extracting(TaggedToken::text).containsExactly(
                        "Client", "denies", "SI", "but", "reports", "thoughts", "of", "self", "-", "harm", "."));
    }

    /** SUTime changed no finding on the labelled corpora or the real notes, so the notes' times are the default's. */
    @Test
    void timeExpressionsAreTheDefaults() {
        String text = "Plan: next session 12/4; if missed, next Tuesday, or the day after tomorrow.";
        Note note = NoteJson.parseNote("{\"id\": \"n\", \"text\": \"" + text
                + "\", \"fields\": {\"sessionDate\": \"2026-11-20\"}}", "n");
        assertThat(backend.capability(TimeExpressionFinder.class)).isEmpty();
        assertThat(new AnalyzedNote(note, TextToolkit.standard(), backend.openSession()).timeExpressions())
                .isEqualTo(new AnalyzedNote(note, TextToolkit.standard(), NlpBackends.load("opennlp").openSession())
                        .timeExpressions())
                .isNotEmpty();
        assertThat(backend.capability(SuTimeFinder.class)).isPresent();
    }

    @Test
    void emptyAndBlankTextGiveNothing() {
        NlpSession session = backend.openSession();
        assertThat(session.sentences("   ", new Span(0, 3))).isEmpty();
        assertThat(session.tag("   ", new Span(0, 3))).isEmpty();
        assertThat(session.tag("", new Span(0, 0))).isEmpty();
        DependencyParses parses = session.capability(DependencyParses.class).orElseThrow();
        assertThat(parses.parse("  \u200B\u00A0", new Span(0, 4)).size()).isZero();
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
