package io.notelint.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.nlp.DependencyParse;
import io.notelint.core.text.Span;
import io.notelint.core.time.TimeExpression;
import io.notelint.core.time.TimeExpressionFinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every analysis on every note of the repository's labelled corpus and sample notes: no exception, and
 * every span exact, ordered and inside the note (the corpus holds every header style, lists, scores,
 * abbreviations and non-ASCII punctuation the rules meet).
 */
class CorpusSmokeTest {

    private final CoreNlpBackend backend = new CoreNlpBackend();

    private static List<Note> notes() throws IOException {
        List<Note> notes = new ArrayList<>();
        for (String file : List.of("../corpus/labelled.jsonl", "../examples/notes/sample-batch.jsonl")) {
            Path path = Path.of(file);
            if (!Files.exists(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    var tree = NoteJson.readTree(line);
                    notes.add(NoteJson.fromTree(tree.has("note") ? tree.get("note") : tree));
                }
            }
        }
        return notes;
    }

    /** Parses are the slowest analysis: every fifth note is enough to meet every shape of sentence. */
    private static final int PARSE_EVERY = 5;

    @Test
    void everyNoteAnalysesWithExactSpansAndKeepsTheDefaultsTimes() throws IOException {
        List<Note> notes = notes();
        assertThat(notes).hasSizeGreaterThan(10);
        int times = 0;
        for (int n = 0; n < notes.size(); n++) {
            Note note = notes.get(n);
            String text = note.text();
            AnalyzedNote analysis = new AnalyzedNote(note, TextToolkit.standard(), backend.openSession());
            for (Sentence s : analysis.sentences()) {
                CoreNlpBackendTest.assertExact(text, analysis.tagged(s));
                assertThat(analysis.tagged(s)).allSatisfy(t -> assertThat(s.span().contains(t.span())).isTrue());
                if (n % PARSE_EVERY == 0) {
                    DependencyParse parse = analysis.dependencies(s).orElseThrow();
                    CoreNlpBackendTest.assertExact(text, parse.tokens());
                    assertThat(parse.tokens()).allSatisfy(t -> assertThat(s.span().contains(t.span())).isTrue());
                }
            }
            List<TimeExpression> rich = analysis.timeExpressions();
            int previous = 0;
            for (TimeExpression m : rich) {
                assertThat(m.span().start()).isGreaterThanOrEqualTo(previous);
                assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
                assertThat(m.span().isEmpty()).isFalse();
                previous = m.span().end();
                times++;
            }
            for (TimeExpression d : TimeExpressionFinder.standard().find(text, note.fields().sessionDate())) {
                // kept with its span, kind and value; SUTime may only supply a missing date
                assertThat(rich).anySatisfy(r -> {
                    assertThat(r.span()).isEqualTo(d.span());
                    assertThat(r.kind()).isEqualTo(d.kind());
                    assertThat(r.value()).isEqualTo(d.value());
                    if (d.date() != null) {
                        assertThat(r.date()).isEqualTo(d.date());
                    }
                });
            }
        }
        assertThat(times).isGreaterThan(notes.size() / 2);
    }
}
