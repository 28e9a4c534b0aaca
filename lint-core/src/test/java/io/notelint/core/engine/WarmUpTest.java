package io.notelint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.model.Note;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** build() runs every rule once on the built-in note, so first-use work never lands in a note's budget. */
class WarmUpTest {

    /** Records the ids of the notes it sees. */
    static final class Recorder implements Rule {
        final List<String> seen = new ArrayList<>();

        @Override
        public RuleMeta meta() {
            return RuleMeta.builder("administrative/test-recorder", Category.ADMINISTRATIVE).description("test")
                    .message("m", "m").build();
        }

        @Override
        public void check(RuleContext ctx) {
            seen.add(ctx.note().id());
        }
    }

    @Test
    void buildRunsEveryRuleOnceOnTheWarmUpNote() {
        Recorder r = new Recorder();
        Linter linter = Linter.builder().nlp(PlainNlp.BACKEND).addRule(r).build();
        assertThat(r.seen).containsExactly("warm-up");
        linter.lint(Note.of("n1", "S: fine."));
        assertThat(r.seen).containsExactly("warm-up", "n1");

        Recorder off = new Recorder();
        Linter.builder().nlp(PlainNlp.BACKEND).addRule(off).warmUp(false).build();
        assertThat(off.seen).isEmpty();
    }

    @Test
    void theWarmUpNoteCarriesFieldsHistoryAndEverySection() {
        Note n = WarmUp.note();
        assertThat(n.text()).startsWith("S: ").contains("\nO: ").contains("\nA: ").contains("\nP: ")
                .doesNotContain("earlier note");
        assertThat(n.history()).singleElement().satisfies(h -> assertThat(h.text()).startsWith("S: "));
        assertThat(n.fields().sessionDate()).isNotNull();
        assertThat(n.fields().medications()).isNotEmpty();
        assertThat(n.fields().riskLevel()).isNotNull();
    }
}
