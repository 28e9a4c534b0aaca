package io.notelint.rules.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Finding;
import io.notelint.core.text.Span;
import io.notelint.testing.MarkedText;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Sentences written for this test, in wording the rules' lexicons and examples do not use verbatim,
 * linted with the whole rule pack and judged per category like the scorer: every [[marked]] phrase
 * must be hit by a finding of the category, and no finding of either language category may fall
 * outside the marks. "clean:" sentences must draw no language finding at all.
 */
class LanguageSentencesTest {

    private static final Linter LINTER = Linter.builder().build();

    private static final List<String> CASES = List.of(
            // vague-language: wording variants
            "vague: Client states she has been [[doing alright]] since the holidays.",
            "vague: Per client, [[everything is fine]] at home.",
            "vague: Overall a [[positive session]].",
            "vague: The [[session was helpful]] per client report.",
            "vague: Client [[is progressing]] toward her treatment goals.",
            "vague: Writer and client [[went over some stuff]] from her week.",
            "vague: Pt [[talked about a lot]] today.",
            "vague: Much of the hour was spent [[processing her emotions]].",
            "vague: Clinician [[touched on family issues]] briefly.",
            "vague: [[Stressors were explored]] and validated.",
            "vague: Client looked [[kind of sad]] during check-in.",
            "vague: Client reports sleep is [[a little better]].",
            "vague: Client has had [[tons of worries]] lately.",
            "vague: Client mentioned [[multiple problems]] with her landlord.",
            "vague: Mood [[seemed improved]] compared with last visit.",
            "vague: Client [[continues to improve]].",
            // vague-language: look-alikes that are specific
            "clean: Client states she has been sleeping 7 hours and walking daily since the holidays.",
            "clean: The session was spent building a fear ladder with 8 steps.",
            "clean: Client explored what her father's silence meant to her and named anger and relief.",
            "clean: Client reports sleep is better, 6 hours on most nights.",
            "clean: Client described several panic attacks, the worst on Tuesday at work.",
            "clean: Client had trouble with the bus schedule and missed one appointment.",
            "clean: Affect mildly anxious, speech slightly rapid, thought process goal directed.",
            "clean: Her son is doing fine since he changed schools.",
            "clean: Client hopes things will be okay after the court date.",
            "clean: Therapist reviewed the crisis plan with client and added her aunt's number.",
            // stigmatizing-language: wording variants
            "stigma: Pt was [[combative]] with the intake nurse.",
            "stigma: Client remains [[non-compliant]] with his CPAP.",
            "stigma: Client [[refuses]] all medication changes.",
            "stigma: Client is known to be [[manipulative]] with staff.",
            "stigma: Client [[insisted]] that the pills were stolen.",
            "stigma: Urine sample came back [[dirty]] for meth.",
            "stigma: Client is a longtime [[meth user]].",
            "stigma: Client [[claims]] he only drinks on weekends.",
            "stigma: Her grandfather [[committed suicide]] when she was a child.",
            "stigma: Client has been [[attention-seeking]] on the unit.",
            // stigmatizing-language: look-alikes about others, objects, or hygiene
            "clean: Client says her manager refused to change her shifts.",
            "clean: Client's partner is a heavy drinker and an alcoholic, she reports.",
            "clean: Client scrubbed the dirty floors at her new job.",
            "clean: Clean, neatly dressed, good hygiene.",
            "clean: Client declined the breathalyzer.",
            "clean: Her father's drinking made home life unpredictable.",
            "clean: Client quoted her mother: \"you are just manipulative.\"",
            "clean: Client filed a workers' compensation claim last month.",
            "clean: Client's nephew died by suicide in May.",
            "clean: Client is cooperative, calm, and engaged.");

    @TestFactory
    Stream<DynamicTest> eachSentence() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c, () -> check(c)));
    }

    private static void check(String testCase) {
        int colon = testCase.indexOf(':');
        String kind = testCase.substring(0, colon);
        MarkedText marked = MarkedText.parse(testCase.substring(colon + 1).strip());
        LintResult result = LINTER.lint(Note.of("s", marked.text()));
        List<Finding> language = result.findings().stream()
                .filter(f -> f.category() == Category.VAGUE_LANGUAGE || f.category() == Category.STIGMATIZING_LANGUAGE)
                .toList();
        if (kind.equals("clean")) {
            assertThat(language).as("no language finding").isEmpty();
            return;
        }
        Category expected = kind.equals("vague") ? Category.VAGUE_LANGUAGE : Category.STIGMATIZING_LANGUAGE;
        for (Span gold : marked.marked()) {
            assertThat(language).as("a %s finding on '%s'", expected.id(), gold.in(marked.text()))
                    .anyMatch(f -> f.category() == expected && f.span().overlaps(gold));
        }
        for (Finding f : language) {
            assertThat(marked.marked()).as("finding '%s' (%s) is marked", f.excerpt(), f.ruleId())
                    .anyMatch(gold -> gold.overlaps(f.span()));
        }
    }
}
