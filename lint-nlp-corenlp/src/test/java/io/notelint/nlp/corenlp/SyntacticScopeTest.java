package io.notelint.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.assertion.Assertion;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.nlp.NlpBackends;
import io.notelint.core.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * AnalyzedNote.scopedAssertion with CoreNLP parses: the word-window classifier refined by the parse, on clause
 * boundaries, long object lists and conditions, and on a misparse where the parse must not overrule it.
 */
class SyntacticScopeTest {

    private static AnalyzedNote analysis(String backend, String text) {
        Note note = NoteJson.parseNote("{\"id\": \"n\", \"text\": " + NoteJson.mapper().writeValueAsString(text) + "}",
                "n");
        return new AnalyzedNote(note, TextToolkit.standard(), NlpBackends.load(backend).openSession());
    }

    private static Assertion assertion(String backend, String text, String term) {
        AnalyzedNote analysis = analysis(backend, text);
        int at = text.indexOf(term);
        return analysis.scopedAssertion(new Span(at, at + term.length()));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Client denies SI but reports thoughts of self-harm.                 | thoughts of self-harm | AFFIRMED
            Client denies SI but reports thoughts of self-harm.                 | SI                    | NEGATED
            Client is not hopeless and reports passive SI.                      | passive SI            | AFFIRMED
            He denied suicidal ideation and endorsed urges to cut.              | urges to cut          | AFFIRMED
            No SI or HI.                                                        | HI                    | NEGATED
            She has no intent or plan to harm herself.                          | harm herself          | NEGATED
            Client denied any current or past thoughts of suicide or self-harm. | self-harm             | NEGATED
            She reports urges to cut.                                           | urges to cut          | AFFIRMED
            """)
    void theParseScopesNegation(String text, String term, Assertion expected) {
        assertThat(assertion("corenlp", text, term)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            If she has thoughts of suicide, she will call 988.  | thoughts of suicide
            She will call 988 if suicidal thoughts return.      | suicidal thoughts
            """)
    void aConditionalClauseIsHypothetical(String text, String term) {
        assertThat(assertion("corenlp", text, term)).isEqualTo(Assertion.HYPOTHETICAL);
    }

    /**
     * The plain assertion, which every rule but the risk rules asks, is the word window's with either backend:
     * here the window loses the negation down a long object phrase, which only the scoped assertion recovers.
     */
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Denies feeling hopeless, worthless, or having any thoughts of wanting to hurt herself. | hurt herself
            """)
    void thePlainAssertionIsTheWindowsWithEitherBackend(String text, String term) {
        int at = text.indexOf(term);
        Span span = new Span(at, at + term.length());
        AnalyzedNote corenlp = analysis("corenlp", text);
        assertThat(corenlp.assertion(span)).isEqualTo(analysis("opennlp", text).assertion(span))
                .isEqualTo(Assertion.AFFIRMED);
        assertThat(corenlp.scopedAssertion(span)).isEqualTo(Assertion.NEGATED);
    }
}
