package io.notelint.core.declarative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Found by fuzzing the rule loader: RE2/J folds case one code point at a time, so a case-insensitive
 * class over a wide range never finished compiling and loading the rule file hung. It is now an error.
 */
class BoundedRegexTest {

    @Test
    void aWideCaseFoldedRangeIsAnErrorInBoundedTimeNotAHang() {
        String yaml = "id: x/wide\ntype: existence\ncategory: vague-language\nmessage: \"'{match}'\"\n"
                + "patterns: ['[\\x{42}-\\x{1E900}]']\n";
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> RuleFiles.parse(yaml, "wide.yaml", false)).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("too costly").hasMessageContaining("wide.yaml:5");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(BoundedRegex.LIMIT_MILLIS + 3_000);
    }

    @Test
    void ordinaryPatternsCompileAsBefore() {
        assertThat(BoundedRegex.compile("(?i)[a-z]+ \\d{1,3}", 0).matcher("Mood 7").find()).isTrue();
        assertThat(BoundedRegex.compile("as usual", com.google.re2j.Pattern.CASE_INSENSITIVE).matcher("AS USUAL").find())
                .isTrue();
        assertThatThrownBy(() -> BoundedRegex.compile("(?i)[a-", 0)).isInstanceOf(com.google.re2j.PatternSyntaxException.class);
    }
}
