package com.example.notelint;

import static io.notelint.core.rule.ExampleNote.note;
import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.Linter;
import io.notelint.core.rule.ExampleNote;
import io.notelint.core.rule.Rule;
import io.notelint.testing.RuleTester;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** How a plugin author tests a rule: NoteLint's public RuleTester, plus a check that ServiceLoader finds it. */
class CopiedPlanRuleTest {

    private static final ExampleNote PREVIOUS = note("S: Poor sleep.\nP: Continue CBT for insomnia, sleep diary nightly, "
            + "follow up in 2 weeks.").id("n-7");

    @Test
    void ownExamplesAndMoreCases() {
        RuleTester.of(new CopiedPlanRule())
                .withOwnExamples()
                // spacing and case do not make a plan new
                .bad(note("S: Better.\nPLAN:  continue CBT for insomnia, sleep diary nightly,\n follow up in 2 weeks.")
                        .previous(PREVIOUS))
                // no Plan section: nothing to compare
                .good(note("Client seen; continue CBT for insomnia, sleep diary nightly, follow up in 2 weeks.")
                        .previous(PREVIOUS))
                // a short plan repeated is not worth a finding
                .good(note("S: ok\nP: Weekly.").previous(note("S: ok\nP: Weekly.")))
                .run();
    }

    @Test
    void theMinimumLengthIsAnOption() {
        RuleTester.of(new CopiedPlanRule()).withOptions(Map.of("minChars", 5))
                .bad(note("S: ok\nP: Weekly session.").previous(note("S: ok\nP: Weekly session.")))
                .run();
    }

    @Test
    void serviceLoaderFindsTheRuleAndTheLinterRunsIt() {
        assertThat(ServiceLoader.load(Rule.class).stream().map(p -> p.type().getName()))
                .contains(CopiedPlanRule.class.getName());
        assertThat(Linter.builder().build().rules()).extracting(r -> r.id()).contains("riverside/copied-plan");
    }
}
