package io.notelint.testing;

import static io.notelint.core.rule.ExampleNote.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.rule.Category;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.text.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tester itself must fail where a rule is wrong: wrong message, unknown message, a finding on a good note. */
class RuleTesterTest {

    /** "soon" anywhere is {@code vague}; a risk level field of "high" is {@code risk}. */
    static final class SoonRule implements Rule {
        private static final RuleMeta META = RuleMeta.builder("vague-language/soon", Category.VAGUE_LANGUAGE)
                .description("Flags 'soon'.").message("vague", "'soon' says no date").message("risk", "risk is {level}")
                .bad("vague", "Next session [[soon]].")
                .good("Next session 12/4.")
                .build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext ctx) {
            int at = ctx.text().indexOf("soon");
            if (at >= 0) {
                ctx.report(Report.of("vague").at(new Span(at, at + 4)));
            }
            ctx.note().fields().risk().ifPresent(level -> ctx.report(Report.of("risk").at(new Span(0, 1))
                    .arg("level", level.name())));
        }
    }

    private final RuleTester tester = RuleTester.of(new SoonRule());

    @Test
    void passingCasesPass() {
        tester.withOwnExamples()
                .bad("vague", "See you [[soon]].")
                .bad("risk", note("Mood 5/10.").field("riskLevel", "high"))
                .good(note("Mood 5/10.").field("sessionDate", "2026-11-20").previous(note("Next session soon.")))
                .run();
        assertThat(tester.failures()).isEmpty();
    }

    @Test
    void aFindingWithAnotherMessageFailsTheCase() {
        List<String> failures = RuleTester.of(new SoonRule()).bad("risk", "See you soon.").failures();
        assertThat(failures).singleElement().asString().contains("expected message 'risk', got ['vague']");
    }

    @Test
    void anUnknownMessageIdIsNamed() {
        List<String> failures = RuleTester.of(new SoonRule()).bad("vauge", "See you soon.").failures();
        assertThat(failures).singleElement().asString().contains("'vauge', which the rule does not declare");
    }

    @Test
    void aGoodCaseWithAFindingAndABadCaseWithoutOneFail() {
        List<String> failures = RuleTester.of(new SoonRule())
                .good(note("Mood 5/10.").field("riskLevel", "high"))
                .bad(note("Mood 5/10."))
                .failures();
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0)).contains("expected no finding");
        assertThat(failures.get(1)).contains("expected a finding, got none");
    }

    @Test
    void markersInANoteWithFieldsAreCheckedToo() {
        List<String> failures = RuleTester.of(new SoonRule())
                .bad("vague", note("See [[you]] soon.").field("sessionDate", "2026-11-20")).failures();
        assertThat(failures).singleElement().asString().contains("expected spans ['you'@4]");
    }

    @Test
    void noteJsonWrittenAsTextIsRefusedWithTheWayToWriteIt() {
        assertThatThrownBy(() -> RuleTester.of(new SoonRule()).good("{\"text\": \"soon\"}"))
                .hasMessageContaining("ExampleNote.note(text).field(name, value)");
    }

    @Test
    void exampleNotesAreValuesWhateverTheMapOrder() {
        assertThat(note("x").field("clinician", Map.of("name", "A", "credentials", "LCSW")))
                .isEqualTo(note("x").field("clinician", Map.of("credentials", "LCSW", "name", "A")));
        assertThat(note("x").field("clinician", Map.of("name", "A", "credentials", "LCSW")).toTree(t -> t).toString())
                .isEqualTo("{text=x, fields={clinician={credentials=LCSW, name=A}}}");
    }
}
