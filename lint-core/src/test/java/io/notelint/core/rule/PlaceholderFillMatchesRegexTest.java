package io.notelint.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleMeta#fill} finds its {@code {name}} placeholders by hand where a regular expression found them
 * ({@link #PLACEHOLDER} and {@link #regexFill}, kept here for this comparison only): the same text, or the
 * same error, for generated templates dense with braces, names, digits and replacement-like characters.
 */
class PlaceholderFillMatchesRegexTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");
    private static final String[] PIECES = {"{", "}", "{}", "{a}", "{goals}", "{count}", "{n1}", "{1n}", "{a b}", "{{a}}",
        "{missing}", "{a", "a}", "{é}", "{aé}", "$1", "\\", "\\$", "x", " ", "The note", "{A9}", "{_a}", "{a-b}", "{count}}"};
    private static final Map<String, String> ARGS = Map.of("a", "$1\\x", "goals", "G1, G2", "count", "3", "n1", "{a}",
        "A9", "", "aé", "no");
    private static final RuleMeta META = RuleMeta.builder("test/fill", Category.MISSING_PLAN)
            .description("A rule for the fill test.").message("m", "A message.").build();

    @Test
    void generatedTemplatesGiveTheSameTextOrError() {
        Random random = new Random(15);
        int filled = 0;
        for (int k = 0; k < 30_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String template = b.toString();
            String expected;
            try {
                expected = regexFill(template, ARGS);
            } catch (IllegalStateException e) {
                Throwable actual = catchThrowable(() -> META.fill(template, ARGS));
                assertThat(actual).as("'%s'", template).isInstanceOf(IllegalStateException.class).hasMessage(e.getMessage());
                continue;
            }
            assertThat(META.fill(template, ARGS)).as("'%s'", template).isEqualTo(expected);
            filled += expected.equals(template) ? 0 : 1;
        }
        assertThat(filled).as("templates with a placeholder filled").isGreaterThan(5_000);
    }

    private static String regexFill(String template, Map<String, String> args) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = args.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("rule test/fill: placeholder {" + m.group(1) + "} has no argument");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
