package io.notelint.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.nlp.NlpBackends;
import io.notelint.core.time.TimeExpression.Kind;
import io.notelint.core.time.TimeExpression;
import io.notelint.core.time.TimeExpressionFinder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What AnalyzedNote.timeExpressions() gives with the CoreNLP backend: the default's, plus SUTime's additions. */
class CoreNlpTimeFinderTest {

    private static List<TimeExpression> times(String backend, String text) {
        Note note = NoteJson.parseNote("{\"id\": \"n\", \"text\": " + NoteJson.mapper().writeValueAsString(text)
                + ", \"fields\": {\"sessionDate\": \"2026-11-20\"}}", "n");
        return new AnalyzedNote(note, TextToolkit.standard(), NlpBackends.load(backend).openSession())
                .timeExpressions();
    }

    private static TimeExpression at(String text, List<TimeExpression> found, String surface) {
        return found.stream().filter(t -> t.span().in(text).equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError(surface + " not found in " + found));
    }

    @Test
    void theBackendOffersTheMergedFinder() {
        assertThat(new CoreNlpBackend().capability(TimeExpressionFinder.class)).containsInstanceOf(CoreNlpTimeFinder.class);
        assertThat(new CoreNlpBackend().openSession().capability(TimeExpressionFinder.class)).isPresent();
    }

    @Test
    void theFourPlanTimesResolveAgainstTheSessionDate() {
        String text = "Plan: next session 12/4; if missed, next Tuesday, or in two weeks. Then every other week.";
        List<TimeExpression> found = times("corenlp", text);
        assertThat(at(text, found, "12/4").date()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(at(text, found, "12/4").kind()).isEqualTo(Kind.DATE);
        TimeExpression tuesday = at(text, found, "next Tuesday");
        assertThat(tuesday.date()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(tuesday.isFuture()).isTrue();
        TimeExpression twoWeeks = found.stream().filter(t -> t.span().in(text).contains("two weeks")).findFirst()
                .orElseThrow();
        assertThat(twoWeeks.date()).isEqualTo(LocalDate.of(2026, 12, 4));
        TimeExpression everyOther = found.stream().filter(t -> t.span().in(text).contains("every other week"))
                .findFirst().orElseThrow();
        assertThat(everyOther.kind()).isEqualTo(Kind.FREQUENCY);
        assertThat(everyOther.value()).isEqualTo("1/P2W");
    }

    @Test
    void sutimeAddsWhatTheDefaultMissesAndNeverRemoves() {
        String text = "Return the day after tomorrow, around Thanksgiving; anxiety 4/10.";
        List<TimeExpression> plain = times("opennlp", text);
        List<TimeExpression> rich = times("corenlp", text);
        assertThat(rich).extracting(TimeExpression::span).containsAll(plain.stream().map(TimeExpression::span).toList());
        assertThat(rich.size()).isGreaterThan(plain.size());
        assertThat(rich).anySatisfy(t -> {
            assertThat(t.span().in(text)).contains("Thanksgiving");
            assertThat(t.date()).isEqualTo(LocalDate.of(2026, 11, 26));
        });
        // a rating is no date for either
        assertThat(rich).noneSatisfy(t -> assertThat(t.span().in(text)).contains("4/10"));
        for (int i = 1; i < rich.size(); i++) {
            assertThat(rich.get(i).span().start()).isGreaterThanOrEqualTo(rich.get(i - 1).span().end());
        }
    }
}
