package io.notelint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.Note;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd and random text never makes a structure rule fail; long notes stay fast. */
class StructureRobustnessTest {

    private static final String[] PIECES = {"S:", "O:", "A:", "P:", "P#1:", "Plan", "## Plan\n", "**Plan:**", "\n", " ",
        "12/4", "7/10", "1/2", "3pm", "15:00", "in 2 weeks", "weekly", "every other", "next", "session", "will",
        "follow up", "f/u", "RTC", "2 wks", "G1", "goal", "\"", "İ", "\u2019", "\uD83D\uDE00", "-", ":", ";", ".",
        "Monday", "Dec", "2019", "since", "ago", "a/p", "(", ")", "#", "*", "q2", "x", "0", "99/99", "::"};

    private final Linter linter = Linter.builder()
            .addRule(new RequiredSectionRule()).addRule(new NoPlanRule()).addRule(new NoNextContactRule())
            .addRule(new NoGoalLinkRule()).addRule(new NearCopyRule())
            .build();

    @Test
    void randomTextNeverBreaksARule() {
        Random random = new Random(42);
        for (int n = 0; n < 400; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int i = 0; i < len; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            Note note = new Note("r" + n, text, null, null, List.of(Note.of("h", text + " extra")), null);
            LintResult result = linter.lint(note);
            assertThat(result.ruleErrors()).as("rule errors").isEmpty();
        }
    }

    @Test
    void emptyAndBlankNotes() {
        for (String text : new String[] {"", " ", "\n\n", "P:", "S:\nO:\nA:\nP:"}) {
            assertThat(linter.lint(Note.of("e", text)).ruleErrors()).isEmpty();
        }
    }

    @Test
    void longNotesWithLongHistoryAreQuick() {
        StringBuilder sb = new StringBuilder("S: ");
        for (int i = 0; i < 1500; i++) {
            sb.append("Client reports worry ").append(i % 10).append("/10 on day ").append(i).append(". ");
        }
        String text = sb.append("\nP: Next session 12/4.").toString();
        Note note = new Note("long", text, null, null, List.of(Note.of("h1", text), Note.of("h2", text.replace("worry", "fear"))),
                null);
        // CPU time of this thread, not elapsed time: the same on a busy machine
        io.notelint.core.limits.CpuClock clock = io.notelint.core.limits.CpuClock.system();
        long start = clock.currentThreadNanos();
        LintResult result = linter.lint(note);
        long millis = (clock.currentThreadNanos() - start) / 1_000_000;
        assertThat(result.ruleErrors()).isEmpty();
        assertThat(result.findings()).anyMatch(f -> f.category().id().equals("cloned-content"));
        assertThat(millis).isLessThan(5_000);
    }
}
