package io.notelint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.rule.ExampleNote;
import io.notelint.testing.ExampleNotes;
import io.notelint.testing.RuleTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearCopyRuleTest {

    private static final String EARLIER = "S: Client reports that her panic attacks occurred on three mornings this "
            + "week, each lasting about ten minutes, and that she left the grocery store once before paying. She "
            + "practiced diaphragmatic breathing on four days.\nO: Arrived on time, casually dressed, fidgeting with "
            + "her keys, speech normal, affect anxious.\nA: Panic disorder with agoraphobic avoidance; modest progress "
            + "toward G1 on 1 of 3 trips.\nP: Continue interoceptive exposure and add a store hierarchy. Next session "
            + "11/27 at 09:00.";

    private final RuleTester tester = RuleTester.of(new NearCopyRule());

    private static ExampleNote withHistory(String text, String... earlier) {
        ExampleNote n = ExampleNote.note(text).id("n-new");
        for (int i = 0; i < earlier.length; i++) {
            n = n.previous(ExampleNote.note(earlier[i]).id("n-" + i));
        }
        return n;
    }

    @Test
    void copiesWithNumbersDatesOrAFewWordsChangedAreFlagged() {
        String changed = EARLIER.replace("three mornings", "two mornings").replace("four days", "five days")
                .replace("11/27", "12/4").replace("once before", "twice before");
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(EARLIER.split("\n")));
        java.util.Collections.reverse(lines);
        String reordered = String.join("\n", lines);
        tester.bad(withHistory(changed, EARLIER))
                .bad(withHistory(reordered, EARLIER))
                .bad(withHistory(EARLIER.replace("Arrived on time", "Arrived 5 minutes late"), "Short unrelated note.",
                        EARLIER))
                .run();
    }

    @Test
    void differentNotesOnTheSameTopicStaySilent() {
        String other = "S: Client reports a conflict with her sister over holiday plans and two nights of poor sleep; "
                + "no panic attacks this week. She completed the store exposure twice and stayed until checkout.\nO: "
                + "Arrived early, neatly dressed, speech normal, affect euthymic.\nA: Panic disorder improving; G1 met "
                + "on 2 of 2 trips. Family stress is the new focus.\nP: Continue interoceptive exposure. Next session "
                + "12/4 at 09:00.";
        tester.good(withHistory(other, EARLIER))
                .good(withHistory(EARLIER))
                .good(EARLIER)
                .run();
    }

    @Test
    void shortNotesAreNotJudgedAndAShortEarlierNoteInsideALongOneIsNoCopy() {
        tester.good(withHistory("Client no-show. Will reschedule.", "Client no-show. Will reschedule."))
                .good(withHistory(EARLIER + " Added today: she enrolled in a yoga class and reports enjoying it.",
                        "S: Client reports that her panic attacks occurred on three mornings this week."))
                .run();
    }

    @Test
    void theFindingNamesTheEarlierNoteAndTheSimilarity() {
        Linter linter = Linter.builder().addRule(new NearCopyRule()).build();
        LintResult result = linter.lint(ExampleNotes.toNote(withHistory(EARLIER.replace("11/27", "12/4"), EARLIER), "x"));
        assertThat(result.findings()).hasSize(1);
        assertThat(result.findings().get(0).message()).contains("n-0").contains("100%");
    }

    @Test
    void thresholdIsAnOption() {
        String half = EARLIER.substring(0, EARLIER.indexOf("\nA:")) + "\nA: Client describes a new conflict with her "
                + "landlord about repairs and a rent increase, which she rates as her main stressor this week.";
        RuleTester.of(new NearCopyRule()).withOptions(Map.of("threshold", 0.5)).bad(withHistory(half, EARLIER)).run();
        RuleTester.of(new NearCopyRule()).good(withHistory(half, EARLIER)).run();
    }
}
