package io.notelint.core.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GuardedPatternTest {

    /** Every way to write a code point of U+1C80-U+1C88 where case folding is on: each would hang RE2/J. */
    @ParameterizedTest
    @ValueSource(strings = {"(?i)\\x{1c80}", "(?i)\\x{1C88}", "(?i)\u1c84", "(?i)a\\Q\u1c80\\E", "(?i)[\\x{1c80}]",
        "(?i)[^\\x{1c81}]", "(?i)[\\x{1c00}-\\x{1cff}]", "(?i)[\\x{42}-\\x{1E900}]", "(?i)[a-\\x{10ffff}]",
        "(?i:x\\x{1c80})", "a(?i)b\\x{1c85}", "(?i)(?-i:a)\\x{1c80}", "(?is)[\u1c80-\u1c88]", "(?i)[[:alpha:]\\x{1c86}]"})
    void caseFoldedLoopCodePointsAreRefusedBeforeCompiling(String source) {
        assertThatThrownBy(() -> GuardedPattern.compile(source, 0)).isInstanceOf(GuardedPattern.Refused.class)
                .hasMessageContaining("cannot be matched ignoring case").hasMessageContaining("(?-i:...)");
    }

    @Test
    void theRefusalNamesThePatternShortAndPrintable() {
        assertThatThrownBy(() -> GuardedPattern.compile("(?i)\u0007ab\\x{1c80}", 0))
                .hasMessageStartingWith("pattern '(?i)?ab\\x{1c80}': U+1C80 cannot be matched ignoring case");
        String big = "(?:" + "a".repeat(100) + "{1000}){1000}";
        assertThatThrownBy(() -> GuardedPattern.compile(big, 0))
                .hasMessageStartingWith("pattern '(?:" + "a".repeat(54) + "...': regular expression too large");
    }

    @Test
    void theFlagCountsAsCaseFolding() {
        assertThatThrownBy(() -> GuardedPattern.compile("\\x{1c80}", Pattern.CASE_INSENSITIVE))
                .isInstanceOf(GuardedPattern.Refused.class);
    }

    /** Without folding, the same code points are ordinary: the advice given works. */
    @ParameterizedTest
    @ValueSource(strings = {"\\x{1c80}", "[\\x{1c00}-\\x{1cff}]", "(?i)(?-i:\\x{1c80}|[\\x{412}\\x{432}])",
        "(?i:a)\\x{1c80}", "(?i)[\\x{41}-\\x{1E943}]", "(?i)[\\x{0}-\\x{10FFFF}]", "(?i)\\p{Cyrillic}+", "(?i)\\x{1c8}0"})
    void withoutFoldingOrOutsideTheLoopTheyCompile(String source) {
        Pattern p = GuardedPattern.compile(source, 0);
        assertThat(p.programSize()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(?:(?:a{1000}){1000}){1000}", "(?s:.{1000}){1000}x", "(a{999}){999}", "(?:x{100}y{100}){300}"})
    void programsFarOverTheCapAreRefusedBeforeTheyAreBuilt(String source) {
        assertThatThrownBy(() -> GuardedPattern.compile(source, 0)).isInstanceOf(GuardedPattern.Refused.class)
                .hasMessageContaining("regular expression too large").hasMessageContaining("at most 20000");
    }

    @Test
    void aProgramJustOverTheCapIsRefusedByItsRealSize() {
        // the estimate lets it through to RE2/J, whose program size is then over the cap
        assertThatThrownBy(() -> GuardedPattern.compile("(?:abcdefghijklmnopqrstuvwxy){1000}", 0))
                .isInstanceOf(GuardedPattern.Refused.class).hasMessageContaining("regular expression too large");
    }

    @Test
    void ordinaryPatternsCompileAsBefore() {
        assertThat(GuardedPattern.compile("(?i)[a-z]+ \\d{1,3}", 0).matcher("Mood 7").find()).isTrue();
        assertThat(GuardedPattern.compile("as usual", Pattern.CASE_INSENSITIVE).matcher("AS USUAL").find()).isTrue();
        assertThat(GuardedPattern.compile("(?i)\\bfine\\b|\\{ok\\}|[\\]\\[x]{2,}", 0).matcher("FINE").find()).isTrue();
        assertThat(GuardedPattern.compile("(?P<n>\\d{1,3})(?:\\.\\d{1,3}){3}", 0).matcher("10.0.0.1").find()).isTrue();
        assertThatThrownBy(() -> GuardedPattern.compile("(?i)[a-", 0)).isInstanceOf(PatternSyntaxException.class);
        assertThatThrownBy(() -> GuardedPattern.compile("a{1001}", 0)).isInstanceOf(PatternSyntaxException.class);
    }

    @Test
    void theEstimateIsWithinASmallFactorOfTheRealSize() {
        for (String s : new String[] {"abc", "(?:ab|cd)+x*", "[a-z]{3,7}", "(?:\\d{1,3}\\.){3}\\d{1,3}", "(a(b(c){10}){10}){5}"}) {
            long estimate = PatternScan.scan(s, false).estimatedSize();
            int real = Pattern.compile(s).programSize();
            assertThat(estimate).as(s).isBetween(real / 4L, real * 4L);
        }
    }
}
