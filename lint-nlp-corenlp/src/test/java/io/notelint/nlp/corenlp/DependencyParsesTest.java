package io.notelint.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.nlp.DependencyParse;
import io.notelint.core.nlp.DependencyParses;
import io.notelint.core.nlp.NlpSession;
import io.notelint.core.text.Span;
import org.junit.jupiter.api.Test;

/** Dependency parses: one tree over CoreNLP's tokens of the sentence, with UD relations. */
class DependencyParsesTest {

    private final CoreNlpBackend backend = new CoreNlpBackend();

    private static int index(String text, DependencyParse parse, String word) {
        return parse.indexAt(text.indexOf(word));
    }

    @Test
    void theNegatedVerbGovernsItsObjectButNotTheCoordinatedClause() {
        String text = "Client denies SI but reports thoughts of self-harm.";
        DependencyParse parse = backend.capability(DependencyParses.class).orElseThrow()
                .parse(text, new Span(0, text.length()));
        int denies = index(text, parse, "denies");
        int si = index(text, parse, "SI");
        int reports = index(text, parse, "reports");
        int thoughts = index(text, parse, "thoughts");
        assertThat(parse.governor(si)).isEqualTo(denies);
        assertThat(parse.relation(si)).isEqualTo("obj");
        assertThat(parse.governor(thoughts)).isEqualTo(reports);
        assertThat(parse.relation(reports)).isEqualTo("conj");
        assertThat(parse.headOf(new Span(text.indexOf("thoughts"), text.indexOf(".")))).isEqualTo(thoughts);
    }

    @Test
    void everyParseIsOneTreeOverTheTaggedTokens() {
        String text = "He denied suicidal ideation, and she will call 988 if urges return.";
        NlpSession session = backend.openSession();
        Span all = new Span(0, text.length());
        DependencyParse parse = session.capability(DependencyParses.class).orElseThrow().parse(text, all);
        CoreNlpBackendTest.assertExact(text, parse.tokens());
        int roots = 0;
        for (int i = 0; i < parse.size(); i++) {
            if (parse.governor(i) == DependencyParse.ROOT) {
                roots++;
                assertThat(parse.relation(i)).isEqualTo("root");
            } else {
                // no cycles: the root is reachable from every token
                int root = i;
                while (parse.governor(root) != DependencyParse.ROOT) {
                    root = parse.governor(root);
                }
                assertThat(parse.dominates(root, i)).isTrue();
            }
        }
        assertThat(roots).isEqualTo(1);
        int urges = index(text, parse, "urges");
        int ifMark = index(text, parse, "if");
        assertThat(parse.relation(ifMark)).isEqualTo("mark");
        assertThat(parse.dominates(parse.governor(ifMark), urges)).isTrue();
    }
}
