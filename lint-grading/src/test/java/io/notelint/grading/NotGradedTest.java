package io.notelint.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.analysis.Sentence;
import io.notelint.core.engine.Linter;
import io.notelint.core.limits.CpuClock;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19's padded note: a note whose checks did not all run gets no score, in every output, with the
 * reason. The watchdog's clock here counts work (one "millisecond" per check of the analysis), not
 * time: a note padded with 150,000 list lines needs far more checks than the budget allows, a normal
 * note far fewer, whatever the machine does.
 */
class NotGradedTest {

    private static final String NOTE = GraderTest.FLAWED + "\nP: Next session 3/10; keep the sleep log.";
    private static final String PADDED = NOTE + "\n" + "- \n".repeat(150_000);

    /** Reads every sentence's tokens: work that grows with the note, checked by the analysis. */
    static final class ReadsEverySentence implements Rule {
        private static final RuleMeta META = RuleMeta.builder("administrative/test-reads-all", Category.ADMINISTRATIVE)
                .description("test rule").message("m", "m").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext ctx) {
            for (Sentence s : ctx.analysis().sentences()) {
                ctx.analysis().tokens(s);
            }
        }
    }

    /** Fails on notes that contain its marker. */
    static final class Throws implements Rule {
        private static final RuleMeta META = RuleMeta.builder("administrative/test-throws", Category.ADMINISTRATIVE)
                .description("test rule").message("m", "m").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext ctx) {
            if (ctx.text().contains("BROKEN")) {
                throw new IllegalStateException("broken on purpose");
            }
        }
    }

    private static Grader grader() {
        AtomicLong work = new AtomicLong();
        CpuClock countsChecks = () -> work.addAndGet(1_000_000L); // 1 ms a look at the clock
        Linter linter = Linter.builder().addRule(TestRules.vague()).addRule(TestRules.stigma())
                .addRule(TestRules.noPlan()).addRule(TestRules.noSafetyPlan()).addRule(new ReadsEverySentence())
                .addRule(new Throws()).cpuClock(countsChecks).timeBudget(Duration.ofMillis(2_000)).build();
        return Grader.builder().linter(linter).build();
    }

    @Test
    void aPaddedNoteWhoseChecksDidNotAllRunIsNotGradedInEveryOutput() {
        Grader grader = grader();
        Grade normal = grader.grade(Note.of("normal", NOTE), "s1");
        assertThat(normal.ok()).as("the same note unpadded is graded").isTrue();

        Grade padded = grader.grade(Note.of("padded", PADDED), "s1");
        assertThat(padded.ok()).isFalse();
        assertThat(padded.error().code()).isEqualTo("time-budget");
        String reason = padded.error().message();
        assertThat(reason).startsWith("not fully checked: rule administrative/test-reads-all used more than");

        JsonNode json = io.notelint.core.json.NoteJson.readTree(GradeJson.toLine(padded));
        assertThat(json.get("score").isNull()).as("JSON: no score").isTrue();
        assertThat(json.get("error").get("message").stringValue()).isEqualTo(reason);

        assertThat(GradeText.render(padded, "padded")).isEqualTo("padded (student s1): not graded: " + reason + "\n");

        assertThat(new NotePage(grader.rubric(), null).render(padded, null)).contains("Not graded: " + inHtml(reason))
                .doesNotContain("class=\"big\"");

        ClassReport report = new ClassReport(grader.rubric(), null, List.of(normal, padded));
        String row = report.csv().lines().filter(l -> l.contains("padded")).findFirst().orElseThrow();
        assertThat(row).startsWith("s1,padded,,").contains(reason);
        assertThat(report.html(null)).contains("Records not graded").contains(inHtml(reason));
    }

    /** Text as a page shows it between tags. */
    private static String inHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void aNoteOnWhichARuleFailedIsNotGradedEither() {
        Grade g = grader().grade(Note.of("broken", NOTE + " BROKEN"), "s1");
        assertThat(g.ok()).isFalse();
        assertThat(g.error().code()).isEqualTo(Grader.NOT_GRADED);
        assertThat(g.error().message()).isEqualTo("the rule administrative/test-throws failed on this note, so not all of"
                + " its checks ran and a score could be too high");
        assertThat(g.ruleErrors()).containsExactly("administrative/test-throws");
        assertThat(GradeText.render(g, "broken")).startsWith("broken (student s1): not graded: the rule");
    }
}
