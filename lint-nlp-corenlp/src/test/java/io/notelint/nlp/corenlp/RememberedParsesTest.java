package io.notelint.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.nlp.DependencyParse;
import io.notelint.core.nlp.NlpBackends;
import io.notelint.core.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A remembered parse is the parse CoreNLP gives afresh, wherever the sentence stands: every sentence of the
 * repository's labelled corpus with a negation or a condition in it (the ones the risk rules have parsed),
 * parsed afresh at its place in its note and through the memory three times: first seen, seen again at the
 * same place, and seen again in another note behind a prefix (a hit moved to a new offset). A memory of three
 * sentences is also tried, so forgetting everything when full is exercised on every few sentences.
 */
class RememberedParsesTest {

    private static final List<String> CUES = List.of("deni", "deny", "no ", "not ", "n't", "never", "without",
            "if ", "unless");

    /** The note texts and sentence spans to parse. */
    private record Placed(String text, Span sentence) {
    }

    private static List<Placed> sentencesWithCues() throws IOException {
        Path corpus = Path.of("../corpus/labelled.jsonl");
        List<Placed> out = new ArrayList<>();
        if (!Files.exists(corpus)) {
            return out;
        }
        var nlp = NlpBackends.defaultBackend();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            var tree = NoteJson.readTree(line);
            Note note = NoteJson.fromTree(tree.has("note") ? tree.get("note") : tree);
            AnalyzedNote analysis = new AnalyzedNote(note, TextToolkit.standard(), nlp.openSession());
            for (Sentence s : analysis.sentences()) {
                String words = s.span().in(note.text()).toLowerCase(Locale.ROOT);
                if (CUES.stream().anyMatch(words::contains)) {
                    out.add(new Placed(note.text(), s.span()));
                }
            }
        }
        return out;
    }

    @Test
    void aRememberedParseIsTheFreshParseAtEveryPlace() throws IOException {
        List<Placed> sentences = sentencesWithCues();
        assertThat(sentences).hasSizeGreaterThan(200);
        CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.INSTANCE;
        RememberedParses roomy = new RememberedParses(analyzer);
        RememberedParses tiny = new RememberedParses(analyzer, 3);
        for (Placed p : sentences) {
            DependencyParse fresh = analyzer.parse(analyzer.annotate(p.text(), p.sentence()));
            String prefix = "Note written again. ";
            String elsewhere = prefix + p.sentence().in(p.text());
            Span moved = new Span(prefix.length(), elsewhere.length());
            DependencyParse freshElsewhere = analyzer.parse(analyzer.annotate(elsewhere, moved));
            for (RememberedParses memory : List.of(roomy, tiny)) {
                assertThat(memory.parse(p.text(), p.sentence())).isEqualTo(fresh);
                assertThat(memory.parse(p.text(), p.sentence())).isEqualTo(fresh);
                assertThat(memory.parse(elsewhere, moved)).isEqualTo(freshElsewhere);
            }
        }
    }

    @Test
    void aSentenceAtTheStartOfTheTextIsNotMoved() {
        String text = "Client denies SI but reports urges to cut.";
        RememberedParses memory = new RememberedParses(CoreNlpAnalyzer.INSTANCE);
        DependencyParse first = memory.parse(text, new Span(0, text.length()));
        assertThat(first.token(0).span()).isEqualTo(new Span(0, 6));
        assertThat(memory.parse("Seen. " + text, new Span(6, 6 + text.length())).token(0).span())
                .isEqualTo(new Span(6, 12));
        assertThat(memory.parse(text, new Span(0, text.length()))).isEqualTo(first);
    }
}
