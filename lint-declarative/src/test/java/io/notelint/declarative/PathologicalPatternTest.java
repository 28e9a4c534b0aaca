package io.notelint.declarative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.Note;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * User patterns run on RE2/J, in time linear in the text: the classic catastrophic-backtracking
 * patterns, which would hang java.util.regex on these inputs for longer than the age of the universe,
 * finish in well under the (generous) bound. A guard against a regression to a backtracking engine.
 */
class PathologicalPatternTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    private static Linter linterWith(String pattern) {
        String yaml = "id: clinic/pathological\ntype: existence\ncategory: vague-language\nmessage: \"matched\"\n"
                + "patterns: ['" + pattern + "']\n";
        Linter.Builder b = Linter.builder();
        RuleFiles.parse(yaml, "user.yaml", false).forEach(b::addRule);
        return b.build();
    }

    @Test
    void nestedQuantifierOnALongLineFinishesInLinearTime() {
        Linter linter = linterWith("(a+)+$");
        String text = "a".repeat(100_000);
        LintResult r = assertTimeoutPreemptively(BOUND, () -> linter.lint(Note.of("n", text)));
        assertThat(r.ruleErrors()).isEmpty();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.span().start()).isZero();
            assertThat(f.span().end()).isEqualTo(100_000);
        });
    }

    @Test
    void patternsThatFailAtTheEndOfALongInputFinishToo() {
        String text = "a".repeat(100_000) + "!";
        for (String pattern : new String[] {"(a+)+b", "(a|aa)+c", "(a|a)*d", "(.*a){20}x"}) {
            Linter linter = linterWith(pattern);
            LintResult r = assertTimeoutPreemptively(BOUND, () -> linter.lint(Note.of("n", text)), pattern);
            assertThat(r.findings()).as(pattern).isEmpty();
        }
    }
}
