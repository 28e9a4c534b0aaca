package io.notelint.declarative;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule-file patterns go through the guarded compiler. Found by fuzzing the rule loader and by the
 * hardening issue (19, items 3 and 4): a case-folded {@code \x{1c80}} hung {@code check} forever, a
 * case-folded class over a wide range (which holds U+1C80) too, and nested counted repetition ran the
 * heap out after two minutes. Each is now a rule-file error naming file and line, at once (the timeout
 * only keeps a regression from hanging the build).
 */
class RuleFilePatternGuardTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'\\x{1c80}'                        | U+1C80 cannot be matched ignoring case",
        "'[\\x{42}-\\x{1E900}]'             | U+1C80 cannot be matched ignoring case",
        "'(?i)ᲈ'                            | U+1C88 cannot be matched ignoring case",
        "'(?:(?:a{1000}){1000}){1000}'      | regular expression too large",
        "'(?s:.{1000}){1000}x'              | regular expression too large"})
    void aCostlyPatternIsARuleFileErrorNotAHang(String pattern, String message) {
        String yaml = "id: x/p\ntype: existence\ncategory: vague-language\nmessage: \"a match\"\n"
                + "patterns: ['" + pattern.replace("'", "''") + "']\n";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> RuleFiles.parse(yaml, "p.yaml", false)).isInstanceOf(RuleFileException.class)
                        .hasMessageContaining("p.yaml:5").hasMessageContaining(message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'''diagnoses matches \\x{1c80}'''           | U+1C80 cannot be matched ignoring case",
        "'''diagnoses matches (a{999}){999}'''     | regular expression too large",
        "'''diagnoses matches \\x{1c84}'''           | U+1C84 cannot be matched ignoring case"})
    void aFieldPatternIsGuardedToo(String test, String message) {
        String yaml = "id: x/f\ntype: field\ncategory: administrative\nmessage: m\nexpect:\n  - " + test + "\n";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> RuleFiles.parse(yaml, "f.yaml", false)).isInstanceOf(RuleFileException.class)
                        .hasMessageContaining("f.yaml:6").hasMessageContaining(message));
    }
}
