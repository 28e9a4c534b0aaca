package io.notelint.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.notelint.core.pattern.GuardedPattern;

/**
 * The guarded pattern compiler on arbitrary text: a pattern within the size cap, a {@link
 * GuardedPattern.Refused} or a {@link PatternSyntaxException}; never any other exception, never a hang
 * (Jazzer reports an input that runs too long). A pattern that compiles then runs over a text holding
 * the code points RE2/J's case folding trips on. The first byte chooses case folding ('i') or not.
 */
class PatternCompilerFuzzTest {

    private static final String TEXT = "Client \u0412\u0432\u1c80\u1c88\ua64b K\u212a \u0130i\u0131 \u00df\u1e9e 12:30-13:15 caf\u00e9\n";

    @FuzzTest
    void compile(byte[] data) {
        boolean fold = data.length > 0 && data[0] == 'i';
        String source = FuzzInput.text(data.length > 0 && fold ? java.util.Arrays.copyOfRange(data, 1, data.length) : data);
        Pattern p;
        try {
            p = GuardedPattern.compile(source, fold ? Pattern.CASE_INSENSITIVE : 0);
        } catch (GuardedPattern.Refused | PatternSyntaxException e) {
            return;
        }
        assertThat(p.programSize()).isLessThanOrEqualTo(GuardedPattern.MAX_PROGRAM_SIZE);
        com.google.re2j.Matcher m = p.matcher(TEXT);
        int from = 0;
        while (from <= TEXT.length() && m.find(from)) {
            assertThat(m.start()).isBetween(from, m.end());
            from = m.end() > m.start() ? m.end() : m.end() + 1;
        }
    }
}
