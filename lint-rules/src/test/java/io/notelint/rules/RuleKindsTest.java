package io.notelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.NoteKind;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every shipped rule says which kinds of document it judges, and the engine holds it to that. */
class RuleKindsTest {

    private static final Linter LINTER = Linter.builder().build();

    @Test
    void everyShippedRuleDeclaresTheKindsItJudges() {
        for (Rule r : RuleExamplesTest.allRules()) {
            assertThat(r.meta().declaresKinds()).as("%s declares its document kinds (appliesTo or appliesToAllKinds)",
                    r.meta().id()).isTrue();
        }
    }

    @Test
    void progressNoteTemplatesAreNotAppliedToEvaluations() {
        for (String id : List.of("missing-section/required-section", "plan-quality/no-next-contact")) {
            Rule r = RuleExamplesTest.allRules().stream().filter(x -> x.meta().id().equals(id)).findFirst().orElseThrow();
            assertThat(r.meta().appliesTo(NoteKind.PROGRESS)).isTrue();
            assertThat(r.meta().appliesTo(NoteKind.GROUP)).isTrue();
            assertThat(r.meta().appliesTo(NoteKind.EVALUATION)).isFalse();
            assertThat(r.meta().appliesTo(NoteKind.CONSULT)).isFalse();
            assertThat(r.meta().appliesTo(NoteKind.DISCHARGE)).isFalse();
        }
    }

    /** An evaluation whose mental status exam has "Behavior:" and "Response:" subheadings is not a BIRP note. */
    @Test
    void anEvaluationIsJudgedByItsOwnElements() {
        String text = "PSYCHIATRIC EVALUATION\\n"
                + "Reason for referral: low mood for three months, referred by her primary care physician.\\n"
                + "Mental status examination:\\nBehavior: calm, good eye contact.\\nResponse: answers questions fully.\\n"
                + "Impression: major depressive disorder, single episode, moderate.\\n"
                + "Recommendations: start weekly CBT; sertraline per her physician.";
        String asProgress = "{\"id\": \"a\", \"kind\": \"progress\", \"text\": \"" + text + "\"}";
        String inferred = "{\"id\": \"b\", \"text\": \"" + text + "\"}";
        assertThat(categories(LINTER.lint(NoteJson.parseNote(asProgress, null)))).contains("missing-section");
        assertThat(categories(LINTER.lint(NoteJson.parseNote(inferred, null))))
                .doesNotContain("missing-section", "plan-quality");
    }

    private static List<String> categories(LintResult r) {
        return r.findings().stream().map(Finding::category).map(c -> c.id()).toList();
    }
}
