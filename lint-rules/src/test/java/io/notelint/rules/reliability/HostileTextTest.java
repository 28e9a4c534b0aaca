package io.notelint.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.LintResult;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFields;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every messy-text case through every rule, alone and as its own history (the cloned-content and
 * change rules compare notes): no rule fails, every span lies within the text and covers the words it
 * names, and no note takes long.
 */
class HostileTextTest {

    @TestFactory
    Stream<DynamicTest> everyRuleHoldsItsShapeOnMessyText() {
        return HostileText.variants().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e)));
    }

    private static void check(Map.Entry<String, String> e) {
        String text = e.getValue();
        Note alone = Note.of("hostile", text);
        Note withHistory = new Note("hostile-h", text, null, NoteFields.EMPTY,
                List.of(Note.of("h1", text), Note.of("h2", HostileText.BASE), Note.of("h3", "")), Map.of());
        for (Note note : List.of(alone, withHistory)) {
            // CPU time of this thread, not elapsed time: the same on a busy machine
            long t0 = io.notelint.core.limits.CpuClock.system().currentThreadNanos();
            LintResult result = AllRules.linter().lint(note);
            long ms = (io.notelint.core.limits.CpuClock.system().currentThreadNanos() - t0) / 1_000_000;
            assertThat(ResultInvariants.violations(text, result)).as(e.getKey()).isEmpty();
            assertThat(ms).as("%s took %d ms", e.getKey(), ms).isLessThan(30_000);
        }
    }
}
