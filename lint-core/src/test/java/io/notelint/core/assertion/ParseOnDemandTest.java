package io.notelint.core.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.model.Note;
import io.notelint.core.nlp.DependencyParse;
import io.notelint.core.nlp.DependencyParses;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import io.notelint.core.text.TaggedToken;
import io.notelint.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A backend that parses is asked for a sentence's parse only for a scoped assertion (the risk rules' question)
 * and only where the parse could change the answer (SyntacticScope.couldRefine): parsing is what makes the
 * CoreNLP backend costly, so a sentence without a negation or a condition near the mention is never parsed,
 * and the plain assertion every other rule asks never parses.
 */
class ParseOnDemandTest {

    /** One sentence per line; records every sentence it is asked to parse, and parses nothing (empty tree). */
    private static final class RecordingSession implements NlpSession {
        final List<String> parsed = new ArrayList<>();

        @Override
        public List<Span> sentences(String text, Span region) {
            return List.of(region);
        }

        @Override
        public List<TaggedToken> tag(String text, Span sentence) {
            return List.of();
        }

        @Override
        public <T> Optional<T> capability(Class<T> type) {
            if (type == DependencyParses.class) {
                DependencyParses parses = (text, sentence) -> {
                    parsed.add(sentence.in(text));
                    return new DependencyParse(List.of(), List.of());
                };
                return Optional.of(type.cast(parses));
            }
            return Optional.empty();
        }
    }

    /** The window already reads "if urges" as a condition, so only a condition it missed asks for a parse. */
    @ParameterizedTest(name = "{0} [{1}] parsed: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Client reports thoughts of self-harm.                    | self-harm  | false
            Client reports passive SI, with a plan.                  | SI         | false
            Client denies SI but reports thoughts of self-harm.      | self-harm  | true
            Client has no SI.                                         | SI         | true
            She will call 988 if urges return.                        | urges      | false
            Urges may return when stress rises, if she stops sleeping. | Urges     | true
            Thoughts of self-harm: denied.                            | self-harm  | false
            Reports SI; she denied it to her mother.                  | SI         | false
            """)
    void onlySentencesWhereTheParseCouldMatterAreParsed(String sentence, String term, boolean parsed) {
        RecordingSession session = new RecordingSession();
        AnalyzedNote note = new AnalyzedNote(Note.of("n", sentence), TextToolkit.standard(), session);
        int at = sentence.indexOf(term);
        note.scopedAssertion(new Span(at, at + term.length()));
        assertThat(session.parsed).isEqualTo(parsed ? List.of(sentence) : List.of());
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            Client denies SI but reports thoughts of self-harm.      | self-harm
            Client has no SI.                                         | SI
            Urges may return when stress rises, if she stops sleeping. | Urges
            """)
    void thePlainAssertionNeverParses(String sentence, String term) {
        RecordingSession session = new RecordingSession();
        AnalyzedNote note = new AnalyzedNote(Note.of("n", sentence), TextToolkit.standard(), session);
        int at = sentence.indexOf(term);
        Span span = new Span(at, at + term.length());
        note.assertion(span);
        assertThat(session.parsed).isEmpty();
        note.scopedAssertion(span);
        assertThat(session.parsed).containsExactly(sentence);
    }

    @Test
    void aSentenceIsParsedOnceHoweverManyMentionsItHas() {
        String text = "Client denies SI, HI and thoughts of self-harm.";
        RecordingSession session = new RecordingSession();
        AnalyzedNote note = new AnalyzedNote(Note.of("n", text), TextToolkit.standard(), session);
        for (String term : List.of("SI", "HI", "self-harm")) {
            int at = text.indexOf(term);
            note.scopedAssertion(new Span(at, at + term.length()));
        }
        assertThat(session.parsed).containsExactly(text);
    }

    @Test
    void couldRefineIsASupersetOfWhatRefineChanges() {
        // a negating verb after the term cannot govern it; a backward cue is never lifted
        SyntacticScope scope = SyntacticScope.standard();
        TextToolkit tools = TextToolkit.standard();
        String s = "SI denied";
        List<Token> tokens = tools.tokenizer().tokenize(s, new Span(0, s.length()));
        AssertionResult window = tools.assertions().assess(s, "SI");
        assertThat(window.status()).isEqualTo(Assertion.NEGATED);
        assertThat(scope.couldRefine(window, tokens, new Span(0, 2))).isFalse();
        String f = "Denies SI";
        List<Token> forward = tools.tokenizer().tokenize(f, new Span(0, f.length()));
        assertThat(scope.couldRefine(tools.assertions().assess(f, "SI"), forward, new Span(7, 9))).isTrue();
    }
}
