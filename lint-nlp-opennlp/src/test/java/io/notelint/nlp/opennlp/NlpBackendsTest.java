package io.notelint.nlp.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.nlp.DependencyParse;
import io.notelint.core.nlp.DependencyParses;
import io.notelint.core.nlp.NlpBackend;
import io.notelint.core.nlp.NlpBackends;
import io.notelint.core.text.Span;
import org.junit.jupiter.api.Test;

/** Backend lookup as lint-core sees it, without the optional CoreNLP module on the class path. */
class NlpBackendsTest {

    @Test
    void theDefaultIsOpenNlpAndOffersNoOptionalCapability() {
        NlpBackend backend = NlpBackends.defaultBackend();
        assertThat(backend.name()).isEqualTo("opennlp");
        assertThat(backend.capability(DependencyParses.class)).isEmpty();
        assertThat(backend.openSession().capability(DependencyParses.class)).isEmpty();
    }

    @Test
    void coreNlpAskedForButAbsentIsAClearErrorNamingTheModule() {
        assertThatThrownBy(() -> NlpBackends.load("corenlp"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'corenlp' is not available")
                .hasMessageContaining("lint-nlp-corenlp")
                .hasMessageContaining("opennlp");
    }

    @Test
    void anUnknownBackendListsTheKnownOnes() {
        assertThatThrownBy(() -> NlpBackends.load("spacy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'spacy'")
                .hasMessageContaining("[opennlp]");
    }

    @Test
    void dependencyParseNavigation() {
        // "denies SI but reports thoughts": denies(root) -> SI(obj), reports(conj) -> thoughts(obj)
        var tokens = java.util.List.of(
                token(0, 6, "denies"), token(7, 9, "SI"), token(10, 13, "but"), token(14, 21, "reports"),
                token(22, 30, "thoughts"));
        var arcs = java.util.List.of(new DependencyParse.Arc(DependencyParse.ROOT, "root"),
                new DependencyParse.Arc(0, "obj"), new DependencyParse.Arc(3, "cc"),
                new DependencyParse.Arc(0, "conj"), new DependencyParse.Arc(3, "obj"));
        DependencyParse parse = new DependencyParse(tokens, arcs);
        assertThat(parse.dependents(0)).containsExactly(1, 3);
        assertThat(parse.dominates(0, 4)).isTrue();
        assertThat(parse.dominates(1, 4)).isFalse();
        assertThat(parse.indexAt(15)).isEqualTo(3);
        assertThat(parse.indexAt(13)).isEqualTo(-1);
        assertThat(parse.headOf(new Span(14, 30))).isEqualTo(3);
        assertThatThrownBy(() -> new DependencyParse(tokens, arcs.subList(0, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static io.notelint.core.text.TaggedToken token(int start, int end, String text) {
        return new io.notelint.core.text.TaggedToken(new Span(start, end), text, "X", null);
    }
}
