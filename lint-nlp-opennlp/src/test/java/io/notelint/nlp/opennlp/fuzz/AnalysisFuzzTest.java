package io.notelint.nlp.opennlp.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Section;
import io.notelint.core.analysis.SectionLayout;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFields;
import io.notelint.core.model.NoteFormat;
import io.notelint.core.text.LineIndex;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.time.TimeExpression;
import io.notelint.nlp.opennlp.OpenNlpBackend;
import java.util.List;
import java.util.Map;

/**
 * Section detection and the analysis built on it, on arbitrary text: sections in order, inside the
 * text, not overlapping, headers named by their own text; sentences inside their section and never
 * across a line break; tokens and time expressions inside the text and equal to the text they cover.
 * A first byte 'S', 'D', 'B', 'G', 'P' or 'F' declares the format (then the rest is the text).
 */
class AnalysisFuzzTest {

    private static final OpenNlpBackend NLP = new OpenNlpBackend();

    @FuzzTest
    void sectionsAndSentences(byte[] data) {
        NoteFormat declared = null;
        byte[] body = data;
        if (data.length > 0 && "SDBGPF".indexOf(data[0]) >= 0) {
            declared = NoteFormat.values()["SDBGPF".indexOf(data[0])];
            body = java.util.Arrays.copyOfRange(data, 1, data.length);
        }
        String text = FuzzInput.text(body);
        Note note = new Note("fuzz", text, declared, NoteFields.EMPTY, List.of(), Map.of());
        AnalyzedNote a = new AnalyzedNote(note, TextToolkit.standard(), NLP.openSession());

        SectionLayout layout = a.sections();
        if (declared != null) {
            assertThat(layout.format()).isEqualTo(declared);
        }
        int end = 0;
        for (Section s : layout.sections()) {
            assertThat(s.body().start()).isGreaterThanOrEqualTo(end);
            assertThat(s.body().end()).isLessThanOrEqualTo(text.length());
            if (s.headerSpan() != null) {
                assertThat(s.headerSpan().start()).isGreaterThanOrEqualTo(end);
                assertThat(s.headerSpan().end()).isLessThanOrEqualTo(s.body().start());
                assertThat(s.header()).isEqualTo(s.headerSpan().in(text));
            }
            end = s.body().end();
        }
        for (Sentence s : a.sentences()) {
            assertThat(s.section().body().contains(s.span())).isTrue();
            assertThat(s.span().isEmpty()).isFalse();
            String covered = s.span().in(text);
            assertThat(covered).doesNotContain("\n").doesNotContain("\r");
            assertThat(a.sentenceAt(s.span().start())).contains(s);
            for (Token t : a.tokens(s)) {
                assertThat(s.span().contains(t.span())).isTrue();
                assertThat(t.text()).isEqualTo(t.span().in(text));
            }
        }
        for (Token t : a.tokens()) {
            assertThat(t.text()).isEqualTo(t.span().in(text));
        }
        LineIndex lines = a.lines();
        assertThat(lines.line(text.length())).isEqualTo(lines.lineCount());
        for (TimeExpression e : a.timeExpressions()) {
            assertThat(new Span(0, text.length()).contains(e.span())).isTrue();
        }
        for (Span q : a.quotes()) {
            assertThat(q.end()).isLessThanOrEqualTo(text.length());
        }
    }
}
